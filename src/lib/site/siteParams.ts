/**
 * Query parameters every page understands, whatever widget it holds: `theme` (light, dark or
 * projector, read before first paint by src/scripts/theme-init.js) and `present` (lecture mode,
 * src/lib/lecture/presentQuery.ts). A widget that checks its own parameters and reports unknown
 * ones (the simulation) leaves these alone, or a lecture link would show a student an error.
 */
export const SITE_PARAMS: ReadonlySet<string> = new Set(['theme', 'present']);

/** A shared quiz's question order (components/quiz/Quiz.svelte). */
export const QUIZ_SEED_PARAM = 'quiz-seed';

/** `quiz-mode=exam`: one try per question, feedback and score only at the end (Quiz.svelte). */
export const QUIZ_MODE_PARAM = 'quiz-mode';

/**
 * Whether a query parameter belongs to the page or to another widget on it: the site's own,
 * the quiz seed and mode, or a calculator preset, which is always namespaced `<calculator id>.<input>`
 * (src/lib/calculators/urlPreset.ts). A chapter link carrying a calculator preset must not make
 * the simulation on the same page report an unknown parameter.
 */
export function belongsElsewhere(key: string): boolean {
  return SITE_PARAMS.has(key) || key === QUIZ_SEED_PARAM || key === QUIZ_MODE_PARAM || key.includes('.');
}
