/**
 * Spaced review of every question with Leitner boxes, across every chapter's bank.
 * A miss (anything short of full marks) puts a question in box 1, due once RESHOWN_AFTER_MINUTES
 * have passed: its answer has just been shown, so re-answering it at once proves only short-term
 * memory and earns no credit. A question answered right the first time is not done either: it
 * enters box FIRST_RIGHT_BOX and comes back after a long wait. A full-marks answer to a question
 * that is due moves it up one box, and the next review waits longer; a full-marks answer in box 5
 * retires it. Answers before the due time change nothing (no cramming credit).
 */
import { HISTORY_LIMIT, MAX_BOX, type Progress, type QuestionProgress } from './progressSchema';

/** Wait after a correct review, in days, by the box the question moves into (1–5). */
export const BOX_INTERVAL_DAYS: Readonly<Record<number, number>> = { 1: 0, 2: 1, 3: 3, 4: 7, 5: 14 };

/** Box a question answered right the first time enters (due after BOX_INTERVAL_DAYS of it). */
export const FIRST_RIGHT_BOX = 4;

/** After a miss its answer is on screen; it is due again only after this many minutes. */
export const RESHOWN_AFTER_MINUTES = 10;

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

export function reviewKey(bankId: string, questionId: string): string {
  return `${bankId}/${questionId}`;
}

export function splitReviewKey(key: string): { bankId: string; questionId: string } {
  const i = key.lastIndexOf('/');
  return { bankId: key.slice(0, i), questionId: key.slice(i + 1) };
}

/** A question's record after one more answer (score 0–1) at `now`. */
export function scheduleAfterAnswer(previous: QuestionProgress | undefined, score: number, now: Date): QuestionProgress {
  const history = [{ at: now.toISOString(), score }, ...(previous?.history ?? [])].slice(0, HISTORY_LIMIT);
  const box = previous?.box ?? null;
  const due = previous?.due ?? null;
  if (score < 1) return { history, box: 1, due: new Date(now.getTime() + RESHOWN_AFTER_MINUTES * MINUTE_MS).toISOString() };
  if (box === null || due === null) {
    return { history, box: FIRST_RIGHT_BOX, due: new Date(now.getTime() + BOX_INTERVAL_DAYS[FIRST_RIGHT_BOX] * DAY_MS).toISOString() };
  }
  if (Date.parse(due) > now.getTime()) return { history, box, due };
  if (box >= MAX_BOX) return { history, box: null, due: null };
  const nextBox = box + 1;
  return { history, box: nextBox, due: new Date(now.getTime() + BOX_INTERVAL_DAYS[nextBox] * DAY_MS).toISOString() };
}

export interface ReviewItem {
  key: string;
  bankId: string;
  questionId: string;
  box: number;
  due: Date;
}

function queued(progress: Progress): ReviewItem[] {
  return Object.entries(progress.questions)
    .filter(([, q]) => q.box !== null && q.due !== null)
    .map(([key, q]) => ({ key, ...splitReviewKey(key), box: q.box!, due: new Date(q.due!) }));
}

/** Questions due now: lowest box first (the shakiest), then the longest overdue. */
export function dueReviews(progress: Progress, now: Date): ReviewItem[] {
  return queued(progress)
    .filter((i) => i.due.getTime() <= now.getTime())
    .sort((a, b) => a.box - b.box || a.due.getTime() - b.due.getTime() || a.key.localeCompare(b.key));
}

/** Questions in the queue that are not due yet, soonest first. */
export function upcomingReviews(progress: Progress, now: Date): ReviewItem[] {
  return queued(progress)
    .filter((i) => i.due.getTime() > now.getTime())
    .sort((a, b) => a.due.getTime() - b.due.getTime() || a.key.localeCompare(b.key));
}
