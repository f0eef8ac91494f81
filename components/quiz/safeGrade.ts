/**
 * Grades a saved response, or returns undefined when it no longer fits the question (the bank
 * was edited since it was saved: an option removed, a step added). Saved data must never crash
 * the quiz; an unfitting response simply counts as unanswered.
 */
import { gradeQuestion, isInvalid } from '../../src/lib/quiz/grading';
import type { Grade, QuestionInstance, QuestionResponse } from '../../src/lib/quiz/types';

export function safeGrade(question: QuestionInstance, response: QuestionResponse | undefined): Grade | undefined {
  if (!response) return undefined;
  try {
    const g = gradeQuestion(question, response);
    return isInvalid(g) ? undefined : g;
  } catch {
    return undefined;
  }
}
