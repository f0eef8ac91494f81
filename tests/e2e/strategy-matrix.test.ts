/**
 * The strategy × threat matrix in chapter 9 of the built site, used by keyboard: it hydrates when
 * scrolled to, filters by threat and by family from the selects, announces the count, links rows
 * to headings that exist, and fits a 360 px phone (the table scrolls inside its own region).
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { visit } from './support/browser';

const site = inject('siteUrl');
const page9 = new URL('chapters/electrolytes-for-metal-air/', site).href;
const root = '#strategy-matrix';

async function hydrated(page: Page) {
  await page.locator(root).scrollIntoViewIfNeeded();
  await page.waitForFunction((sel) => {
    const island = document.querySelector(sel)?.closest('astro-island');
    return island !== null && island !== undefined && !island.hasAttribute('ssr');
  }, root);
}

/** Presses Tab until the element matching `selector` has focus. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 200; i++) {
    if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not Tab to ${selector}`);
}

const summary = (page: Page) => page.locator(`${root}-summary`).innerText();

describe('strategy × threat matrix', () => {
  it('filters by threat and by family from the keyboard and announces the count', async () => {
    const v = await visit(page9);
    try {
      await hydrated(v.page);
      expect(await summary(v.page)).toMatch(/^Showing (\d+) strategies of \1:/);
      expect(await v.page.locator(`${root} [aria-live="polite"]`).count()).toBe(1);

      await v.page.locator(`${root}-family`).focus();
      await tabTo(v.page, `${root}-threat`);
      await v.page.selectOption(`${root}-threat`, 'ros');
      await expect.poll(() => summary(v.page)).toMatch(/shield against superoxide/);
      expect(await v.page.locator(`${root} thead th[scope="col"]`).count()).toBe(2);
      expect(await v.page.locator(`${root} tbody th[scope="row"]`).allInnerTexts()).toEqual(
        expect.arrayContaining([expect.stringMatching(/PDI-TEMPO/)]),
      );

      await v.page.selectOption(`${root}-family`, 'separator');
      await expect.poll(() => summary(v.page)).toMatch(/Functional separators/);
      await v.page.getByRole('button', { name: 'Show all', exact: true }).press('Enter');
      await expect.poll(() => summary(v.page)).toMatch(/^Showing (\d+) strategies of \1:/);
      expect(await v.page.locator('body').innerText()).not.toMatch(/NaN|undefined/);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('links rows only to headings that exist on published pages', async () => {
    const v = await visit(page9);
    try {
      await hydrated(v.page);
      const hrefs = await v.page.locator(`${root} a.where`).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of new Set(hrefs)) {
        const u = new URL(href);
        const res = await v.page.request.get(u.origin + u.pathname);
        expect(res.status(), href).toBe(200);
        if (u.hash) expect(await res.text(), href).toContain(`id="${u.hash.slice(1)}"`);
      }
    } finally {
      await v.close();
    }
  });

  it('fits a 360 px screen: the table scrolls in a focusable region, not the page', async () => {
    const v = await visit(page9, { viewport: { width: 360, height: 740 }, storage: { 'ama-theme': 'dark' } });
    try {
      await hydrated(v.page);
      const region = v.page.locator(`${root} [role="region"]`);
      expect(await region.getAttribute('tabindex')).toBe('0');
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      expect(await v.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await region.focus();
      await v.page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    } finally {
      await v.close();
    }
  });
});
