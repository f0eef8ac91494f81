/**
 * Lecture mode's keys. Presenter clickers send PageDown/PageUp (some send arrows, or N/P); Space
 * and the arrows are what a lecturer reaches for on a laptop. Pure, so the mapping is tested
 * without a browser; src/scripts/lecture.ts decides when a key belongs to a widget instead.
 */
export type LectureAction = 'next' | 'previous' | 'first' | 'last' | 'exit';

const ACTIONS: Record<string, LectureAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  n: 'next',
  N: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  p: 'previous',
  P: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
};

/** The action for a key press, or null when lecture mode leaves the key alone. */
export function lectureAction(key: string, shiftKey = false): LectureAction | null {
  // Shift+Space goes back, as it scrolls back on a normal page.
  if (key === ' ' && shiftKey) return 'previous';
  return Object.hasOwn(ACTIONS, key) ? ACTIONS[key] : null;
}

/** The slide index after an action, kept within 0…count−1. */
export function stepSlide(action: Exclude<LectureAction, 'exit'>, current: number, count: number): number {
  const last = Math.max(0, count - 1);
  const to = action === 'next' ? current + 1 : action === 'previous' ? current - 1 : action === 'first' ? 0 : last;
  return Math.min(last, Math.max(0, to));
}

/** Keys that page through a document: on a slide taller than the screen they scroll it first. */
const PAGING_KEYS: ReadonlySet<string> = new Set(['PageDown', 'PageUp', ' ', 'ArrowDown', 'ArrowUp']);

/** How far one paging key scrolls a tall slide: most of a screen, so a line of context stays. */
const PAGE_FRACTION = 0.85;

export interface PageScroll {
  /** Scroll offset, px. */
  top: number;
  /** Visible height, px. */
  viewport: number;
  /** Height of the whole slide page, px. */
  height: number;
}

/**
 * Where a slide taller than the screen should scroll to for this key, or null to change slide.
 * A clicker's Page Down first shows the rest of the slide (a widget low on it, say), then moves
 * on; Page Up scrolls back to the slide's top before going back. Left and right arrows, N and P
 * always change slide, so a lecturer can skip the rest of a long one.
 */
export function scrollWithinSlide(key: string, action: LectureAction, page: PageScroll): number | null {
  if (!PAGING_KEYS.has(key) || (action !== 'next' && action !== 'previous')) return null;
  const bottom = Math.max(0, page.height - page.viewport);
  const step = Math.max(1, Math.round(page.viewport * PAGE_FRACTION));
  // A pixel of slack: scroll offsets can be fractional on zoomed pages.
  if (action === 'next' && page.top < bottom - 1) return Math.min(bottom, page.top + step);
  if (action === 'previous' && page.top > 1) return Math.max(0, page.top - step);
  return null;
}
