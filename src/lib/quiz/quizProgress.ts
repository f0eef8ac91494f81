/**
 * How quiz events change saved progress: pure functions from one Progress to the next, so the
 * store only persists and the rules are tested without a browser.
 */
import type { CurrentAttempt, Progress, QuizMode, QuizProgress } from './progressSchema';
import { reviewKey, scheduleAfterAnswer } from './reviewQueue';
import type { QuestionResponse } from './types';

const noAttempts: QuizProgress = { attempts: 0, bestScore: null, lastScore: null, current: null };

export function quizOf(progress: Progress, bankId: string): QuizProgress {
  return progress.quizzes[bankId] ?? noAttempts;
}

export function markChapterVisited(progress: Progress, chapter: string, now: Date): Progress {
  return { ...progress, chaptersVisited: { ...progress.chaptersVisited, [chapter]: now.toISOString() } };
}

/** Begins a new attempt with `seed` (in practice mode unless said), dropping the unfinished one. */
export function startAttempt(progress: Progress, bankId: string, seed: string, mode: QuizMode = 'practice'): Progress {
  const quiz = quizOf(progress, bankId);
  return { ...progress, quizzes: { ...progress.quizzes, [bankId]: { ...quiz, current: { seed, mode, responses: {}, firstTries: {} } } } };
}

function currentOf(quiz: QuizProgress, seed: string, mode: QuizMode): CurrentAttempt {
  return quiz.current?.seed === seed && quiz.current.mode === mode ? quiz.current : { seed, mode, responses: {}, firstTries: {} };
}

/**
 * Records a wrong first try (practice): it waits for the second try with its hint showing. It is
 * the question's answer for review purposes, so it counts as a miss in the review queue.
 */
export function recordFirstTry(
  progress: Progress,
  a: { bankId: string; seed: string; questionId: string; response: QuestionResponse; score: number; now: Date },
): Progress {
  const quiz = quizOf(progress, a.bankId);
  const current = currentOf(quiz, a.seed, 'practice');
  const next: QuizProgress = { ...quiz, current: { ...current, firstTries: { ...current.firstTries, [a.questionId]: a.response } } };
  return { ...recordReview(progress, a), quizzes: { ...progress.quizzes, [a.bankId]: next } };
}

/**
 * Records an answer in the current attempt and in the question's history and review state.
 * When it completes the attempt (`attemptScore` given, 0–1), the attempt is counted.
 */
export function recordAnswer(
  progress: Progress,
  a: {
    bankId: string;
    seed: string;
    mode?: QuizMode;
    questionId: string;
    response: QuestionResponse;
    score: number;
    now: Date;
    attemptScore?: number;
  },
): Progress {
  const quiz = quizOf(progress, a.bankId);
  const current = currentOf(quiz, a.seed, a.mode ?? 'practice');
  // A second try (or the reveal after a first) is not a fresh answer for review: the first try counted.
  const secondTry = a.questionId in current.firstTries;
  const { [a.questionId]: _done, ...firstTries } = current.firstTries;
  let next: QuizProgress = { ...quiz, current: { ...current, responses: { ...current.responses, [a.questionId]: a.response }, firstTries } };
  if (a.attemptScore !== undefined) {
    next = {
      ...next,
      attempts: quiz.attempts + 1,
      lastScore: a.attemptScore,
      bestScore: Math.max(quiz.bestScore ?? 0, a.attemptScore),
    };
  }
  return { ...(secondTry ? progress : recordReview(progress, a)), quizzes: { ...progress.quizzes, [a.bankId]: next } };
}

/** Records an answer given on the Review page: history and Leitner box only. */
export function recordReview(progress: Progress, a: { bankId: string; questionId: string; score: number; now: Date }): Progress {
  const key = reviewKey(a.bankId, a.questionId);
  return { ...progress, questions: { ...progress.questions, [key]: scheduleAfterAnswer(progress.questions[key], a.score, a.now) } };
}
