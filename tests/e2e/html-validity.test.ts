/**
 * Every built page is valid HTML by the W3C Nu HTML Checker (vnu-jar, run on Java), both builds.
 * One JVM checks all pages of dist/ at once. A dist-subpath/ page is the same build with another
 * base path, so it is checked against its dist/ twin first: where the two differ only in what the
 * base path changes by construction (URL prefixes, content hashes in asset names, island ids, all
 * from characters that cannot affect validity), the twin's result stands for it; any other page
 * goes through the checker itself. That halves the stage's time (the checker reads every page's
 * inlined CSS too) without a page going unchecked.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import vnuJar from 'vnu-jar';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ROOT, sitePages, SUBPATH } from './support/site';

const run = promisify(execFile);

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * Stylesheets are inlined (astro.config), so the checker also reads our CSS. Its CSS module lags
 * the specs in two places, both checked here by message so nothing else slips through:
 * `paint-order` (CSS Fill and Stroke 3, in every browser; the halo behind SVG labels) and a
 * custom property inside `color-mix()`, which it cannot resolve before computing the value.
 */
const CHECKER_CSS_GAPS = [/^CSS: “paint-order”: Property “paint-order” doesn't exist\./, /^CSS: “background”: “var\(--[\w-]+\)” is not a “\*invalid\*” value\./];

/** Errors in the HTML files or folders given (one JVM for all of them), paths relative to ROOT. */
async function vnuErrors(targets: string[]): Promise<string[]> {
  const args = ['-jar', String(vnuJar), '--skip-non-html', '--errors-only', '--format', 'json', ...targets.map((t) => join(ROOT, t))];
  // vnu exits 1 when it finds errors; the JSON report on stderr is what matters.
  const { stderr } = await run('java', args, { maxBuffer: 64 * 1024 * 1024 }).catch((e: { stderr?: string; code?: unknown }) => {
    if (e.code === 'ENOENT') throw new Error('java not found: install a Java runtime (apt-get install -y default-jre-headless).');
    return { stderr: e.stderr ?? '' };
  });
  const report = JSON.parse(stderr) as { messages: VnuMessage[] };
  return report.messages.filter((m) => !CHECKER_CSS_GAPS.some((re) => re.test(m.message))).map((m) => `${(m.url ?? '').replace(`file:${ROOT}/`, '')}:${m.lastLine ?? '?'} ${m.message} [${(m.extract ?? '').trim().slice(0, 80)}]`);
}

const fileOf = (folder: string, path: string) => join(folder, path.endsWith('/') ? `${path}index.html` : path);

/** A page with what the base path changes by construction taken out: URL prefix, asset hashes, island ids. */
function withoutBuildVariance(html: string, base: string): string {
  return html
    .replaceAll(base, '/')
    .replace(/\.[A-Za-z0-9_-]{8}\.(m?js|css)\b/g, '.HASH.$1')
    .replace(/ uid="[A-Za-z0-9]+"/g, ' uid=""');
}

/** The sub-path pages that differ from their dist/ twin in more than the base path changes. */
function pagesToCheckThemselves(subFolder: string, rootFolder: string, base: string): string[] {
  return sitePages(join(ROOT, subFolder))
    .map((path) => ({ path, sub: readFileSync(join(ROOT, fileOf(subFolder, path)), 'utf8') }))
    .filter(({ path, sub }) => {
      let twin: string;
      try {
        twin = readFileSync(join(ROOT, fileOf(rootFolder, path)), 'utf8');
      } catch {
        return true; // no twin: check it on its own
      }
      return withoutBuildVariance(sub, base) !== withoutBuildVariance(twin, '/');
    })
    .map(({ path }) => fileOf(subFolder, path));
}

describe('HTML validity (W3C Nu checker)', () => {
  it('every page in dist/ has no errors', async () => {
    expect(await vnuErrors(['dist'])).toEqual([]);
  }, 180_000);

  it('every page in dist-subpath/ is its dist/ twin but for the base path, or has no errors itself', async () => {
    const own = pagesToCheckThemselves('dist-subpath', 'dist', SUBPATH);
    if (own.length) expect(await vnuErrors(own)).toEqual([]);
  }, 180_000);
});
