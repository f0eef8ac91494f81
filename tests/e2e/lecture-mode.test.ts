/**
 * Lecture mode and the projector theme on a chapter with widgets: presenting by keyboard (one
 * slide at a time, focus on each slide's heading, Escape back to that section of the page, Page
 * Down scrolling a tall slide before moving on), a
 * widget on a slide still answers and keeps its own arrow keys, ?present=N opens on slide N and a
 * reload stays there, and the projector theme (by URL or from the lecture bar) passes axe's colour
 * rules in lecture mode and on the page, with the full axe set clean in lecture mode.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, THEME_RULES } from './support/axe';
import { visit } from './support/browser';

const site = inject('siteUrl');
const CHAPTER = '/chapters/why-alkali-metal-anodes/';
const at = (query = '') => new URL(`${CHAPTER.replace(/^\//, '')}${query}`, site).href;

const status = (page: Page) => page.locator('[data-lecture-status]').innerText();
const slideCount = async (page: Page) => Number(/of (\d+)/.exec(await status(page))?.[1]);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const presenting = (page: Page) => page.evaluate(() => document.documentElement.hasAttribute('data-lecture'));
const presentParam = (page: Page) => new URL(page.url()).searchParams.get('present');
const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);
/** Headings of the text that are on screen (a split section's h2 above its later parts counts). */
const visibleTextHeadings = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-slide-flow] > :is(h2, h3)')].filter((h) => h.checkVisibility()).map((h) => h.id),
  );

/** Presses ArrowRight until `selector` is on the current slide; returns that slide's number. */
async function walkTo(page: Page, selector: string): Promise<number> {
  const count = await slideCount(page);
  for (let i = 0; i < count; i++) {
    if (await page.locator(selector).first().isVisible()) return Number(/Slide (\d+)/.exec(await status(page))?.[1]);
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`${selector} is on no slide`);
}

describe('lecture mode', () => {
  it('presents the chapter by keyboard, one slide at a time, and Escape returns to that section', async () => {
    const v = await visit(at());
    try {
      const present = v.page.getByRole('button', { name: 'Present this chapter' });
      await present.focus();
      await v.page.keyboard.press('Enter');
      expect(await presenting(v.page)).toBe(true);
      const count = await slideCount(v.page);
      expect(count).toBeGreaterThan(10);
      expect(await status(v.page)).toBe(`Slide 1 of ${count}`);
      // Title slide: chapter title and objectives, no text sections, no site chrome.
      expect(await focusedText(v.page)).toBe('Why alkali-metal anodes?');
      expect(await v.page.locator('#objectives-title').isVisible()).toBe(true);
      expect(await visibleTextHeadings(v.page)).toEqual([]);
      for (const chrome of ['.site-header', 'nav[aria-label="Chapters"]', 'nav[aria-label="On this page"]', '.prev-next']) {
        expect(await v.page.locator(chrome).isVisible(), chrome).toBe(false);
      }
      expect(presentParam(v.page)).toBe('1');

      // Slide 2: the opening text under the chapter title; slide 3: the first section.
      await v.page.keyboard.press('ArrowRight');
      expect(await status(v.page)).toBe(`Slide 2 of ${count}`);
      expect(await v.page.locator('#objectives-title').isVisible()).toBe(false);
      // (Page Down would first scroll this tall slide: see the next test.)
      await v.page.keyboard.press('n');
      expect(await status(v.page)).toBe(`Slide 3 of ${count}`);
      expect(await focusedId(v.page)).toBe('the-ceiling-on-lithium-ion-cells');
      expect(await visibleTextHeadings(v.page)).toEqual(['the-ceiling-on-lithium-ion-cells', 'what-specific-energy-measures']);
      expect(presentParam(v.page)).toBe('3');
      // The next slide (a split section's later part) shows its h2 above it as context only.
      await v.page.keyboard.press('ArrowRight');
      expect(await focusedId(v.page)).toBe('where-the-ceiling-comes-from');
      expect(await visibleTextHeadings(v.page)).toEqual(['the-ceiling-on-lithium-ion-cells', 'where-the-ceiling-comes-from']);
      expect(await v.page.locator('#the-ceiling-on-lithium-ion-cells').getAttribute('data-slide-context')).toBe('');
      await v.page.keyboard.press('PageUp');
      expect(await status(v.page)).toBe(`Slide 3 of ${count}`);
      expect(await focusedId(v.page)).toBe('the-ceiling-on-lithium-ion-cells');

      await v.page.keyboard.press('End');
      expect(await status(v.page)).toBe(`Slide ${count} of ${count}`);
      expect(await focusedId(v.page)).toBe('references');
      await v.page.keyboard.press('ArrowRight');
      expect(await status(v.page)).toBe(`Slide ${count} of ${count}`);
      await v.page.keyboard.press('Home');
      expect(await status(v.page)).toBe(`Slide 1 of ${count}`);

      // The on-screen buttons work by keyboard and keep focus, so they can be pressed again.
      const next = v.page.getByRole('button', { name: 'Next slide' });
      await next.focus();
      await v.page.keyboard.press('Enter');
      await v.page.keyboard.press('Enter');
      expect(await status(v.page)).toBe(`Slide 3 of ${count}`);
      expect(await next.evaluate((b) => b === document.activeElement)).toBe(true);
      expect(await v.page.locator('[data-lecture-status]').getAttribute('aria-live')).toBe('polite');

      await v.page.keyboard.press('Escape');
      expect(await presenting(v.page)).toBe(false);
      expect(presentParam(v.page)).toBeNull();
      expect(await focusedId(v.page)).toBe('the-ceiling-on-lithium-ion-cells');
      const box = await v.page.locator('#the-ceiling-on-lithium-ion-cells').boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(-1); // at the top, give or take sub-pixel rounding
      expect(box!.y).toBeLessThan(900 / 2);
      expect(await v.page.locator('.site-header').isVisible()).toBe(true);
      expect(await v.page.locator('#what-a-metal-anode-offers').isVisible()).toBe(true);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('keeps a widget on a slide live, and its slider keeps the arrow keys', async () => {
    const v = await visit(at('?present'));
    try {
      expect(await status(v.page)).toMatch(/^Slide 1 of/);
      const card = '#calculator-metal-comparison';
      const slide = await walkTo(v.page, card);
      const here = await status(v.page);
      expect(here).toBe(`Slide ${slide} of ${await slideCount(v.page)}`);
      // A slide taller than the screen scrolls; the island hydrates when it comes into view.
      await v.page.locator(card).scrollIntoViewIfNeeded();
      await v.page.waitForFunction((sel) => document.querySelector(`${sel} astro-island:not([ssr])`) !== null, card);

      // Typing into the calculator: arrows and letters stay in the field.
      const field = v.page.locator('#calc-metal-comparison-arealCapacity_mAh_per_cm2-input');
      await field.focus();
      await v.page.keyboard.press('ControlOrMeta+A');
      await v.page.keyboard.type('6');
      await v.page.keyboard.press('ArrowLeft');
      await v.page.keyboard.press('Backspace');
      await v.page.keyboard.press('End');
      await expect.poll(() => v.page.locator(`${card} output`).innerText()).toMatch(/29\.1\s*µm/);
      expect(await status(v.page)).toBe(here);

      // The slider moves; the slide does not.
      const slider = v.page.locator(`${card} input[type="range"]`).first();
      const before = await slider.inputValue();
      await slider.focus();
      await v.page.keyboard.press('ArrowRight');
      await v.page.keyboard.press('ArrowUp');
      await v.page.keyboard.press('PageDown');
      expect(await slider.inputValue()).not.toBe(before);
      expect(await status(v.page)).toBe(here);
      expect(await presenting(v.page)).toBe(true);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('on a slide taller than the screen, Page Down shows the rest of it before moving on', async () => {
    const v = await visit(at('?present=3'), { viewport: { width: 1024, height: 360 } });
    try {
      const count = await slideCount(v.page);
      const scrollY = () => v.page.evaluate(() => window.scrollY);
      const atBottom = () => v.page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2);
      expect(await atBottom()).toBe(false); // the slide does not fit 360 px
      await v.page.keyboard.press('PageDown');
      expect(await status(v.page)).toBe(`Slide 3 of ${count}`);
      expect(await scrollY()).toBeGreaterThan(200);
      let presses = 1;
      while ((await status(v.page)) === `Slide 3 of ${count}`) {
        const bottomBefore = await atBottom();
        await v.page.keyboard.press('PageDown');
        presses++;
        // The slide changes only once its end was on screen.
        if ((await status(v.page)) !== `Slide 3 of ${count}`) expect(bottomBefore).toBe(true);
        expect(presses).toBeLessThan(30);
      }
      expect(await status(v.page)).toBe(`Slide 4 of ${count}`);
      expect(await scrollY()).toBe(0);
      // The right arrow skips the rest of a tall slide.
      await v.page.keyboard.press('ArrowRight');
      expect(await status(v.page)).toBe(`Slide 5 of ${count}`);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('opens on the slide ?present=3 names, and a reload stays on the current slide', async () => {
    const v = await visit(at('?present=3'));
    try {
      expect(await status(v.page)).toMatch(/^Slide 3 of \d+$/);
      expect(await focusedId(v.page)).toBe('the-ceiling-on-lithium-ion-cells');
      await v.page.keyboard.press('ArrowRight');
      expect(presentParam(v.page)).toBe('4');
      await v.page.waitForLoadState('networkidle');
      await v.page.reload();
      expect(await status(v.page)).toMatch(/^Slide 4 of \d+$/);
      expect(await focusedId(v.page)).toBe('where-the-ceiling-comes-from');
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('passes the full axe rule set in lecture mode and prints the whole chapter without its controls', async () => {
    const v = await visit(at('?present=4'));
    try {
      expect(await axeViolations(v.page), 'axe, lecture mode').toEqual([]);
      await v.page.emulateMedia({ media: 'print' });
      expect(await v.page.locator('[data-lecture-bar]').isVisible()).toBe(false);
      expect(await v.page.locator('#what-a-metal-anode-offers').isVisible()).toBe(true);
      expect(await v.page.locator('#objectives-title').isVisible()).toBe(true);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});

describe('projector theme', () => {
  it('?theme=projector applies for the visit: colour rules clean on the page and in lecture mode', async () => {
    const v = await visit(at('?theme=projector'), { storage: { 'ama-theme': 'dark' } });
    try {
      expect(await theme(v.page)).toBe('projector');
      // Larger type and thicker chart lines than the light theme's.
      expect(await v.page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBe(20);
      expect(await v.page.locator('svg.svg-figure .grid').first().evaluate((g) => getComputedStyle(g).strokeWidth)).toBe('2px');
      expect(await axeViolations(v.page, THEME_RULES), 'axe colour rules, projector theme, page').toEqual([]);

      await v.page.getByRole('button', { name: 'Present this chapter' }).click();
      expect(await v.page.getByRole('button', { name: 'Projector theme' }).getAttribute('aria-pressed')).toBe('true');
      await walkTo(v.page, '#calculator-metal-comparison');
      expect(await axeViolations(v.page, THEME_RULES), 'axe colour rules, projector theme, lecture mode').toEqual([]);

      // The reader's stored choice is untouched; the next page of the visit stays in projector.
      expect(await v.page.evaluate(() => localStorage.getItem('ama-theme'))).toBe('dark');
      await v.page.goto(new URL('glossary/', site).href);
      expect(await theme(v.page)).toBe('projector');
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('switches on and off from the lecture bar by keyboard, without overwriting the stored theme', async () => {
    const v = await visit(at('?present=3'), { colorScheme: 'light' });
    try {
      expect(await theme(v.page)).toBe('light');
      const toggle = v.page.getByRole('button', { name: 'Projector theme' });
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      await toggle.focus();
      await v.page.keyboard.press('Enter');
      expect(await theme(v.page)).toBe('projector');
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      expect(new URL(v.page.url()).searchParams.get('theme')).toBe('projector');
      expect(presentParam(v.page)).toBe('3');
      expect(await axeViolations(v.page, THEME_RULES), 'axe colour rules, projector theme from the bar').toEqual([]);
      expect(await v.page.evaluate(() => localStorage.getItem('ama-theme'))).toBeNull();

      await v.page.keyboard.press('Enter');
      expect(await theme(v.page)).toBe('light');
      expect(new URL(v.page.url()).searchParams.get('theme')).toBeNull();
      expect(await status(v.page)).toMatch(/^Slide 3 of/);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
