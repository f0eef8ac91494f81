/**
 * Every built page is valid HTML by the W3C Nu HTML Checker (vnu-jar, run on Java), both builds.
 * One JVM checks all pages at once, so the gate costs seconds, not a browser visit per page.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import vnuJar from 'vnu-jar';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/site';

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

async function vnuErrors(dir: string): Promise<string[]> {
  const args = ['-jar', String(vnuJar), '--skip-non-html', '--errors-only', '--format', 'json', dir];
  // vnu exits 1 when it finds errors; the JSON report on stderr is what matters.
  const { stderr } = await run('java', args, { maxBuffer: 64 * 1024 * 1024 }).catch((e: { stderr?: string; code?: unknown }) => {
    if (e.code === 'ENOENT') throw new Error('java not found: install a Java runtime (apt-get install -y default-jre-headless).');
    return { stderr: e.stderr ?? '' };
  });
  const report = JSON.parse(stderr) as { messages: VnuMessage[] };
  return report.messages.filter((m) => !CHECKER_CSS_GAPS.some((re) => re.test(m.message))).map((m) => `${(m.url ?? '').replace(`file:${dir}`, '')}:${m.lastLine ?? '?'} ${m.message} [${(m.extract ?? '').trim().slice(0, 80)}]`);
}

describe('HTML validity (W3C Nu checker)', () => {
  it.each(['dist', 'dist-subpath'])('every page in %s/ has no errors', async (folder) => {
    expect(await vnuErrors(join(ROOT, folder))).toEqual([]);
  }, 180_000);
});
