/**
 * Query parameters every page understands, whatever widget it holds: `theme` (light, dark or
 * projector, read before first paint by src/scripts/theme-init.js) and `present` (lecture mode,
 * src/lib/lecture/presentQuery.ts). A widget that checks its own parameters and reports unknown
 * ones (the simulation) leaves these alone, or a lecture link would show a student an error.
 */
export const SITE_PARAMS: ReadonlySet<string> = new Set(['theme', 'present']);
