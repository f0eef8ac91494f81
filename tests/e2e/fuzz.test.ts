/**
 * Random-input fuzzing, as PhET does it: every kind of widget in the built site (each island
 * component, on the first page that has it) gets a seeded burst of random keys, clicks, typed
 * values and selections, hostile values included. It must never log an error, throw, show NaN,
 * Infinity or undefined, stop answering, or grow the JS heap past a limit. Then the calculators and
 * the simulation are opened with random and malicious URL queries, which must never inject markup.
 *
 * The seed is printed in each test name; FUZZ_SEED=<n> npm run test:e2e reproduces a run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { visit } from './support/browser';
import { DIST, sitePages } from './support/site';

const site = inject('siteUrl');
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
/** Actions per widget: enough to reach odd states, bounded so the suite stays fast. */
const ACTIONS = Number(process.env.FUZZ_ACTIONS ?? 20);
/** JS heap growth allowed over one burst (CDP Runtime.getHeapUsage), in bytes. */
const HEAP_LIMIT = 64 * 1024 * 1024;

const HOSTILE = ['', '-', '+', '.', '1e309', '-1e309', 'NaN', 'Infinity', '0x10', '1,5', '١٢', '💥', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'x'.repeat(5000), '-0', '1e-400', '9'.repeat(400), ' 3 ', '3 mAh'];
const KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', ' ', 'Enter', 'Escape', 'Tab', 'Shift+Tab', '+', '-', 'a'];

/** mulberry32: small, seeded, good enough to pick actions. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)], int: (n: number) => Math.floor(next() * n) };
}

/** One page per island component (by its script's name), so each widget is fuzzed once. */
function widgetPages(): { component: string; path: string }[] {
  const seen = new Map<string, string>();
  for (const path of sitePages()) {
    const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<astro-island[^>]*?component-url="[^"]*\/([A-Za-z]+)\.[^".]+\.js"/g)) {
      if (!seen.has(m[1])) seen.set(m[1], path);
    }
  }
  return [...seen].map(([component, path]) => ({ component, path })).sort((a, b) => a.component.localeCompare(b.component));
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  } finally {
    await cdp.detach();
  }
}

/** Text inside the widget that betrays a bad number or a missing value. */
async function badText(page: Page, island: string): Promise<string[]> {
  const text = await page.locator(island).evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText).join('\n'));
  // Whole words only (Unicode-aware): NaNO₃ is sodium nitrate, not a bad number.
  return [...text.matchAll(/[^\n]{0,40}(?<![\p{L}\p{N}])(NaN|Infinity|undefined|null)(?![\p{L}\p{N}])[^\n]{0,40}/gu)].map((m) => m[0]);
}

/**
 * Scrolls every island of the page past the viewport (islands are display: contents, so their
 * first child is what scrolls), letting client:visible ones hydrate, and waits until all have.
 */
async function hydrateAll(page: Page, selector = 'astro-island'): Promise<void> {
  await page.evaluate(async (sel) => {
    for (const island of document.querySelectorAll(sel)) {
      island.firstElementChild?.scrollIntoView({ block: 'center' });
      // Stay until this island has hydrated: scrolling on at once could leave it unseen.
      for (let t = 0; t < 100 && island.hasAttribute('ssr'); t++) await new Promise((ok) => setTimeout(ok, 50));
    }
  }, selector);
  await page.waitForFunction((sel) => [...document.querySelectorAll(sel)].every((e) => !e.hasAttribute('ssr')), selector);
}

async function fuzzWidget(page: Page, island: string, seed: number): Promise<void> {
  const r = rng(seed);
  const root = page.locator(island).first();
  await hydrateAll(page, island);
  for (let i = 0; i < ACTIONS; i++) {
    const controls = root.locator('input:not([type=hidden]):not([disabled]), select:not([disabled]), button:not([disabled]), textarea, [tabindex="0"]');
    const n = await controls.count();
    if (n === 0) break;
    const target = controls.nth(r.int(n));
    if (!(await target.isVisible().catch(() => false))) continue;
    const tag = await target.evaluate((e) => `${e.tagName.toLowerCase()}:${(e as HTMLInputElement).type ?? ''}`);
    const roll = r.next();
    try {
      if (tag.startsWith('select')) {
        const values = await target.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
        if (values.length) await target.selectOption(r.pick(values), { timeout: 2000 });
      } else if ((tag === 'input:text' || tag === 'input:number' || tag === 'input:search' || tag.startsWith('textarea')) && roll < 0.7) {
        const value = roll < 0.35 ? r.pick(HOSTILE) : String(Math.round((r.next() * 2 - 0.5) * 10 ** r.int(6)) / 10 ** r.int(4));
        await target.fill(value, { timeout: 2000 });
        await target.press(r.pick(['Enter', 'Tab']), { timeout: 2000 });
      } else if (roll < 0.55) {
        await target.click({ timeout: 2000, noWaitAfter: true });
      } else {
        await target.focus({ timeout: 2000 });
        await page.keyboard.press(r.pick(KEYS));
      }
    } catch {
      // A control that moved, hid or became disabled mid-action is not a failure; errors are.
    }
    // A widget may offer a link (e.g. to the simulation); stay on the page under test.
    if (!page.url().startsWith(site)) await page.goBack();
  }
}

const widgets = widgetPages();

describe(`fuzzing every widget with random input (seed ${SEED}, ${ACTIONS} actions each)`, () => {
  it('finds the widgets to fuzz', () => {
    expect(widgets.map((w) => w.component)).toEqual(expect.arrayContaining(['GrowthSimulation', 'Quiz', 'SpecificEnergyCalculator']));
  });

  // Widgets are fuzzed a few at a time (maxConcurrency); each page is its own browser context.
  it.concurrent.each(widgets)('$component on $path survives', async ({ component, path }) => {
    // The simulation is fuzzed in its 2D view: under this machine's software WebGL every 3D frame
    // blocks the main thread for seconds, which would time the fuzzer out, not find bugs. The
    // controls, the worker and the model are the same in both views; the 3D view has its own test.
    const v = await visit(new URL(path.replace(/^\//, ''), site).href, { webgl: component !== 'GrowthSimulation' });
    const dialogs: string[] = [];
    v.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // Downloads (PNG/CSV export) are fine; they must not leave the page.
    v.page.on('download', (d) => void d.cancel());
    try {
      const island = `astro-island[component-url*="/${component}."]`;
      await hydrateAll(v.page, island);
      const before = await heapUsed(v.page);
      await fuzzWidget(v.page, island, SEED ^ [...component].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7));
      // Still answering: the main thread runs a task promptly and the widget is still there.
      const t0 = Date.now();
      await v.page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => ok(null))));
      expect(Date.now() - t0, 'the page answered a frame request').toBeLessThan(5000);
      expect(await v.page.locator(island).count()).toBeGreaterThan(0);
      expect(await badText(v.page, island), 'NaN/Infinity/undefined shown').toEqual([]);
      expect(await heapUsed(v.page) - before, 'heap growth (bytes)').toBeLessThan(HEAP_LIMIT);
      expect(dialogs).toEqual([]);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});

describe(`fuzzing URL parameters (seed ${SEED})`, () => {
  const r = rng(SEED);
  const calculatorPages = sitePages().filter((p) => /^\/calculators\/[a-z-]+\/$/.test(p));
  const names = ['preset', 'metal', 'seed', 'currentRatio', 'width', 'height', 'quiz-seed', 'q'];
  const cases = [...calculatorPages, '/simulation/', '/chapters/why-alkali-metal-anodes/'].map((path) => {
    const calc = path.split('/')[2];
    const params = new URLSearchParams();
    for (let i = 0; i < 4; i++) {
      const name = calc && path.startsWith('/calculators/') && r.next() < 0.6 ? `${calc}.${r.pick(['metal', 'arealCapacity_mAh_per_cm2', 'cycles', 'system', 'x'])}` : r.pick(names);
      params.append(name, r.pick(HOSTILE).slice(0, 300));
    }
    params.append('<b>x</b>', '<i id="injected">y</i>');
    return { path, query: params.toString() };
  });

  it.concurrent.each(cases)('$path?… never injects markup, errors or shows NaN', async ({ path, query }) => {
    const v = await visit(new URL(`${path.replace(/^\//, '')}?${query}`, site).href);
    const dialogs: string[] = [];
    v.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      await hydrateAll(v.page);
      await v.page.waitForTimeout(300);
      expect(v.status).toBe(200);
      expect(await v.page.locator('#injected, img[src="x"]').count()).toBe(0);
      expect(await v.page.locator('script').evaluateAll((ss) => ss.filter((s) => s.textContent?.includes('alert(1)')).length)).toBe(0);
      expect(await badText(v.page, 'astro-island')).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
