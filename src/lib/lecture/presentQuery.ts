/**
 * Lecture mode in the URL, so a lecturer can bookmark a chapter ready to present: `?present`
 * opens it on the title slide, `?present=N` on slide N (1-based, as the indicator counts).
 * The page keeps the number current with history.replaceState, so a reload stays on the slide.
 */
export const PRESENT_PARAM = 'present'; // one of SITE_PARAMS (src/lib/site/siteParams.ts)

/** The slide index (0-based) the URL asks for, or null when it does not ask for lecture mode. */
export function presentedSlide(search: string, count: number): number | null {
  const params = new URLSearchParams(search);
  if (!params.has(PRESENT_PARAM)) return null;
  const n = Number.parseInt(params.get(PRESENT_PARAM) ?? '', 10);
  if (!Number.isFinite(n)) return 0;
  return Math.min(Math.max(0, count - 1), Math.max(0, n - 1));
}

/**
 * The URL's search string with the presented slide set (index 0-based) or removed (null); every
 * other parameter (a calculator preset, ?theme=) is kept as it was.
 */
export function withPresentedSlide(search: string, index: number | null): string {
  const params = new URLSearchParams(search);
  if (index === null) params.delete(PRESENT_PARAM);
  else params.set(PRESENT_PARAM, String(index + 1));
  const s = params.toString();
  return s ? `?${s}` : '';
}
