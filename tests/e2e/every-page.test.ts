/**
 * Every page of the built site, as a reader meets it: it loads, nothing errors, math is typeset,
 * axe finds no WCAG 2.2 AA or best-practice violation in light or dark mode, and every internal
 * link and #anchor leads somewhere real.
 */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, THEME_RULES } from './support/axe';
import { visit } from './support/browser';
import { sitePages } from './support/site';

const pages = sitePages();
const site = inject('siteUrl');
const url = (path: string) => new URL(path.replace(/^\//, ''), site).href;

/** What each page links to and which ids it has, gathered while visiting. */
const linksFrom = new Map<string, string[]>();
const idsOn = new Map<string, Set<string>>();

// Pages are independent: crawl a few at a time (maxConcurrency in vitest.e2e.config.ts) so the
// browser's renderers keep both cores busy while axe runs.
describe.concurrent.each(pages)('page %s', (path) => {
  it('loads with HTTP 200, no console errors or failed requests, typeset math, and no axe violations in light or dark mode', async () => {
    const v = await visit(url(path), { colorScheme: 'light' });
    try {
      expect(v.status).toBe(200);
      const text = await v.page.locator('body').innerText();
      // Unrendered TeX would show its delimiters or commands as text.
      expect(text).not.toMatch(/\$\$|\\frac|\\mathrm|\\text\{/);
      expect(await v.page.locator('.katex-error').count()).toBe(0);
      const { links, ids } = await v.page.evaluate(() => ({
        links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
        ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      }));
      linksFrom.set(path, links);
      idsOn.set(new URL(url(path)).pathname, new Set(ids));
      expect(await v.page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      expect(await axeViolations(v.page), 'axe, light mode').toEqual([]);

      // Judge the load once its requests have finished; a second visit (not a reload, which would
      // abort requests still in flight, such as a worker script, and report a failure no reader meets).
      await v.page.waitForLoadState('networkidle');
      expect(v.problems, 'light mode load').toEqual([]);
    } finally {
      await v.close();
    }

    // Dark mode as a returning reader who chose it gets it: the stored choice applied before paint.
    const dark = await visit(url(path), { colorScheme: 'light', storage: { 'ama-theme': 'dark' } });
    try {
      expect(dark.status).toBe(200);
      expect(await dark.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      // Only the colour rules: everything else was checked in light mode and does not depend on the theme.
      expect(await axeViolations(dark.page, THEME_RULES), 'axe, dark mode').toEqual([]);
      await dark.page.waitForLoadState('networkidle');
      expect(dark.problems, 'dark mode load').toEqual([]);
    } finally {
      await dark.close();
    }
  });
});

describe('internal links', () => {
  it('every internal link returns 200 and every #anchor exists on its target page', async () => {
    expect(linksFrom.size).toBe(pages.length);
    const origin = new URL(site).origin;
    const broken: string[] = [];
    const checked = new Map<string, number>();
    for (const [from, links] of linksFrom) {
      for (const href of links) {
        const target = new URL(href);
        if (target.origin !== origin) continue;
        const key = target.pathname + target.search;
        if (!checked.has(key)) checked.set(key, (await fetch(new URL(key, origin))).status);
        if (checked.get(key) !== 200) broken.push(`${from} → ${href} (HTTP ${checked.get(key)})`);
        const anchor = decodeURIComponent(target.hash.slice(1));
        if (anchor && !idsOn.get(target.pathname)?.has(anchor)) broken.push(`${from} → ${href} (no #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });
});
