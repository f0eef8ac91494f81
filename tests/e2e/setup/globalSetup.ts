/**
 * Serves the built site(s) with Astro's own preview server on free 127.0.0.1 ports and starts one
 * Debian Chromium for every browser test file (they connect over its WebSocket endpoint).
 *
 * - dist/          the site as deployed at the domain root
 * - dist-subpath/  the same site built with BASE_PATH=/courses/anodes/ (npm run build:subpath)
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';
import { SUBPATH } from '../support/site';
import { freePort } from '../support/freePort';

const root = resolve(import.meta.dirname, '../../..');

async function serve(outDir: string, base: string) {
  if (!existsSync(join(root, outDir, 'index.html'))) {
    throw new Error(`${outDir}/ is missing: run "npm run build" (npm test does) before the browser tests.`);
  }
  const port = await freePort();
  const server = await preview({
    root,
    outDir: join(root, outDir),
    base,
    logLevel: 'error',
    server: { host: '127.0.0.1', port },
  });
  return { server, url: `http://127.0.0.1:${server.port}${base}` };
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    subpathUrl: string;
    wsEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: install Debian's chromium (apt-get install -y chromium).`);
  }
  const site = await serve('dist', '/');
  const sub = await serve('dist-subpath', SUBPATH);
  // Chromium's profile goes to a fresh folder inside the repo's ignored .tmp/, removed afterwards.
  const profileRoot = join(root, '.tmp', `chromium-${process.pid}`);
  mkdirSync(profileRoot, { recursive: true });
  const previousTmp = process.env.TMPDIR;
  process.env.TMPDIR = profileRoot;
  const browser = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  // Assigning undefined would store the string "undefined" (a relative folder) for the workers.
  if (previousTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previousTmp;

  project.provide('siteUrl', site.url);
  project.provide('subpathUrl', sub.url);
  project.provide('wsEndpoint', browser.wsEndpoint());

  return async () => {
    await browser.close();
    await site.server.stop();
    await sub.server.stop();
    rmSync(profileRoot, { recursive: true, force: true });
  };
}
