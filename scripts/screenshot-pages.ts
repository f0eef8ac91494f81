/**
 * Screenshots built pages, to show a refactor changed no pixel. Not part of `npm test`.
 *
 *   npm run build
 *   node --experimental-strip-types --no-warnings scripts/screenshot-pages.ts shoot .tmp/shots-before [path …]
 *   … change the code, npm run build again …
 *   node --experimental-strip-types --no-warnings scripts/screenshot-pages.ts shoot .tmp/shots-after [path …]
 *   node --experimental-strip-types --no-warnings scripts/screenshot-pages.ts compare .tmp/shots-before .tmp/shots-after
 *
 * `shoot` serves dist/ with `npx astro preview` and takes a full-page PNG of each path (default:
 * every chapter, every calculator page, the simulation, review, the lecturers' page and one
 * projector deck, and the home page) at
 * 1280 and 390 px wide in Debian's Chromium. `compare` decodes the PNGs (sharp, which Astro
 * already installs) and counts differing pixels; it exits 1 if any page differs. Take two runs
 * of each side when a page differs (see compare()).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { freePort } from '../tests/e2e/support/freePort.ts';

const root = resolve(import.meta.dirname, '..');
const WIDTHS = [1280, 390];
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function defaultPaths(): string[] {
  const dist = join(root, 'dist');
  const under = (dir: string) =>
    existsSync(join(dist, dir))
      ? readdirSync(join(dist, dir), { withFileTypes: true })
          .filter((e) => e.isDirectory() && existsSync(join(dist, dir, e.name, 'index.html')))
          .map((e) => `/${dir}/${e.name}/`)
          .sort()
      : [];
  const present = under('instructors/present').slice(0, 1);
  return ['/', '/calculators/', ...under('calculators'), ...under('chapters'), '/instructors/', ...present, '/review/', '/simulation/'];
}

async function waitForServer(url: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`preview server at ${url} did not answer`);
}

async function shoot(outDir: string, paths: string[]) {
  if (!existsSync(join(root, 'dist', 'index.html'))) throw new Error('dist/ is missing: run npm run build first');
  mkdirSync(outDir, { recursive: true });
  const port = await freePort();
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(base + '/');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS, headless: true });
    try {
      for (const path of paths) {
        for (const width of WIDTHS) {
          // No service worker: its "ready offline" note would appear at a time of its own choosing.
          const context = await browser.newContext({
            viewport: { width, height: 900 },
            reducedMotion: 'reduce',
            serviceWorkers: 'block',
          });
          const page = await context.newPage();
          await page.goto(base + path, { waitUntil: 'networkidle' });
          // Scroll through so every client:visible island hydrates, then back to the top.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0; y < height; y += 700) {
            await page.evaluate((top) => window.scrollTo(0, top), y);
            await page.waitForTimeout(30);
          }
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.waitForLoadState('networkidle');
          await page.evaluate(() => document.fonts.ready);
          await page.waitForTimeout(300);
          const name = `${path.replace(/^\/|\/$/g, '').replace(/\//g, '__') || 'home'}@${width}.png`;
          await page.screenshot({ path: join(outDir, name), fullPage: true, animations: 'disabled' });
          await context.close();
          console.log(`shot ${name}`);
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

/** Differing pixels between two PNGs of the same size, or null when their sizes differ. */
async function pixelDiff(x: Buffer, y: Buffer): Promise<number | null> {
  if (x.equals(y)) return 0;
  const [px, py] = await Promise.all([x, y].map((buf) => sharp(buf).ensureAlpha().raw().toBuffer({ resolveWithObject: true })));
  if (px.info.width !== py.info.width || px.info.height !== py.info.height) return null;
  let diff = 0;
  for (let i = 0; i < px.data.length; i += 4) if (px.data.readUInt32LE(i) !== py.data.readUInt32LE(i)) diff++;
  return diff;
}

/**
 * Each side may be several runs (comma-separated folders): a page counts as unchanged when some
 * run before and some run after are pixel-identical. Chromium occasionally rasterises a dotted
 * underline on a long page differently from one run to the next; a second run of each side tells
 * that noise from a change, which differs in every pairing.
 */
async function compare(before: string[], after: string[]) {
  // The pages shot after the change (a subset is fine); each must have a shot from before.
  const names = [...new Set(after.flatMap((d) => readdirSync(d)))].filter((n) => n.endsWith('.png')).sort();
  let bad = 0;
  let same = 0;
  for (const name of names) {
    const xs = before.filter((d) => existsSync(join(d, name))).map((d) => readFileSync(join(d, name)));
    const ys = after.filter((d) => existsSync(join(d, name))).map((d) => readFileSync(join(d, name)));
    if (!xs.length || !ys.length) {
      console.log(`MISSING ${name}`);
      bad++;
      continue;
    }
    let best: number | null = null;
    for (const x of xs) for (const y of ys) {
      const d = await pixelDiff(x, y);
      if (d !== null && (best === null || d < best)) best = d;
    }
    if (best === 0) same++;
    else {
      console.log(best === null ? `SIZE ${name}: differs in every pairing` : `PIXELS ${name}: ${best} differ (fewest over the pairings)`);
      bad++;
    }
  }
  const summary = `${same} identical, ${bad} different, of ${names.length}`;
  console.log(summary);
  process.exitCode = bad ? 1 : 0;
}

const [command, dir, ...rest] = process.argv.slice(2);
if (command === 'shoot' && dir) await shoot(resolve(dir), rest.length ? rest : defaultPaths());
else if (command === 'compare' && dir && rest[0]) await compare(dir.split(',').map((d) => resolve(d)), rest[0].split(',').map((d) => resolve(d)));
else {
  console.error('usage: screenshot-pages.ts shoot OUTDIR [path …] | compare BEFORE[,BEFORE2…] AFTER[,AFTER2…]');
  process.exitCode = 2;
}
