/**
 * How quiz events change saved progress: pure functions from one Progress to the next, so the
 * store only persists and the rules are tested without a browser.
 */
import type { Progress, QuizProgress } from './progressSchema';
import { reviewKey, scheduleAfterAnswer } from './reviewQueue';
import type { QuestionResponse } from './types';

const noAttempts: QuizProgress = { attempts: 0, bestScore: null, lastScore: null, current: null };

export function quizOf(progress: Progress, bankId: string): QuizProgress {
  return progress.quizzes[bankId] ?? noAttempts;
}

export function markChapterVisited(progress: Progress, chapter: string, now: Date): Progress {
  return { ...progress, chaptersVisited: { ...progress.chaptersVisited, [chapter]: now.toISOString() } };
}

/** Begins a new attempt with `seed`, dropping the unfinished one (if any). */
export function startAttempt(progress: Progress, bankId: string, seed: string): Progress {
  const quiz = quizOf(progress, bankId);
  return { ...progress, quizzes: { ...progress.quizzes, [bankId]: { ...quiz, current: { seed, responses: {} } } } };
}

/**
 * Records an answer in the current attempt and in the question's history and review state.
 * When it completes the attempt (`attemptScore` given, 0–1), the attempt is counted.
 */
export function recordAnswer(
  progress: Progress,
  a: { bankId: string; seed: string; questionId: string; response: QuestionResponse; score: number; now: Date; attemptScore?: number },
): Progress {
  const quiz = quizOf(progress, a.bankId);
  const current = quiz.current?.seed === a.seed ? quiz.current : { seed: a.seed, responses: {} };
  let next: QuizProgress = { ...quiz, current: { seed: a.seed, responses: { ...current.responses, [a.questionId]: a.response } } };
  if (a.attemptScore !== undefined) {
    next = {
      ...next,
      attempts: quiz.attempts + 1,
      lastScore: a.attemptScore,
      bestScore: Math.max(quiz.bestScore ?? 0, a.attemptScore),
    };
  }
  return { ...recordReview(progress, a), quizzes: { ...progress.quizzes, [a.bankId]: next } };
}

/** Records an answer given on the Review page: history and Leitner box only. */
export function recordReview(progress: Progress, a: { bankId: string; questionId: string; score: number; now: Date }): Progress {
  const key = reviewKey(a.bankId, a.questionId);
  return { ...progress, questions: { ...progress.questions, [key]: scheduleAfterAnswer(progress.questions[key], a.score, a.now) } };
}
