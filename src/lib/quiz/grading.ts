/**
 * Pure grading: a question instance and a response in, a score in [0, 1] out. The partial-credit
 * rules are stated in PARTIAL_CREDIT_RULES, which the quiz shows next to each question type.
 */
import { parseNumericAnswer } from './numericAnswer';
import type { Grade, InvalidResponse, NumericInstance, QuestionInstance, QuestionResponse, Verdict } from './types';
import type { Tolerance } from './bankSchema';

/** The rule for each type, in the words students read. */
export const PARTIAL_CREDIT_RULES = {
  single: 'One point for the right option.',
  multiple:
    'Each right option you tick earns an equal share of the point; each wrong option you tick cancels one share. The score never goes below zero.',
  numeric: 'One point when your number is within the stated tolerance of the computed answer.',
  ordering: 'Credit for every pair of items that are in the right order relative to each other.',
  matching: 'An equal share of the point for each correct match.',
  scenario: 'An equal share of the point for each step where you chose the best option.',
} as const;

// Floating-point sums of shares (1/3 + 1/3 + 1/3) must still count as full marks.
const EPSILON = 1e-9;

export function verdictOf(score: number): Verdict {
  if (score >= 1 - EPSILON) return 'correct';
  return score > EPSILON ? 'partial' : 'wrong';
}

function grade(score: number, parts: Record<string, boolean>, extra: Partial<Grade> = {}): Grade {
  const clamped = Math.min(1, Math.max(0, score));
  const rounded = verdictOf(clamped) === 'correct' ? 1 : verdictOf(clamped) === 'wrong' ? 0 : clamped;
  return { score: rounded, verdict: verdictOf(clamped), parts, ...extra };
}

export function withinTolerance(value: number, answer: number, tolerance: Tolerance): boolean {
  const allowed = 'relative' in tolerance ? tolerance.relative * Math.abs(answer) : tolerance.absolute;
  // A hair of slack so an answer typed exactly at the edge (e.g. the rounded answer) still counts.
  return Math.abs(value - answer) <= allowed * (1 + EPSILON) + EPSILON * Math.abs(answer);
}

/** The tolerance in words, for the prompt: "within 2 %" or "within ±0.5 µm". */
export function describeTolerance(tolerance: Tolerance, unit: string): string {
  if ('relative' in tolerance) return `within ${+(tolerance.relative * 100).toPrecision(3)} %`;
  return `within ±${tolerance.absolute}${unit ? ` ${unit}` : ''}`;
}

/** Grades a typed number against a numeric instance (also used by chapter problems). */
export function gradeNumeric(q: NumericInstance, text: string): Grade | InvalidResponse {
  const parsed = parseNumericAnswer(text, q.unit);
  if (!parsed.ok) return { invalid: true, message: parsed.message };
  const right = withinTolerance(parsed.value, q.answer, q.tolerance);
  const mistake = right ? undefined : q.mistakes.find((m) => withinTolerance(parsed.value, m.value, q.tolerance))?.explanation;
  return grade(right ? 1 : 0, { answer: right }, { value: parsed.value, ...(mistake ? { mistake } : {}) });
}

/** Fraction of item pairs whose relative order matches the correct order. */
export function orderedPairFraction(order: readonly string[], correct: readonly string[]): number {
  const rank = new Map(correct.map((id, i) => [id, i]));
  let right = 0;
  let total = 0;
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j < order.length; j++) {
      total++;
      if ((rank.get(order[i]) ?? -1) < (rank.get(order[j]) ?? -1)) right++;
    }
  }
  return total === 0 ? 0 : right / total;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && new Set(a).size === a.length && a.every((x) => b.includes(x));
}

/**
 * Grades one response. Returns InvalidResponse only for unreadable numeric input; a response of
 * the wrong type or naming unknown ids is a programming error and throws.
 */
export function gradeQuestion(q: QuestionInstance, r: QuestionResponse): Grade | InvalidResponse {
  if (q.type !== r.type) throw new TypeError(`response of type ${r.type} for a ${q.type} question`);
  switch (q.type) {
    case 'single': {
      const { optionId } = r as Extract<QuestionResponse, { type: 'single' }>;
      const chosen = q.options.find((o) => o.id === optionId);
      if (!chosen) throw new RangeError(`unknown option "${optionId}"`);
      return grade(chosen.correct ? 1 : 0, { [optionId]: chosen.correct });
    }
    case 'multiple': {
      const { optionIds } = r as Extract<QuestionResponse, { type: 'multiple' }>;
      const chosen = new Set(optionIds);
      for (const id of chosen) if (!q.options.some((o) => o.id === id)) throw new RangeError(`unknown option "${id}"`);
      const correct = q.options.filter((o) => o.correct);
      const rightTicks = correct.filter((o) => chosen.has(o.id)).length;
      const wrongTicks = q.options.filter((o) => !o.correct && chosen.has(o.id)).length;
      // An option is "right" when its state (ticked or not) matches the key.
      const parts = Object.fromEntries(q.options.map((o) => [o.id, chosen.has(o.id) === o.correct]));
      return grade((rightTicks - wrongTicks) / correct.length, parts);
    }
    case 'numeric':
      return gradeNumeric(q, (r as Extract<QuestionResponse, { type: 'numeric' }>).text);
    case 'ordering': {
      const { order } = r as Extract<QuestionResponse, { type: 'ordering' }>;
      if (!sameSet(order, q.correctOrder)) throw new RangeError('the order must list every item once');
      const parts = Object.fromEntries(order.map((id, i) => [id, q.correctOrder[i] === id]));
      return grade(orderedPairFraction(order, q.correctOrder), parts);
    }
    case 'matching': {
      const { matches } = r as Extract<QuestionResponse, { type: 'matching' }>;
      const parts = Object.fromEntries(q.pairs.map((p) => [p.id, matches[p.id] === p.id]));
      const right = Object.values(parts).filter(Boolean).length;
      return grade(right / q.pairs.length, parts);
    }
    case 'scenario': {
      const { choices } = r as Extract<QuestionResponse, { type: 'scenario' }>;
      if (choices.length !== q.steps.length) throw new RangeError(`expected ${q.steps.length} choices, got ${choices.length}`);
      const parts = Object.fromEntries(
        q.steps.map((s, i) => {
          const chosen = s.options.find((o) => o.id === choices[i]);
          if (!chosen) throw new RangeError(`unknown option "${choices[i]}" in step ${s.id}`);
          return [s.id, chosen.correct];
        }),
      );
      const right = Object.values(parts).filter(Boolean).length;
      return grade(right / q.steps.length, parts);
    }
  }
}

export function isInvalid(g: Grade | InvalidResponse): g is InvalidResponse {
  return 'invalid' in g;
}

/** Total score of graded questions, and how many there are in all. */
export function quizScore(grades: readonly (Grade | undefined)[]): { points: number; answered: number; total: number } {
  const done = grades.filter((g): g is Grade => g !== undefined);
  return { points: done.reduce((s, g) => s + g.score, 0), answered: done.length, total: grades.length };
}
