/**
 * Offline after the first visit: the service worker installs from the home page, then with the
 * browser offline a student opens a chapter (formulas in KaTeX fonts), uses a calculator, runs
 * the simulation and searches — every response served from the worker's cache. A new build of
 * the site is announced, and reloading moves the page onto it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { visit } from './support/browser';
import { DIST } from './support/site';

const site = inject('siteUrl');
const at = (path: string) => new URL(path.replace(/^\//, ''), site).href;

/** Resolves once the service worker controls the page and has stored the course. */
async function installed(page: Page) {
  await page.locator('[data-offline-message]', { hasText: 'work offline' }).waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

describe('offline use', () => {
  it('after one visit, chapters, calculators, the simulation and search work with the network off', async () => {
    const v = await visit(at('/'), { serviceWorkers: 'allow' });
    try {
      await installed(v.page);
      expect(await v.page.getByRole('status').filter({ hasText: 'saved on this device' }).count()).toBe(1);
      await v.context.setOffline(true);

      const chapter = await v.page.goto(at('/chapters/why-alkali-metal-anodes/'));
      expect(chapter?.fromServiceWorker()).toBe(true);
      await expect.poll(() => v.page.locator('h1').innerText()).toMatch(/\w/);
      expect(await v.page.locator('.katex').count()).toBeGreaterThan(0);
      // Every face the formulas use arrived (a missing one would be a failed request below).
      expect(await v.page.evaluate(async () => (await document.fonts.ready).status)).toBe('loaded');

      // A calculator, opened from a preset link (the query string is ignored by the cache key).
      const calc = await v.page.goto(at('/calculators/plating-thickness/?thickness_um=50'));
      expect(calc?.fromServiceWorker()).toBe(true);
      await v.page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 30_000 });
      const field = v.page.locator('input[id$="-thickness_um-input"]');
      await field.focus();
      await v.page.keyboard.press('ControlOrMeta+A');
      await v.page.keyboard.type('20');
      await expect.poll(() => v.page.locator("#calculator-plating-thickness output").innerText()).toMatch(/4\.1\d?\s*mAh\/cm²/);

      // The simulation: page, three.js chunk and model worker all from the cache.
      await v.page.goto(at('/simulation/'));
      // It opens on a small deposit grown in the (cached) model worker; a Step then plates more.
      await v.page.locator('[data-testid="growth-description"]', { hasText: 'Started with a small deposit already grown.' }).waitFor({ timeout: 60_000 });
      const plated = v.page.locator('dt', { hasText: 'Plated so far' }).locator('xpath=following-sibling::dd[1]');
      const platedBefore = await plated.innerText();
      await v.page.getByRole('button', { name: 'Step' }).click();
      await expect.poll(() => plated.innerText(), { timeout: 30_000 }).not.toBe(platedBefore);

      // Search: Pagefind's script, wasm and index from the cache.
      await v.page.goto(at('/search/?q=dendrite'));
      await expect.poll(() => v.page.locator('[data-search-results] a').count(), { timeout: 15_000 }).toBeGreaterThan(0);

      expect(await v.page.locator('body').innerText()).not.toMatch(/NaN|undefined/);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('announces a new version of the course and reloads into it when asked', async () => {
    const v = await visit(at('/glossary/'), { serviceWorkers: 'allow' });
    try {
      await installed(v.page);
      // A new build: one precached file's revision changes in sw.js on the server. (Same length:
      // the preview server answers with the size it read at start-up.)
      const swPath = join(DIST, 'sw.js');
      const original = readFileSync(swPath, 'utf8');
      const next = original.replace(/revision:"([0-9a-f])/, (_, c: string) => `revision:"${c === '0' ? '1' : '0'}`);
      expect(next).not.toBe(original);
      writeFileSync(swPath, next);
      try {
        await v.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      } finally {
        writeFileSync(swPath, original);
      }
      await v.page.locator('[data-offline-message]', { hasText: 'newer version' }).waitFor({ timeout: 30_000 });
      expect(await v.page.getByRole('status').filter({ hasText: 'newer version' }).count()).toBe(1);
      const reload = v.page.getByRole('button', { name: 'Reload now' });
      await reload.focus();
      await Promise.all([v.page.waitForEvent('load', { timeout: 30_000 }), v.page.keyboard.press('Enter')]);
      await v.page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
      expect(await v.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
