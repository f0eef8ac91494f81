/**
 * Every page of the built site, as a reader meets it: it loads, nothing errors, math is typeset,
 * axe finds no WCAG 2.2 AA or best-practice violation in light or dark mode, chapters fit a 360 px
 * phone, and every internal link and #anchor leads somewhere real. On the sampled chapters the same
 * visit then reads the layout by keyboard and in print (support/chapterFrame.ts), so no other file
 * loads those pages again for it.
 */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, THEME_RULES } from './support/axe';
import { visit } from './support/browser';
import { checkChapterFrame, LAYOUT_SAMPLE } from './support/chapterFrame';
import { sitePages } from './support/site';

const pages = sitePages();

/**
 * The instructors' per-bank pages (print sheet, answer key, projector mode) and per-chapter problem
 * and solutions sheets are one template each,
 * filled from a bank. Every one of them is loaded, checked for errors and link targets here and
 * validated as HTML (html-validity.test.ts); axe runs on the pages of one bank, which exercise
 * every question type, so the crawl stays within the test budget.
 */
const TEMPLATE_PAGE = /^\/instructors\/(sheets|present|problems)\/(?!sei-design-principles\/)/;
const axeChecked = (path: string) => !TEMPLATE_PAGE.test(path);
const site = inject('siteUrl');
const url = (path: string) => new URL(path.replace(/^\//, ''), site).href;

/** What each page links to and which ids it has, gathered while visiting. */
const linksFrom = new Map<string, string[]>();
const idsOn = new Map<string, Set<string>>();

// Pages are independent: crawl a few at a time (maxConcurrency in vitest.e2e.config.ts) so the
// browser's renderers keep both cores busy while axe runs.
describe.concurrent.each(pages)('page %s', (path) => {
  const title = LAYOUT_SAMPLE.includes(path)
    ? 'loads cleanly (HTTP 200, no errors, typeset math, axe in light and dark mode), then reads by keyboard and prints without the chrome'
    : 'loads with HTTP 200, no console errors or failed requests, typeset math, and no axe violations in light or dark mode';
  it(title, async () => {
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
      if (axeChecked(path)) expect(await axeViolations(v.page), 'axe, light mode').toEqual([]);

      // Judge the load once its requests have finished.
      await v.page.waitForLoadState('networkidle');
      expect(v.problems, 'light mode load').toEqual([]);

      // A chapter fits a 360 px phone without sideways scrolling (its own tables, formulas and
      // figures decide that); the same visit, narrowed.
      if (path.startsWith('/chapters/')) {
        await v.page.setViewportSize({ width: 360, height: 740 });
        const overflow = await v.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'sideways overflow at 360 px').toBeLessThanOrEqual(0);
        // Figure labels stay legible on the phone: a drawing too wide for it keeps its width and
        // scrolls in its own region (Figure's readableWidth) rather than shrinking its text.
        const smallest = await v.page.evaluate(() => {
          let px = Infinity;
          let figure = '';
          for (const label of document.querySelectorAll<SVGTextElement>('figure svg text')) {
            const ctm = label.checkVisibility() ? label.getScreenCTM() : null;
            if (!ctm) continue;
            const size = parseFloat(getComputedStyle(label).fontSize) * Math.hypot(ctm.a, ctm.b);
            if (size < px) [px, figure] = [size, label.closest('figure')?.id ?? ''];
          }
          return { px, figure };
        });
        expect(smallest.px, `smallest figure label at 360 px, in ${smallest.figure}`).toBeGreaterThanOrEqual(9.5);
        await v.page.setViewportSize({ width: 1280, height: 900 });
      }
      if (!axeChecked(path)) return;

      // Dark mode, switched as the theme toggle does (the stored choice applied before first paint
      // is theme.test.ts's job): only the colour rules, since nothing else depends on the theme.
      await v.page.evaluate(() => {
        document.documentElement.dataset.theme = 'dark';
      });
      expect(await axeViolations(v.page, THEME_RULES), 'axe, dark mode').toEqual([]);
      expect(v.problems, 'after switching to dark mode').toEqual([]);

      // The layout by keyboard and in print, on one chapter of each part (last: it moves focus).
      if (LAYOUT_SAMPLE.includes(path)) await checkChapterFrame(v);
    } finally {
      await v.close();
    }
    // /print/ is the whole course on one page: axe over it alone took over 120 s on a 2-core
    // machine with load 25 (other jobs), so it gets room to grow with the chapters.
  }, path === '/print/' ? 300_000 : undefined);
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
