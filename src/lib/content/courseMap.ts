/**
 * The planned chapters, in order, from shared/course-map.md. A chapter file must use one of these
 * slugs with its order and part, so chapters written by different people fit one sequence.
 */
export const plannedChapters = [
  { order: 1, part: 1, slug: 'why-alkali-metal-anodes' },
  { order: 2, part: 1, slug: 'how-metal-anodes-fail' },
  { order: 3, part: 1, slug: 'protection-strategies' },
  { order: 4, part: 1, slug: 'solid-state-metal-batteries' },
  { order: 5, part: 1, slug: 'metal-oxygen-batteries' },
  { order: 6, part: 1, slug: 'metal-sulfur-batteries' },
  { order: 7, part: 1, slug: 'from-lab-to-market' },
  { order: 8, part: 2, slug: 'triple-phase-interface' },
  { order: 9, part: 2, slug: 'electrolytes-for-metal-air' },
  { order: 10, part: 2, slug: 'anodes-and-separators-for-metal-air' },
  { order: 11, part: 2, slug: 'sodium-potassium-air-and-outlook' },
  { order: 12, part: 3, slug: 'why-sodium' },
  { order: 13, part: 3, slug: 'dendrites-and-sands-time' },
  { order: 14, part: 3, slug: 'electrolyte-design-for-sodium' },
  { order: 15, part: 3, slug: 'artificial-sei-and-sodium-full-cells' },
  { order: 16, part: 3, slug: 'sei-design-principles' },
] as const;
