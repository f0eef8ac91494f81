/**
 * The growth simulation on the built site: it loads, runs for a moment, the WebGL view changes,
 * the readouts and the spoken description update, nothing errors; and without WebGL the same
 * widget falls back to the 2D height map.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { visit } from './support/browser';

const page = new URL('simulation/', inject('siteUrl')).href;

/** A fingerprint of what a canvas shows now (its PNG data URL, hashed cheaply). */
const canvasPrint = (p: Page, selector: string) =>
  p.evaluate((s) => {
    const c = document.querySelector<HTMLCanvasElement>(s);
    if (!c) return '';
    const url = c.toDataURL('image/png');
    let h = 0;
    for (let i = 0; i < url.length; i++) h = (Math.imul(h, 31) + url.charCodeAt(i)) | 0;
    return `${url.length}:${h}`;
  }, selector);

const readout = (p: Page, term: string) => p.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]').innerText();

/**
 * Runs the model for a moment: 'step' plates a tenth of a cycle and stops by itself (light on a
 * software-rendered WebGL canvas); 'play' cycles until paused.
 */
async function runBriefly(p: Page, how: 'step' | 'play') {
  await p.locator('[data-testid="growth-description"]', { hasText: 'Bare electrode' }).waitFor({ timeout: 30_000 });
  if (how === 'step') {
    await p.getByRole('button', { name: 'Step' }).click();
  } else {
    await p.getByRole('button', { name: 'Play' }).click();
  }
  await expect.poll(() => readout(p, 'Plated so far'), { timeout: 30_000 }).not.toMatch(/^0\.000 /);
  if (how === 'play') await p.getByRole('button', { name: 'Pause' }).click();
  // Stopped: Play is offered again and Step is enabled.
  await expect.poll(() => p.getByRole('button', { name: 'Step' }).isEnabled(), { timeout: 30_000 }).toBe(true);
  expect(await p.getByRole('button', { name: 'Play' }).count()).toBe(1);
}

describe('growth simulation', () => {
  it('runs in WebGL: the canvas changes, readouts and description update, no console errors', async () => {
    const v = await visit(page);
    try {
      const view = v.page.locator('canvas[data-view="3d"]');
      await view.scrollIntoViewIfNeeded();
      await expect.poll(() => view.isVisible(), { timeout: 30_000 }).toBe(true);
      await v.page.locator('[data-testid="growth-description"]', { hasText: 'Bare electrode' }).waitFor({ timeout: 30_000 });
      await v.page.waitForTimeout(300);
      const before = await canvasPrint(v.page, 'canvas[data-view="3d"]');
      await runBriefly(v.page, 'step');
      await expect.poll(() => canvasPrint(v.page, 'canvas[data-view="3d"]'), { timeout: 10_000 }).not.toBe(before);
      expect(await readout(v.page, 'Simulated time')).not.toBe('—');
      expect(await v.page.locator('[data-testid="growth-description"]').innerText()).toMatch(/^After (plating [0-9.]+ mAh\/cm²|\d+ cycles?),/);
      expect(await v.page.locator('body').innerText()).not.toMatch(/NaN/);
      // Keyboard: the view takes focus and turns with the arrow keys.
      await view.focus();
      const still = await canvasPrint(v.page, 'canvas[data-view="3d"]');
      await v.page.keyboard.press('ArrowLeft');
      await expect.poll(() => canvasPrint(v.page, 'canvas[data-view="3d"]')).not.toBe(still);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('falls back to the 2D height map when WebGL is missing', async () => {
    const v = await visit('about:blank');
    try {
      await v.page.addInitScript(() => {
        const original = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
          if (kind === 'webgl' || kind === 'webgl2' || kind === 'experimental-webgl') return null;
          return (original as (...a: unknown[]) => unknown).call(this, kind, ...rest);
        } as typeof original;
      });
      await v.page.goto(page, { waitUntil: 'load' });
      const flat = v.page.locator('canvas[data-view="2d"]');
      await flat.scrollIntoViewIfNeeded();
      await expect.poll(() => flat.isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await v.page.locator('canvas[data-view="3d"]').isVisible()).toBe(false);
      await expect.poll(() => v.page.getByText('This browser has no WebGL').count()).toBe(1);
      const before = await canvasPrint(v.page, 'canvas[data-view="2d"]');
      await runBriefly(v.page, 'play');
      await expect.poll(() => canvasPrint(v.page, 'canvas[data-view="2d"]'), { timeout: 10_000 }).not.toBe(before);
      // three.js was never fetched.
      expect(v.requests.some((u) => /voxelScene|three/i.test(u))).toBe(false);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
