/**
 * Size budgets for the built site, gzip bytes. One place to read and change them; the test in
 * tests/e2e/budgets.test.ts enforces them over dist/.
 */
export const budgets = {
  /**
   * Scripts every page loads (theme switch, popover dismissal): the site's shared islands.
   * They are a few hundred bytes; 4 kB leaves room for a search prefetch, not a framework.
   */
  sharedScripts_gzip: 4_000,
  /**
   * All CSS a page loads, inlined in its <style> elements (no render-blocking stylesheet requests:
   * Lighthouse's first paint on a slow phone improved by ~0.8 s on the calculator-heavy chapter).
   * KaTeX's stylesheet is most of it (~6 kB gzip); ours is the rest.
   */
  css_gzip: 20_000,
  /** A chapter's HTML. Long chapters with KaTeX (HTML + MathML) are large but compress well. */
  chapterHtml_gzip: 90_000,
  /**
   * All JavaScript the islands of one page load when they hydrate (component, renderer and their
   * static imports), shared modules counted once. The calculators index, with all ten calculators,
   * is the heaviest: Svelte runtime ~20 kB, LayerCake + d3-scale ~17 kB, the ten calculators and
   * their form/chart parts the rest (~77 kB measured). three.js must never be in here: it loads
   * through a dynamic import when the simulation scrolls into view.
   */
  widgetPageIslandScripts_gzip: 100_000,
} as const;
