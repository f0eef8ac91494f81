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
