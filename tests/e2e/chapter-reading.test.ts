/**
 * Reading a chapter: citation cards and glossary popovers open on keyboard focus and close with
 * Escape; objectives come first and takeaways and references last; print hides the chrome and
 * spells out link addresses; on a laptop-height screen the chapter list beside the text is an
 * open list, and on a phone a closed menu. (That every chapter fits a 360 px phone is checked by the every-page
 * crawl, on the visit it already makes.)
 */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { visit } from './support/browser';

const site = inject('siteUrl');
/**
 * Citation cards, glossary popovers, print and the page frame come from the layout, so they are
 * checked on one chapter of each part and the capstone, one visit each.
 */
const LAYOUT_SAMPLE = ['/chapters/why-alkali-metal-anodes/', '/chapters/triple-phase-interface/', '/chapters/why-sodium/', '/chapters/sei-design-principles/'];
const at = (path: string) => new URL(path.replace(/^\//, ''), site).href;

// Chapters are independent: a few at a time (maxConcurrency), each in its own browser context.
describe.concurrent.each(LAYOUT_SAMPLE)('chapter %s', (path) => {
  it('reads by keyboard: citation card, glossary definition, page frame, then print', async () => {
    const v = await visit(at(path));
    try {
      // A citation card opens on focus, shows the DOI, and closes with Escape.
      expect(await v.page.locator('.cite-mark').count()).toBeGreaterThan(0);
      const mark = v.page.locator('.cite-mark').first();
      const card = v.page.locator('.cite-card').first();
      expect(await card.isVisible()).toBe(false);
      await mark.focus();
      expect(await card.isVisible()).toBe(true);
      expect(await card.innerText()).toMatch(/doi:10\./);
      await v.page.keyboard.press('Escape');
      expect(await card.isVisible()).toBe(false);
      expect(await mark.evaluate((el) => el === document.activeElement)).toBe(true);

      // A glossary term is defined on focus and described to assistive technology.
      expect(await v.page.locator('.term-mark').count()).toBeGreaterThan(0);
      const term = v.page.locator('.term-mark').first();
      await term.focus();
      expect(await v.page.locator('.term-card').first().isVisible()).toBe(true);
      const describedBy = await term.getAttribute('aria-describedby');
      expect(await v.page.locator(`#${describedBy}`).innerText()).toMatch(/\w{3,}.*\./);
      await v.page.keyboard.press('Escape');

      // Objectives first, takeaways and references last, a skip link to the text.
      const headings = await v.page.locator('article h2').allInnerTexts();
      expect(headings[0]).toMatch(/In this chapter you will learn/);
      expect(headings.slice(-2)).toEqual(['Key takeaways', 'References']);
      expect(await v.page.locator('a.skip-link').getAttribute('href')).toBe('#main');

      // Print: the chapter alone, with link addresses.
      await v.page.emulateMedia({ media: 'print' });
      expect(await v.page.locator('.site-header').isVisible()).toBe(false);
      expect(await v.page.locator('nav[aria-label="Chapters"]').isVisible()).toBe(false);
      const after = await v.page.locator('a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain('http');
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});

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
