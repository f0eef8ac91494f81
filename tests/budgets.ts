/**
 * Size budgets for the built site, gzip bytes, per page type. One place to read and change them;
 * tests/e2e/budgets.test.ts enforces them over dist/ (sizes, not timings, so they do not flake).
 * "Eager" JS is what a page runs as it loads (its scripts, its islands and their static imports);
 * "lazy" JS is what it may fetch later (three.js when the simulation scrolls into view, the growth
 * model's worker and the 3D view's render worker, workbox-window after the load event). Figures
 * measured on 2026-11-24 in comments.
 */
export const budgets = {
  /**
   * Scripts every page loads (theme, popover dismissal, offline registration): the site's shared
   * islands. A few hundred bytes; 4 kB leaves room for a search prefetch, not a framework.
   */
  sharedScripts_gzip: 4_000,
} as const;

export interface PageTypeBudget {
  type: string;
  /** Site paths of this type; the first type that matches a page is its type. */
  match: RegExp;
  html_gzip: number;
  /** Inline <style> (astro.config inlines every stylesheet) plus any linked sheet. */
  css_gzip: number;
  eagerJs_gzip: number;
  lazyJs_gzip: number;
}

export const pageTypeBudgets: readonly PageTypeBudget[] = [
  // 12.5 kB HTML, 6.7 kB CSS (mostly KaTeX's), 2.4 kB shared scripts, 2.2 kB workbox-window later.
  { type: 'home page', match: /^\/$/, html_gzip: 16_000, css_gzip: 9_000, eagerJs_gzip: 4_000, lazyJs_gzip: 4_000 },
  // Long chapters with KaTeX (HTML + MathML), SVG figures, a quiz, worked examples and five
  // problems with their solutions in the page: up to 77 kB HTML (chapters 2 and 16). Eager JS:
  // Svelte runtime, LayerCake + d3, the chapter's calculators and widgets (95 kB on chapter 4).
  // Lazy: three.js (~140 kB) and the growth worker where the simulation is embedded.
  { type: 'chapter', match: /^\/chapters\//, html_gzip: 90_000, css_gzip: 14_000, eagerJs_gzip: 110_000, lazyJs_gzip: 170_000 },
  // The calculators index holds all ten calculators: 80 kB eager JS.
  { type: 'calculators', match: /^\/calculators\//, html_gzip: 40_000, css_gzip: 10_000, eagerJs_gzip: 95_000, lazyJs_gzip: 4_000 },
  // The simulation's page: controls eager (49 kB), three.js, the model worker and the 3D view's
  // render worker (which shares the page's three.js chunk) lazy (148 kB).
  { type: 'simulation', match: /^\/simulation\/$/, html_gzip: 18_000, css_gzip: 10_000, eagerJs_gzip: 60_000, lazyJs_gzip: 170_000 },
  // A lab: the simulation (three.js and its workers lazy, as on /simulation/) and the checkpoints.
  { type: 'lab', match: /^\/labs\/[^/]+\/$/, html_gzip: 25_000, css_gzip: 10_000, eagerJs_gzip: 70_000, lazyJs_gzip: 170_000 },
  // One calculator or the simulation alone, for a lecturer's iframe: the widget's island only.
  { type: 'embed', match: /^\/embed\//, html_gzip: 30_000, css_gzip: 10_000, eagerJs_gzip: 60_000, lazyJs_gzip: 170_000 },
  // Print sheets, answer keys and projector decks; the deck is a Svelte island (44 kB).
  { type: 'instructors', match: /^\/instructors\//, html_gzip: 35_000, css_gzip: 10_000, eagerJs_gzip: 55_000, lazyJs_gzip: 4_000 },
  // The whole course on one page for printing (567 kB with the worked examples, problems and the
  // solutions appendix): widgets are static, so no island JS.
  { type: 'print book', match: /^\/print\/$/, html_gzip: 650_000, css_gzip: 20_000, eagerJs_gzip: 4_000, lazyJs_gzip: 4_000 },
  // Glossary, references, search, progress, review (its island carries every bank's questions
  // with their per-option explanations: 111 kB HTML after the December review rounds rewrote the
  // explanations, 51 kB JS), 404.
  { type: 'other page', match: /./, html_gzip: 125_000, css_gzip: 10_000, eagerJs_gzip: 65_000, lazyJs_gzip: 4_000 },
];

export function pageTypeOf(path: string): PageTypeBudget {
  return pageTypeBudgets.find((t) => t.match.test(path))!;
}
