/**
 * Checks a typed number for a worked example or a problem with the quiz engine's own grader
 * (gradeQuestion: parsing, units, tolerance, recognised slips), so the course has one grader.
 */
import { describeTolerance, gradeQuestion, isInvalid } from '../quiz/grading';
import type { Tolerance } from '../quiz/bankSchema';
import type { NumericInstance } from '../quiz/types';

export interface NumericTarget {
  answer: number;
  answerText: string;
  unit: string;
  tolerance: Tolerance;
  mistakes?: { value: number; explanation: string }[];
}

export type AnswerCheck =
  | { kind: 'invalid'; message: string }
  | { kind: 'right' | 'wrong'; value: number; mistake?: string };

export function checkNumericAnswer(text: string, target: NumericTarget): AnswerCheck {
  const question: NumericInstance = {
    type: 'numeric',
    id: 'answer',
    prompt: '',
    taughtIn: { chapter: '', section: '' },
    source: { review: '', section: '' },
    unit: target.unit,
    answer: target.answer,
    answerText: target.answerText,
    tolerance: target.tolerance,
    parameters: {},
    explanation: '',
    mistakes: target.mistakes ?? [],
  };
  const g = gradeQuestion(question, { type: 'numeric', text });
  if (isInvalid(g)) return { kind: 'invalid', message: g.message };
  return { kind: g.verdict === 'correct' ? 'right' : 'wrong', value: g.value ?? Number.NaN, ...(g.mistake ? { mistake: g.mistake } : {}) };
}

export function toleranceWords(target: Pick<NumericTarget, 'tolerance' | 'unit'>): string {
  return describeTolerance(target.tolerance, target.unit);
}
