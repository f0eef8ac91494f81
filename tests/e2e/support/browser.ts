/**
 * Opens pages in the shared Chromium (started by globalSetup) and records what a person would
 * notice going wrong: console errors, uncaught exceptions, failed or 4xx/5xx requests.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

let browser: Promise<Browser> | undefined;

export function sharedBrowser(): Promise<Browser> {
  browser ??= chromium.connect(inject('wsEndpoint'));
  return browser;
}

export interface VisitOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  /** localStorage entries present before any page script runs (a returning reader's choices). */
  storage?: Record<string, string>;
  /** false: the page finds no WebGL, as on a machine without it. */
  webgl?: boolean;
  /**
   * 'allow' lets the course's service worker install (offline tests). Blocked otherwise: every
   * context is a first visit, and each would download the whole offline cache in the background.
   */
  serviceWorkers?: 'allow' | 'block';
}

export interface Visit {
  page: Page;
  context: BrowserContext;
  status: number | undefined;
  /** Console errors, page errors and failed requests, in the order they happened. */
  problems: string[];
  /** Every URL the page requested, from the first navigation on. */
  requests: string[];
  close(): Promise<void>;
}

export async function visit(url: string, options: VisitOptions = {}): Promise<Visit> {
  const b = await sharedBrowser();
  const context = await b.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  if (options.storage) {
    await context.addInitScript((entries) => {
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
    }, options.storage);
  }
  if (options.webgl === false) {
    await context.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
        if (kind === 'webgl' || kind === 'webgl2' || kind === 'experimental-webgl') return null;
        return (original as (...a: unknown[]) => unknown).call(this, kind, ...rest);
      } as typeof original;
    });
  }
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => {
    // Chromium fetches the tab's icon after load and cancels it when the test navigates on at
    // once (seen on a loaded CI machine): a cancelled icon fetch is not something a student meets.
    if (r.failure()?.errorText === 'net::ERR_ABORTED' && new URL(r.url()).pathname.endsWith('/favicon.svg')) return;
    problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url() !== url) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    context,
    status: response?.status(),
    problems,
    requests,
    close: () => context.close(),
  };
}
