/**
 * The SEI composition explorer in chapter 14, by keyboard: it hydrates when scrolled to, the
 * electrolyte radios move the stacked bar and announce the new shares, the component filter
 * works, and the page fits a 360 px phone in dark mode with no axe findings.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { visit } from './support/browser';
import { axeViolations } from './support/axe';

const site = inject('siteUrl');
const page = new URL('chapters/electrolyte-design-for-sodium/', site).href;
const WIDGET = '.sei-explorer';

async function hydrated(p: Page) {
  await p.locator(WIDGET).scrollIntoViewIfNeeded();
  await p.waitForFunction((sel) => {
    const island = document.querySelector(sel)?.closest('astro-island');
    return island !== null && island !== undefined && !island.hasAttribute('ssr');
  }, WIDGET);
}

const live = (p: Page) => p.locator(`${WIDGET} .summary[aria-live="polite"]`).innerText();
const value = (p: Page, cls: string) => p.locator(`${WIDGET} .legend li[data-cls="${cls}"] .value`).innerText();

describe('SEI composition explorer', () => {
  it('switches between without and with FEC by keyboard and announces the shares', async () => {
    const v = await visit(page);
    try {
      await hydrated(v.page);
      expect(await value(v.page, 'organic')).toBe('62 at %');
      expect(await value(v.page, 'unassigned')).toBe('11 at %');
      await v.page.locator('.sei-explorer').getByRole('radio', { name: 'Without FEC', exact: true }).focus();
      await v.page.keyboard.press('ArrowRight');
      await expect.poll(() => live(v.page)).toMatch(/With FEC: organic 39 at %/);
      expect(await value(v.page, 'inorganic')).toBe('61 at %');
      expect(await v.page.locator('.sei-explorer').getByRole('radio', { name: 'With FEC', exact: true }).isChecked()).toBe(true);
      expect(await v.page.locator(WIDGET).innerText()).not.toMatch(/NaN(?![A-Za-zₓ])|Infinity|undefined/);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('filters the components to the inorganic ones by keyboard', async () => {
    const v = await visit(page);
    try {
      await hydrated(v.page);
      const all = await v.page.locator(`${WIDGET} .components li`).count();
      await v.page.locator('.sei-explorer').getByRole('radio', { name: 'All', exact: true }).focus();
      await v.page.keyboard.press('ArrowRight');
      await v.page.keyboard.press('ArrowRight');
      await expect.poll(() => v.page.locator('.sei-explorer').getByRole('radio', { name: 'Inorganic', exact: true }).isChecked()).toBe(true);
      const shown = v.page.locator(`${WIDGET} .components li`);
      await expect.poll(() => shown.count()).toBeLessThan(all);
      for (const cls of await shown.evaluateAll((els) => els.map((e) => e.getAttribute('data-cls')))) expect(cls).toBe('inorganic');
    } finally {
      await v.close();
    }
  });

  it('fits a 360 px phone in dark mode and passes axe', async () => {
    const v = await visit(page, { viewport: { width: 360, height: 740 }, colorScheme: 'dark', storage: { 'ama-theme': 'dark' } });
    try {
      await hydrated(v.page);
      const box = await v.page.locator(WIDGET).boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      const overflow = await v.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeViolations(v.page)).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
