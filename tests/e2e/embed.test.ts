/**
 * Lecturers embed a calculator or the simulation in their own LMS page. Served as a static host
 * serves the site (its `_headers`), from an LMS page on another origin: /embed/ pages load in an
 * iframe and keep their URL presets; every other page refuses to be framed. The "Embed" button
 * gives the iframe code with the site's address and the current presets.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedBrowser, visit } from './support/browser';
import { startCompressedHost } from './support/compressedHost';
import { DIST } from './support/site';

let course: { url: string; close(): Promise<void> };
let lms: Server;
let lmsUrl = '';

beforeAll(async () => {
  course = await startCompressedHost(DIST);
  // "localhost" and "127.0.0.1" are different origins: the LMS page is cross-origin to the course.
  lms = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://lms').searchParams.get('src') ?? '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>LMS</title><iframe id="frame" title="course" src="${src}" width="900" height="700"></iframe></html>`);
  });
  await new Promise<void>((ok) => lms.listen(0, 'localhost', ok));
  lmsUrl = `http://localhost:${(lms.address() as { port: number }).port}/`;
});

afterAll(async () => {
  await course.close();
  await new Promise<void>((ok) => lms.close(() => ok()));
});

async function framed(path: string) {
  const b = await sharedBrowser();
  const context = await b.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const src = new URL(path, course.url).href;
  await page.goto(`${lmsUrl}?src=${encodeURIComponent(src)}`, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  return { page, context, frame };
}

describe('embedding', () => {
  it('serves /embed/ pages framable by any origin and every other page unframable', async () => {
    const embed = await fetch(new URL('embed/calculators/cycle-life/', course.url));
    expect(embed.headers.get('content-security-policy')).toBe('frame-ancestors *');
    expect(embed.headers.get('x-frame-options')).toBeNull();
    for (const path of ['', 'chapters/why-sodium/', 'progress/', 'calculators/cycle-life/']) {
      const r = await fetch(new URL(path, course.url));
      expect(r.headers.get('content-security-policy'), path).toBe("frame-ancestors 'none'");
      expect(r.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('a calculator runs in an iframe on another origin, with its URL preset', async () => {
    const { context, frame } = await framed('embed/calculators/cycle-life/?cycle-life.excess=0');
    try {
      expect(frame).toBeDefined();
      await frame!.waitForSelector('.calculator-card astro-island:not([ssr])');
      expect(await frame!.locator('h1').innerText()).toMatch(/from the course Alkali-Metal Anodes/);
      // The preset reached the calculator: excess metal 0 % of the cathode capacity.
      await expect.poll(() => frame!.getByLabel(/Excess metal/).first().inputValue()).toBe('0');
      expect(await frame!.locator('.site-header').count()).toBe(0);
      expect(await frame!.locator('body').innerText()).not.toMatch(/NaN|undefined/);
    } finally {
      await context.close();
    }
  });

  it('the simulation runs in an iframe on another origin', async () => {
    const { context, frame } = await framed('embed/simulation/?preset=mosaic-sei');
    try {
      await frame!.waitForSelector('astro-island:not([ssr])');
      expect(await frame!.getByRole('button', { name: /plate/i }).count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('a chapter refuses to be framed', async () => {
    const { context, frame } = await framed('chapters/why-sodium/');
    try {
      // Chromium replaces a refused frame with its own error page: none of the chapter arrives.
      const text = frame ? await frame.locator('body').innerText().catch(() => '') : '';
      expect(text).not.toMatch(/Why sodium/);
      expect(await frame?.locator('article').count().catch(() => 0)).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('the Embed button gives the iframe code with the site address and the current presets', async () => {
    const v = await visit(new URL('calculators/cycle-life/?cycle-life.excess=0', course.url).href);
    try {
      const details = v.page.locator('details.embed-code');
      await details.locator('summary').focus();
      await v.page.keyboard.press('Enter');
      const code = await details.locator('code').innerText();
      expect(code).toContain(`src="${new URL('embed/calculators/cycle-life/?cycle-life.excess=0', course.url).href}"`);
      expect(code).toMatch(/title="[^"]+"/);
    } finally {
      await v.close();
    }
  });
});
