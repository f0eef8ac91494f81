/**
 * Lighthouse gates (issue 10): which pages, and the scores they must reach. Mobile emulation with
 * Lighthouse's simulated throttling (its default), so the performance figures do not depend on how
 * busy the test machine is. Scores are 0–1 as Lighthouse reports them.
 */
export const lighthousePages = [
  { label: 'home page', path: '/' },
  { label: 'text-heavy chapter', path: '/chapters/sodium-potassium-air-and-outlook/' },
  { label: 'calculator-heavy chapter', path: '/chapters/from-lab-to-market/' },
  { label: 'simulation page', path: '/simulation/' },
  { label: 'quiz page', path: '/chapters/sei-design-principles/' },
] as const;

export const lighthouseGates = {
  accessibility: 1,
  'best-practices': 0.95,
  seo: 0.95,
  performance: 0.95,
  /** Cumulative layout shift, unitless. */
  cumulativeLayoutShift: 0.1,
  /** Total blocking time, ms (simulated on Lighthouse's mid-range phone). */
  totalBlockingTime_ms: 200,
} as const;
