// @vitest-environment happy-dom
/**
 * Our prose is our own: no run of eight consecutive words of a chapter, a glossary definition or
 * a quiz text occurs in any of the three reviews (case, punctuation and spacing ignored).
 * Facts and numbers carry over; sentences do not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allSeedTexts, haveSeeds } from '../support/seeds';
import { chapterFiles, CONTENT } from './contentFiles';

const RUN = 8;
const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/\$[^$]*\$/g, ' ')
    .replace(/<[^>]+>|\{[^{}]*\}/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter(Boolean);

const seedRuns = new Set<string>();
for (const text of allSeedTexts()) {
  const w = words(text);
  for (let i = 0; i + RUN <= w.length; i++) seedRuns.add(w.slice(i, i + RUN).join(' '));
}

function copiedRuns(text: string): string[] {
  const w = words(text);
  const hits: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) {
    const run = w.slice(i, i + RUN).join(' ');
    if (seedRuns.has(run)) hits.push(run);
  }
  return hits;
}

const jsonTexts = (folder: string) => {
  try {
    return readdirSync(join(CONTENT, folder))
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ id: `${folder}/${f}`, text: readFileSync(join(CONTENT, folder, f), 'utf8') }));
  } catch {
    return [];
  }
};

describe.skipIf(!haveSeeds)('original prose', () => {
  it.each(chapterFiles().map((c) => ({ id: `chapters/${c.id}`, text: `${JSON.stringify(c.frontmatter)} ${c.body}` })))(
    '$id copies no eight-word run from the reviews',
    ({ text }) => {
      expect(copiedRuns(text)).toEqual([]);
    },
  );

  it.each([...jsonTexts('glossary'), ...jsonTexts('quizzes')].filter((e) => !e.id.startsWith('references')))(
    '$id copies no eight-word run from the reviews',
    ({ text }) => {
      expect(copiedRuns(text)).toEqual([]);
    },
  );
});
