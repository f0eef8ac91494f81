/**
 * Reading a chapter: on a laptop-height screen the chapter list beside the text is an open list,
 * and on a phone a closed menu. Citation cards, glossary popovers, the order of objectives and
 * takeaways, and print are checked on the every-page crawl's visit to one chapter of each part
 * (support/chapterFrame.ts), as is that every chapter fits a 360 px phone: the pages are loaded
 * once for all of it.
 */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { visit } from './support/browser';

const site = inject('siteUrl');
const at = (path: string) => new URL(path.replace(/^\//, ''), site).href;

describe('chapter list', () => {
  it('is an open list beside the text on a laptop-height screen (its scroll region passes axe), a closed menu on a phone', async () => {
    // 1366 × 768 laptop: the browser leaves about 650 px, less than the list with its parts.
    const v = await visit(at('/chapters/why-sodium/'), { viewport: { width: 1366, height: 650 } });
    try {
      const menu = v.page.locator('nav[aria-label="Chapters"] details');
      expect(await menu.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
      const scrolls = await v.page.locator('.sidebar-column').evaluate((c) => c.scrollHeight > c.clientHeight);
      expect(scrolls).toBe(true); // otherwise the rule below has nothing to check
      expect(await axeViolations(v.page, ['scrollable-region-focusable'])).toEqual([]);
      await v.page.setViewportSize({ width: 390, height: 800 });
      await expect.poll(() => menu.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
      expect(await v.page.getByRole('link', { name: 'Why sodium?' }).isVisible()).toBe(false);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
