/**
 * The growth simulation on the built site: it loads, runs for a moment, the WebGL view changes,
 * the readouts and the spoken description update, nothing errors — drawn in the render worker, and
 * on the page where a browser cannot move a canvas to a worker or the worker gets no WebGL;
 * without WebGL the same widget falls back to the 2D height map.
 */
import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { visit } from './support/browser';

const page = new URL('simulation/', inject('siteUrl')).href;

/**
 * A fingerprint of what the 3D view shows now: the PNG its Snapshot button downloads. The render
 * worker owns that canvas (the page cannot read it), so this is the reader's own way to get it.
 */
async function snapshotPng(p: Page): Promise<Buffer> {
  const [download] = await Promise.all([p.waitForEvent('download', { timeout: 30_000 }), p.getByRole('button', { name: 'Snapshot (PNG)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^deposit-Li-seed\d+\.png$/);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const png = Buffer.concat(chunks);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return png;
}

const snapshotPrint = async (p: Page) => createHash('sha1').update(await snapshotPng(p)).digest('hex');

/** A fingerprint of what a 2D canvas shows now (its PNG data URL, hashed cheaply). */
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
  await firstSight(p);
  const platedBefore = await readout(p, 'Plated so far');
  if (how === 'step') {
    await p.getByRole('button', { name: 'Step' }).click();
  } else {
    await p.getByRole('button', { name: 'Play' }).click();
  }
  await expect.poll(() => readout(p, 'Plated so far'), { timeout: 30_000 }).not.toBe(platedBefore);
  if (how === 'play') await p.getByRole('button', { name: 'Pause' }).click();
  // Stopped: Play is offered again and Step is enabled.
  await expect.poll(() => p.getByRole('button', { name: 'Step' }).isEnabled(), { timeout: 30_000 }).toBe(true);
  // The Pause/Play label follows the worker's last report, which can trail Step's state by a frame.
  await expect.poll(() => p.getByRole('button', { name: 'Play' }).count(), { timeout: 10_000 }).toBe(1);
}

/**
 * First sight: the page opens on a small deposit the worker grew (announced as such), with the
 * SEI loss and the salt at the electrode read out.
 */
async function firstSight(p: Page) {
  await p.locator('[data-testid="growth-description"]', { hasText: 'Started with a small deposit already grown.' }).waitFor({ timeout: 60_000 });
  expect(await readout(p, 'Plated so far')).not.toMatch(/^(0\.000 |—)/);
  expect(await readout(p, 'Lost to SEI')).toMatch(/^\d/);
  expect(await readout(p, 'Salt at the electrode')).toMatch(/ of bulk$/);
}

/** Plates a little in 3D: the picture, readouts and description change; keys turn and zoom it. */
async function runIn3d(p: Page, renderer: 'worker' | 'page') {
  const view = p.locator('canvas[data-view="3d"]');
  await view.scrollIntoViewIfNeeded();
  await expect.poll(() => view.isVisible(), { timeout: 30_000 }).toBe(true);
  expect(await view.getAttribute('data-renderer')).toBe(renderer);
  await firstSight(p);
  // The renderer was told the canvas's size: the picture has the element's pixels (IHDR width, height).
  // Measured afresh on each try: the first-sight deposit and its description may still be settling
  // the layout, and a loaded machine takes a while to pass the new size to the render worker.
  const box = () => view.evaluate((c) => [Math.round(c.clientWidth * devicePixelRatio), Math.round(c.clientHeight * devicePixelRatio)]);
  expect((await box())[0]).toBeGreaterThan(300);
  await expect
    .poll(async () => { const png = await snapshotPng(p); const b = await box(); return png.readUInt32BE(16) === b[0] && png.readUInt32BE(20) === b[1]; }, { timeout: 15_000 })
    .toBe(true);
  const before = await snapshotPrint(p);
  await runBriefly(p, 'step');
  await expect.poll(() => snapshotPrint(p), { timeout: 30_000 }).not.toBe(before);
  expect(await readout(p, 'Simulated time')).not.toBe('—');
  expect(await p.locator('[data-testid="growth-description"]').innerText()).toMatch(/^After (plating [0-9.]+ mAh\/cm²|\d+ cycles?),/);
  expect(await p.locator('body').innerText()).not.toMatch(/NaN/);
  // Keyboard: the view takes focus, turns with the arrow keys and zooms with + and −. (Each
  // snapshot's click moves the focus to its button, so the view is focused again after it.)
  const still = await snapshotPrint(p);
  await view.focus();
  await p.keyboard.press('ArrowLeft');
  const turned = await snapshotPrint(p);
  expect(turned).not.toBe(still);
  await view.focus();
  await p.keyboard.press('+');
  expect(await snapshotPrint(p)).not.toBe(turned);
}

describe('growth simulation', () => {
  it('runs in WebGL, drawn in the render worker: the picture changes, readouts and description update, no console errors', async () => {
    const v = await visit(page);
    try {
      await runIn3d(v.page, 'worker');
      // The theme's colours reach the worker: the picture changes with the theme.
      const light = await snapshotPrint(v.page);
      await v.page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
      await expect.poll(() => snapshotPrint(v.page), { timeout: 10_000 }).not.toBe(light);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('draws on the page where a canvas cannot move to a worker, with the same behaviour', async () => {
    const v = await visit('about:blank');
    try {
      await v.page.addInitScript(() => {
        delete (HTMLCanvasElement.prototype as Partial<HTMLCanvasElement>).transferControlToOffscreen;
      });
      await v.page.goto(page, { waitUntil: 'load' });
      await runIn3d(v.page, 'page');
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('draws on the page when the render worker starts but gets no WebGL context', async () => {
    const v = await visit('about:blank');
    try {
      // Only the worker loses WebGL (as on browsers with OffscreenCanvas but no worker GPU
      // access): its script is served with getContext refusing WebGL in front of it.
      await v.page.route(/voxelScene\.worker\.[\w-]+\.js$/, async (route) => {
        const original = await route.fetch();
        const refuse =
          'const realGetContext = OffscreenCanvas.prototype.getContext;\n' +
          'OffscreenCanvas.prototype.getContext = function (kind, ...rest) {\n' +
          '  return /webgl/i.test(kind) ? null : realGetContext.call(this, kind, ...rest);\n' +
          '};\n';
        await route.fulfill({ response: original, body: refuse + (await original.text()) });
      });
      await v.page.goto(page, { waitUntil: 'load' });
      // The view is lazy: bring it on screen, then wait for the fresh canvas that replaces the
      // one handed to the failed worker.
      await v.page.locator('[data-testid="growth-description"]').scrollIntoViewIfNeeded();
      await v.page.locator('canvas[data-view="3d"][data-renderer="page"]').waitFor({ timeout: 30_000 });
      expect(v.requests.some((u) => /voxelScene\.worker/.test(u))).toBe(true); // the worker did start
      await runIn3d(v.page, 'page');
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('copies a link to the deposit that replays it, and explains a damaged one', async () => {
    const noWebgl = () => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
        if (kind === 'webgl' || kind === 'webgl2' || kind === 'experimental-webgl') return null;
        return (original as (...a: unknown[]) => unknown).call(this, kind, ...rest);
      } as typeof original;
    };
    const v = await visit('about:blank');
    try {
      await v.page.addInitScript(noWebgl);
      await v.page.goto(`${page}?preset=carbonate&seed=7`, { waitUntil: 'load' });
      await runBriefly(v.page, 'step');
      await v.page.getByRole('button', { name: 'Copy link to this deposit' }).click();
      const link = await v.page.getByLabel('Link to this deposit').inputValue();
      expect(link).toMatch(/[?&]log=p[0-9a-z]+/);
      const terms = ['Plated so far', 'Dead metal', 'Lost to SEI', 'Roughness', 'Tallest protrusion', 'Salt at the electrode'];
      const original = await Promise.all(terms.map((t) => readout(v.page, t)));
      const heights = await canvasPrint(v.page, 'canvas[data-view="2d"]');
      await v.page.goto(link, { waitUntil: 'load' });
      await v.page.locator('[data-testid="growth-description"]', { hasText: 'Replayed the deposit from the link.' }).waitFor({ timeout: 60_000 });
      expect(await Promise.all(terms.map((t) => readout(v.page, t)))).toEqual(original);
      await expect.poll(() => canvasPrint(v.page, 'canvas[data-view="2d"]'), { timeout: 10_000 }).toBe(heights);
      // A damaged log: a clear message, the settings kept, a bare electrode.
      await v.page.goto(`${page}?preset=carbonate&log=p1.%3Cscript%3E`, { waitUntil: 'load' });
      await expect.poll(() => v.page.locator('p.error[role="alert"]').innerText(), { timeout: 30_000 }).toMatch(/damaged: step 2 .* without its deposit\./);
      await v.page.locator('[data-testid="growth-description"]', { hasText: 'Bare electrode' }).waitFor({ timeout: 30_000 });
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
      // Reset starts over from a bare electrode, and says so.
      await v.page.getByRole('button', { name: 'Reset' }).click();
      await v.page.locator('[data-testid="growth-description"]', { hasText: 'Bare electrode' }).waitFor({ timeout: 30_000 });
      // three.js was never fetched.
      expect(v.requests.some((u) => /voxelScene|three/i.test(u))).toBe(false);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
