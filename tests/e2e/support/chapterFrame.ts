/**
 * What the chapter layout gives every chapter, read by keyboard: a citation card and a glossary
 * definition open on focus and close with Escape, objectives come first and takeaways and
 * references last, a skip link leads to the text, and print hides the chrome and spells out link
 * addresses. The layout is one template, so these run on one chapter of each part and the
 * capstone, on the every-page crawl's visit to them (one page load, not two).
 */
import { expect } from 'vitest';
import type { Visit } from './browser';

export const LAYOUT_SAMPLE = ['/chapters/why-alkali-metal-anodes/', '/chapters/triple-phase-interface/', '/chapters/why-sodium/', '/chapters/sei-design-principles/'];

/** Runs last on a visit: it leaves focus moved and the page in print media. */
export async function checkChapterFrame(v: Visit): Promise<void> {
  const page = v.page;
  // A citation card opens on focus, shows the DOI, and closes with Escape.
  expect(await page.locator('.cite-mark').count(), 'citation marks').toBeGreaterThan(0);
  const mark = page.locator('.cite-mark').first();
  const card = page.locator('.cite-card').first();
  expect(await card.isVisible(), 'citation card before focus').toBe(false);
  await mark.focus();
  expect(await card.isVisible(), 'citation card on focus').toBe(true);
  expect(await card.innerText()).toMatch(/doi:10\./);
  await page.keyboard.press('Escape');
  expect(await card.isVisible(), 'citation card after Escape').toBe(false);
  expect(await mark.evaluate((el) => el === document.activeElement), 'focus back on the mark').toBe(true);

  // A glossary term is defined on focus and described to assistive technology.
  expect(await page.locator('.term-mark').count(), 'glossary terms').toBeGreaterThan(0);
  const term = page.locator('.term-mark').first();
  await term.focus();
  expect(await page.locator('.term-card').first().isVisible(), 'glossary card on focus').toBe(true);
  const describedBy = await term.getAttribute('aria-describedby');
  expect(await page.locator(`#${describedBy}`).innerText()).toMatch(/\w{3,}.*\./);
  await page.keyboard.press('Escape');

  // Objectives first, takeaways and references last, a skip link to the text.
  const headings = await page.locator('article h2').allInnerTexts();
  expect(headings[0]).toMatch(/In this chapter you will learn/);
  expect(headings.slice(-2)).toEqual(['Key takeaways', 'References']);
  expect(await page.locator('a.skip-link').getAttribute('href')).toBe('#main');

  // Print: the chapter alone, with link addresses.
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.site-header').isVisible(), 'header in print').toBe(false);
  expect(await page.locator('nav[aria-label="Chapters"]').isVisible(), 'chapter list in print').toBe(false);
  const after = await page.locator('a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('http');
  expect(v.problems, 'after the keyboard and print checks').toEqual([]);
}
