/**
 * The site built with a base path (as a lecturer hosting it under a university sub-path would):
 * every page loads, and every link, asset, script and the search index stay under that path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { visit } from './support/browser';
import { chapterPages, ROOT, sitePages, SUBPATH } from './support/site';

const subDist = join(ROOT, 'dist-subpath');
const base = inject('subpathUrl');
const pages = sitePages(subDist);

/** One page per route (chapters, calculators, instructors' per-bank pages share a template each). */
const routeOf = (path: string) => path.replace(/^\/(chapters|calculators|instructors\/(?:sheets|present))\/[^/]+\//, '/$1/*/');
const samples = [...new Map(pages.map((p) => [routeOf(p), p])).values()];

describe(`site under ${SUBPATH}`, () => {
  it('every page of the build links and loads only under the sub-path (static check of all HTML)', () => {
    const outside: string[] = [];
    for (const path of pages) {
      const html = readFileSync(join(subDist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
      for (const m of html.matchAll(/\s(?:href|src|component-url|renderer-url|before-hydration-url)="(\/[^"]*)"/g)) {
        if (!m[1].startsWith(SUBPATH)) outside.push(`${path}: ${m[1]}`);
      }
    }
    expect(outside).toEqual([]);
  });

  // In the browser, one page per route, a few at a time (maxConcurrency), like the every-page crawl.
  it.concurrent.each(samples)('%s loads and everything it requests or links stays under the sub-path', async (path) => {
    const v = await visit(new URL(path.replace(/^\//, ''), base).href);
    try {
      expect(v.status).toBe(200);
      const links = await v.page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const origin = new URL(base).origin;
      const outside = [...v.requests, ...links].filter((u) => u.startsWith(origin) && !new URL(u).pathname.startsWith(SUBPATH));
      expect(outside).toEqual([]);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('search works under the sub-path', async () => {
    const chapter = chapterPages(subDist)[0];
    const v = await visit(new URL('search/?q=anode', base).href);
    try {
      await expect.poll(() => v.page.getByRole('main').getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/result/);
      const hrefs = await v.page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs.every((h) => h.startsWith(SUBPATH))).toBe(true);
      expect(hrefs).toContain(`${SUBPATH.replace(/\/$/, '')}${chapter}`);
    } finally {
      await v.close();
    }
  });
});
