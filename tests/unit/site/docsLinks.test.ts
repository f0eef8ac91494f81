/**
 * The README and the contributor docs link to each other and to the code: every relative link
 * names a file or folder that exists, and every #fragment into a Markdown file names a heading.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks, headingAnchors, linkTargets } from '../support/markdownLinks';

const ROOT = resolve(import.meta.dirname, '../../..');
const docs = readdirSync(join(ROOT, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => join('docs', f));

describe('links in README.md and docs/', () => {
  it('finds the contributor docs, each linked from the README', () => {
    expect(docs.length).toBeGreaterThanOrEqual(4);
    const fromReadme = linkTargets(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    for (const doc of docs) expect(fromReadme, doc).toContain(doc);
  });

  it.each(['README.md', ...docs])('%s: every relative link resolves', (file) => {
    expect(brokenLinks(join(ROOT, file), ROOT)).toEqual([]);
  });
});

describe('the link check itself', () => {
  const dir = mkdtempSync(join(tmpdir(), 'doc-links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a missing file, a missing heading and a link out of the repository, and ignores code blocks and URLs', () => {
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'a.md'), '# A\n\n## The `x` part\n\nSee [b](b.md) and [here](#the-x-part).\n');
    writeFileSync(
      join(dir, 'README.md'),
      [
        '# Title',
        '[ok](docs/a.md#the-x-part) [ok too](docs/) [web](https://example.org/missing.md) [self](#title)',
        '[gone](docs/missing.md) [no heading](docs/a.md#nowhere) [out](../elsewhere.md)',
        '```md',
        '[in a code block](not-checked.md)',
        '```',
        '[ref]: docs/also-missing.md',
      ].join('\n'),
    );
    expect(brokenLinks(join(dir, 'README.md'), dir)).toEqual([
      'README.md: docs/missing.md (no docs/missing.md)',
      'README.md: docs/a.md#nowhere (no heading #nowhere in docs/a.md)',
      'README.md: ../elsewhere.md leads outside the repository',
      'README.md: docs/also-missing.md (no docs/also-missing.md)',
    ]);
    expect(brokenLinks(join(dir, 'docs', 'a.md'), dir)).toEqual(['docs/a.md: b.md (no docs/b.md)']);
    expect([...headingAnchors('# A\n## The `x` part\n## A\n')]).toEqual(['a', 'the-x-part', 'a-1']);
  });
});

