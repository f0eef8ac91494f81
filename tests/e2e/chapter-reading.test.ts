/**
 * Reading a chapter: citation cards and glossary popovers open on keyboard focus and close with
 * Escape; the page fits a 360 px phone; print hides the chrome and spells out link addresses.
 */
import { describe, expect, inject, it } from 'vitest';
import { visit } from './support/browser';
import { chapterPages } from './support/site';

const site = inject('siteUrl');
const chapters = chapterPages();
/**
 * Citation cards, glossary popovers, print and the page frame come from the layout, so they are
 * checked on one chapter of each part (and the capstone); fitting a 360 px phone depends on each
 * chapter's own tables, formulas and figures, so every chapter is checked for that.
 */
const LAYOUT_SAMPLE = new Set(['/chapters/why-alkali-metal-anodes/', '/chapters/triple-phase-interface/', '/chapters/why-sodium/', '/chapters/sei-design-principles/']);
const layoutIt = (path: string) => (LAYOUT_SAMPLE.has(path) ? it : it.skip);
const at = (path: string) => new URL(path.replace(/^\//, ''), site).href;

// Chapters are independent: a few at a time (maxConcurrency), each test in its own browser context.
describe.concurrent.each(chapters)('chapter %s', (path) => {
  layoutIt(path)('opens a citation card on focus, shows the DOI, and closes it with Escape', async () => {
    const v = await visit(at(path));
    try {
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
    } finally {
      await v.close();
    }
  });

  layoutIt(path)('defines a glossary term on focus, described to assistive technology', async () => {
    const v = await visit(at(path));
    try {
      expect(await v.page.locator('.term-mark').count()).toBeGreaterThan(0);
      const term = v.page.locator('.term-mark').first();
      await term.focus();
      const tip = v.page.locator('.term-card').first();
      expect(await tip.isVisible()).toBe(true);
      const describedBy = await term.getAttribute('aria-describedby');
      expect(await v.page.locator(`#${describedBy}`).innerText()).toMatch(/\w{3,}.*\./);
    } finally {
      await v.close();
    }
  });

  it('fits a 360 px wide screen without sideways scrolling', async () => {
    const v = await visit(at(path), { viewport: { width: 360, height: 740 } });
    try {
      const overflow = await v.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await v.close();
    }
  });

  layoutIt(path)('prints the chapter alone, with link addresses', async () => {
    const v = await visit(at(path));
    try {
      await v.page.emulateMedia({ media: 'print' });
      expect(await v.page.locator('.site-header').isVisible()).toBe(false);
      expect(await v.page.locator('nav[aria-label="Chapters"]').isVisible()).toBe(false);
      const after = await v.page.locator('a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain('http');
    } finally {
      await v.close();
    }
  });

  layoutIt(path)('starts with learning objectives and ends with takeaways and references', async () => {
    const v = await visit(at(path));
    try {
      const headings = await v.page.locator('article h2').allInnerTexts();
      expect(headings[0]).toMatch(/In this chapter you will learn/);
      expect(headings.slice(-2)).toEqual(['Key takeaways', 'References']);
      expect(await v.page.locator('a.skip-link').getAttribute('href')).toBe('#main');
    } finally {
      await v.close();
    }
  });
});
