/**
 * The calculators on the built site, by keyboard: each one on its own page answers typed input and
 * explains a bad value; on the index page they hydrate when scrolled to and mirror their state in
 * the address; a preset link opens a calculator in its state.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { visit } from './support/browser';

const site = inject('siteUrl');
const subpath = inject('subpathUrl');
const url = (path: string, base = site) => new URL(path.replace(/^\//, ''), base).href;

/** Per calculator: a number field, a value to type, and text the output must then contain. */
const cases = [
  { id: 'metal-comparison', key: 'arealCapacity_mAh_per_cm2', typed: '6', expect: /29\.1\s*µm/ },
  { id: 'specific-energy', key: 'system', choice: true, expect: /Na–O₂/ },
  { id: 'plating-thickness', key: 'thickness_um', typed: '50', expect: /10\.3\s*mAh\/cm²/ },
  { id: 'cycle-life', key: 'excess', typed: '0', expect: /36\.8 %/ },
  { id: 'capacity-decay', key: 'cycles', typed: '100', expect: /89\.4 %/ },
  { id: 'sands-time', key: 'currentDensity', typed: '5', expect: /38\.\d min/ },
  { id: 'shes', key: 'concentration_M', typed: '1', expect: /would plate/ },
  { id: 'interface-mechanics', key: 'areaSpecificResistance', typed: '1', expect: /1\.00 mV|1 mV/ },
  { id: 'cell-builder', key: 'electrolyte_g_per_Ah', typed: '10', expect: /Wh\/kg/ },
  { id: 'fast-charge', key: 'packVoltage_V', typed: '800', expect: /170\s*A/ },
] as const;

const outputOf = (page: Page, id: string) => page.locator(`#calculator-${id} output`);

async function hydrated(page: Page, id: string) {
  await page.locator(`#calculator-${id}`).scrollIntoViewIfNeeded();
  await page.waitForFunction((sel) => {
    const island = document.querySelector(sel);
    return island !== null && !island.hasAttribute('ssr');
  }, `#calculator-${id} astro-island`);
}

/** Waits until every island on the page has hydrated (Astro drops the ssr attribute then). */
async function islandsReady(page: Page) {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}

async function typeInto(page: Page, selector: string, text: string) {
  await page.locator(selector).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

// Each test opens the page in its own browser context: a few at a time (maxConcurrency). Concurrent
// tests take expect from their context, so a failure is reported against the right test.
describe('each calculator, on its own page', () => {
  it.concurrent.for(cases)('$id responds to keyboard input', async (c, { expect }) => {
    const v = await visit(url(`/calculators/${c.id}/`));
    try {
      await hydrated(v.page, c.id);
      const field = `#calc-${c.id}-${c.key}-input`;
      const before = await outputOf(v.page, c.id).innerText();
      if ('choice' in c) {
        await v.page.locator(field).focus();
        await v.page.keyboard.press('ArrowDown');
      } else {
        await typeInto(v.page, field, c.typed);
      }
      await expect.poll(() => outputOf(v.page, c.id).innerText()).not.toBe(before);
      expect(await outputOf(v.page, c.id).innerText()).toMatch(c.expect);
      expect(await v.page.locator('body').innerText()).not.toMatch(/NaN|Infinity|undefined/);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it.concurrent.for(cases.filter((c) => !('choice' in c)))('$id explains a bad value and keeps the last result', async (c, { expect }) => {
    const v = await visit(url(`/calculators/${c.id}/`));
    try {
      await hydrated(v.page, c.id);
      const field = `#calc-${c.id}-${c.key}-input`;
      const rowsBefore = await v.page.locator(`#calculator-${c.id} output .rows`).innerText();
      await typeInto(v.page, field, 'abc');
      await expect.poll(() => v.page.locator(`#calc-${c.id}-${c.key}-error`).innerText()).toMatch(/must be/);
      expect(await v.page.locator(field).getAttribute('aria-invalid')).toBe('true');
      expect(await outputOf(v.page, c.id).innerText()).toMatch(/Out of date/);
      expect(await v.page.locator(`#calculator-${c.id} output .rows`).innerText()).toBe(rowsBefore);
      expect(await v.page.locator('body').innerText()).not.toMatch(/NaN|Infinity|undefined/);
    } finally {
      await v.close();
    }
  });

});

describe('calculators index page', () => {
  it('hydrates a calculator when it is scrolled to and mirrors a change in the address so it can be shared', async () => {
    const v = await visit(url('/calculators/'));
    try {
      await hydrated(v.page, 'cycle-life');
      await typeInto(v.page, '#calc-cycle-life-cycles-input', '700');
      await expect.poll(() => new URL(v.page.url()).searchParams.get('cycle-life.cycles')).toBe('700');
    } finally {
      await v.close();
    }
  });
});

describe('preset links', () => {
  it('a calculator page opens in the state its URL gives and ignores junk', async () => {
    const v = await visit(url('/calculators/cycle-life/?cycle-life.excess=0&cycle-life.bogus=%3Cscript%3Ealert(1)%3C/script%3E&cycle-life.cycles=1e309'));
    try {
      await islandsReady(v.page);
      await expect.poll(() => v.page.locator('#calc-cycle-life-excess-input').inputValue()).toBe('0');
      expect(await v.page.locator('#calc-cycle-life-cycles-input').inputValue()).toBe('500');
      await expect.poll(() => v.page.locator('output').innerText()).toMatch(/36\.8 %/);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('a preset on the index page opens that calculator in its state', async () => {
    const v = await visit(url('/calculators/?sands-time.currentDensity=50#calculator-sands-time'));
    try {
      await hydrated(v.page, 'sands-time');
      await expect.poll(() => v.page.locator('#calc-sands-time-currentDensity-input').inputValue()).toBe('5');
      expect(await outputOf(v.page, 'sands-time').innerText()).toMatch(/38\.\d min/);
    } finally {
      await v.close();
    }
  });

  it('works under a sub-path', async () => {
    const v = await visit(url('calculators/shes/?shes.additive=Ba', subpath));
    try {
      await islandsReady(v.page);
      await expect.poll(() => v.page.locator('#calc-shes-additive-input').inputValue()).toBe('Ba');
      expect(v.requests.every((r) => new URL(r).pathname.startsWith('/courses/anodes/'))).toBe(true);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
