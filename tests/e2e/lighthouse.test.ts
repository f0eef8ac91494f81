/**
 * Lighthouse on the built site: accessibility, best practices, SEO and performance for each page
 * type in tests/lighthouse.config.ts, in a Debian Chromium of its own (chrome-launcher), served
 * gzip-compressed as a real host would (support/compressedHost.ts). Every
 * score is written to reports/lighthouse.json, whether or not it passes, and printed at the end.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { lighthouseGates, lighthousePages } from '../lighthouse.config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium';
import { startCompressedHost } from './support/compressedHost';
import { DIST, ROOT } from './support/site';

let host: Awaited<ReturnType<typeof startCompressedHost>>;
const report: Record<string, Record<string, number | null>> = {};
let chrome: chromeLauncher.LaunchedChrome;
let profile: string;

beforeAll(async () => {
  host = await startCompressedHost(DIST);
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  profile = mkdtempSync(join(ROOT, '.tmp', 'lighthouse-'));
  chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    userDataDir: profile,
    // Chromium's singleton socket and crash files go next to its profile, cleaned up with it.
    envVars: { ...process.env, TMPDIR: profile } as Record<string, string>,
    logLevel: 'silent',
  });
});

afterAll(async () => {
  await chrome?.kill();
  await host?.close();
  rmSync(profile, { recursive: true, force: true });
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(join(ROOT, 'reports', 'lighthouse.json'), `${JSON.stringify({ gates: lighthouseGates, pages: report }, null, 2)}\n`);
  console.table(report);
});

describe('Lighthouse', () => {
  it.each(lighthousePages)('$label ($path) meets the gates', async ({ path }) => {
    const url = new URL(path.replace(/^\//, ''), host.url).href;
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result!.lhr;
    const score = (id: string) => lhr.categories[id]?.score ?? null;
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
    const failing = (id: string) =>
      lhr.categories[id]?.auditRefs
        .filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1)
        .map((r) => `${r.id} (${lhr.audits[r.id]?.score})`) ?? [];
    report[path] = {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      firstContentfulPaint_ms: numeric('first-contentful-paint'),
      largestContentfulPaint_ms: numeric('largest-contentful-paint'),
      cumulativeLayoutShift: numeric('cumulative-layout-shift'),
      totalBlockingTime_ms: numeric('total-blocking-time'),
    };
    expect(lhr.runtimeError, lhr.runtimeError?.message).toBeUndefined();
    expect(score('accessibility'), failing('accessibility').join(', ')).toBeGreaterThanOrEqual(lighthouseGates.accessibility);
    expect(score('best-practices'), failing('best-practices').join(', ')).toBeGreaterThanOrEqual(lighthouseGates['best-practices']);
    expect(score('seo'), failing('seo').join(', ')).toBeGreaterThanOrEqual(lighthouseGates.seo);
    expect(numeric('first-contentful-paint')).toBeLessThanOrEqual(lighthouseGates.firstContentfulPaint_ms);
    expect(numeric('largest-contentful-paint')).toBeLessThanOrEqual(lighthouseGates.largestContentfulPaint_ms);
    expect(numeric('cumulative-layout-shift')).toBeLessThanOrEqual(lighthouseGates.cumulativeLayoutShift);
  });
});
