/**
 * End-of-chapter problems as data: a statement, a worked solution and (where the answer is a
 * number) a `solve` that computes every number the solution prints, from the physics library and
 * the facts files. Keeping the solution path executable is what lets the tests solve every
 * problem from its own steps and grade the result with the quiz engine's grader.
 */
import type { Tolerance } from '../quiz/bankSchema';
import type { ReviewFact } from '../facts/types';
import type { ReviewId } from '../content/schemas';
import type { FormatOptions } from '../format/formatNumber';

export type ProblemKind = 'calculation' | 'estimation' | 'design' | 'critical-reading';

export const PROBLEM_KIND_LABELS: Record<ProblemKind, string> = {
  calculation: 'Calculation',
  estimation: 'Estimation',
  design: 'Design',
  'critical-reading': 'Critical reading',
};

/** Drawn numbers: `{ min, max, step }` is an inclusive grid; an array is a list to pick from. */
export type ParamRange = { min: number; max: number; step: number } | readonly number[];

export type Params = Record<string, number>;
export type Solved = Record<string, number> & { answer: number };

/** A work the problem rests on: a review, and the review's reference number where it cites one. */
export interface ProblemSource {
  review: ReviewId;
  ref?: number;
}

export interface NumericPart<P extends Params, S extends Solved> {
  /** Every number the solution prints, and `answer` in `unit`. */
  solve(p: P): S;
  unit: string;
  tolerance: Tolerance;
  /** How the solution and feedback print the answer (default: 3 significant figures). */
  display?: FormatOptions;
  /** Values that reveal a known slip (a missing factor, a unit error), with what went wrong. */
  mistakes?(p: P, s: S): { value: number; explanation: string }[];
}

/**
 * One problem. Text fields are "rich text": plain prose with $…$ for KaTeX and **bold**; see
 * richText.ts. Numbers in the text must come from `p`, `s`, the physics library or a fact.
 */
export interface ProblemDefinition<P extends Params = Params, S extends Solved = Solved> {
  title: string;
  kind: ProblemKind;
  /** Difficulty in marks, one to three. */
  marks: 1 | 2 | 3;
  /** Seeded ranges for the numbers that change from draw to draw. */
  draw?: { [K in keyof P]: ParamRange };
  statement(p: P): string;
  /** Shown after a wrong try (numeric) or on request (other kinds). */
  hint: string;
  numeric?: NumericPart<P, S>;
  /** The worked solution, one step per entry; the last step checks the answer for plausibility. */
  solution(p: P, s: S): string[];
  /** Facts the problem uses (cited after the statement). */
  facts?: readonly ReviewFact[];
  sources?: readonly ProblemSource[];
}

export interface ProblemSet {
  chapter: string;
  problems: Record<string, ProblemDefinition<any, any>>;
}

/** A problem as one seed draws it, ready to render. */
export interface ProblemInstance {
  chapter: string;
  id: string;
  title: string;
  kind: ProblemKind;
  marks: 1 | 2 | 3;
  params: Params;
  statement: string;
  hint: string;
  solution: string[];
  numeric?: {
    answer: number;
    answerText: string;
    unit: string;
    tolerance: Tolerance;
    mistakes: { value: number; explanation: string }[];
  };
  sources: ProblemSource[];
}
