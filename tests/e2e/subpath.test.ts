/**
 * The site built with a base path (as a lecturer hosting it under a university sub-path would):
 * every page loads, and every link, asset, script and the search index stay under that path.
 */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { visit } from './support/browser';
import { chapterPages, ROOT, sitePages, SUBPATH } from './support/site';

const subDist = join(ROOT, 'dist-subpath');
const base = inject('subpathUrl');
const pages = sitePages(subDist);

describe(`site under ${SUBPATH}`, () => {
  // Independent pages: a few at a time (maxConcurrency), like the every-page crawl.
  it.concurrent.each(pages)('%s loads and everything it requests or links stays under the sub-path', async (path) => {
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
      await expect.poll(() => v.page.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/result/);
      const hrefs = await v.page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs.every((h) => h.startsWith(SUBPATH))).toBe(true);
      expect(hrefs).toContain(`${SUBPATH.replace(/\/$/, '')}${chapter}`);
    } finally {
      await v.close();
    }
  });
});
