import type { ReviewId } from '../content/schemas';

/**
 * A number the course states because a review states it (not one the physics library computes).
 * `evidence` is a short fragment copied exactly from the review's text in shared/seeds, containing
 * the number; tests/unit/facts check that it is there and that `value` matches it. The fragment is
 * a few words of evidence for the test, never shown to readers.
 */
export interface ReviewFact {
  value: number;
  /** Unit as shown to readers, e.g. "Wh/kg", "mAh/g", "°C"; empty for a pure number. */
  unit: string;
  /** True where the review gives the value as approximate ("~", "about"). */
  approx?: boolean;
  /** Bound where the review gives one ("<", ">"). */
  bound?: '<' | '>' | '≤' | '≥';
  review: ReviewId;
  /** Section heading of the review where the number appears. */
  section: string;
  /** The review's reference number when the number is the review citing a primary work. */
  ref?: number;
  evidence: string;
}

/** Declares a chapter's facts with their types checked and their keys kept literal. */
export function defineFacts<T extends Record<string, ReviewFact>>(facts: T): T {
  return facts;
}
