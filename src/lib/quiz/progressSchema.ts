/**
 * The shape of saved progress, its versions and the migrations between them. Checked by hand
 * rather than with zod so the browser bundle stays small. Anything that does not check out is
 * reported as unusable, never half-trusted.
 *
 * History:
 * - v1 (pre-release): { version: 1, visited: string[], scores: { [bankId]: best 0–1 } }.
 * - v2: visits with dates, attempts with the current seed and responses, per-question history
 *   and Leitner review state.
 * - v3: the current attempt also keeps its mode (practice or exam) and the wrong first tries
 *   still waiting for a second try. v2 attempts become practice attempts with no pending tries.
 *
 * Damaged entries inside otherwise good data (one quiz's attempt, one question's history) are
 * dropped on their own, so one bad entry does not cost the reader everything else.
 */
import type { QuestionResponse } from './types';
import { isValidSeed } from './seededRandom';

export const PROGRESS_VERSION = 3;

export type QuizMode = 'practice' | 'exam';

export interface AnswerRecord {
  /** ISO date-time. */
  at: string;
  /** 0–1. */
  score: number;
}

/** One question across every attempt and review (key: "<bankId>/<questionId>"). */
export interface QuestionProgress {
  /** Latest first, capped at HISTORY_LIMIT. */
  history: AnswerRecord[];
  /** Leitner box 1–5 while the question is in the review queue; null when it is not. */
  box: number | null;
  /** ISO date-time from which it is due for review (null when not queued). */
  due: string | null;
}

export interface QuizProgress {
  /** Completed attempts (every question answered). */
  attempts: number;
  /** Best and latest score of a completed attempt, 0–1; null before the first is complete. */
  bestScore: number | null;
  lastScore: number | null;
  /** The attempt in progress: its seed and the responses so far, by question id. */
  current: CurrentAttempt | null;
}

export interface CurrentAttempt {
  seed: string;
  mode: QuizMode;
  /** Final responses (graded and, in practice, shown with their explanation). */
  responses: Record<string, QuestionResponse>;
  /** Practice: wrong first tries whose hint is showing, waiting for the second try. */
  firstTries: Record<string, QuestionResponse>;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Chapter slug → ISO date-time the reader last reached its check. */
  chaptersVisited: Record<string, string>;
  /** Bank id → attempts. */
  quizzes: Record<string, QuizProgress>;
  questions: Record<string, QuestionProgress>;
}

export const HISTORY_LIMIT = 20;
export const MAX_BOX = 5;

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, chaptersVisited: {}, quizzes: {}, questions: {} };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isScore = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1;
const isDate = (x: unknown): x is string => typeof x === 'string' && x.length <= 40 && !Number.isNaN(Date.parse(x));
const isId = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 200;
const everyValue = <T>(r: Record<string, unknown>, check: (v: unknown) => v is T): boolean => Object.values(r).every(check);

function isResponse(x: unknown): x is QuestionResponse {
  if (!isRecord(x)) return false;
  switch (x.type) {
    case 'single':
      return isId(x.optionId);
    case 'multiple':
      return Array.isArray(x.optionIds) && x.optionIds.every(isId);
    case 'numeric':
      return typeof x.text === 'string' && x.text.length <= 200;
    case 'ordering':
      return Array.isArray(x.order) && x.order.every(isId);
    case 'matching':
      return isRecord(x.matches) && everyValue(x.matches, isId);
    case 'scenario':
      return Array.isArray(x.choices) && x.choices.every(isId);
    default:
      return false;
  }
}

function isQuizProgress(x: unknown): x is QuizProgress {
  if (!isRecord(x)) return false;
  const { attempts, bestScore, lastScore, current } = x;
  const currentOk =
    current === null ||
    (isRecord(current) &&
      isValidSeed(current.seed) &&
      (current.mode === 'practice' || current.mode === 'exam') &&
      isRecord(current.responses) &&
      everyValue(current.responses, isResponse) &&
      isRecord(current.firstTries) &&
      everyValue(current.firstTries, isResponse));
  return (
    Number.isInteger(attempts) &&
    (attempts as number) >= 0 &&
    (bestScore === null || isScore(bestScore)) &&
    (lastScore === null || isScore(lastScore)) &&
    currentOk
  );
}

function isQuestionProgress(x: unknown): x is QuestionProgress {
  if (!isRecord(x)) return false;
  const { history, box, due } = x;
  const boxOk = box === null || (Number.isInteger(box) && (box as number) >= 1 && (box as number) <= MAX_BOX);
  return (
    Array.isArray(history) &&
    history.every((h) => isRecord(h) && isDate(h.at) && isScore(h.score)) &&
    boxOk &&
    (due === null || isDate(due)) &&
    (box === null) === (due === null)
  );
}

/** True when `x` is a complete, current-version Progress. */
export function isProgress(x: unknown): x is Progress {
  return (
    isRecord(x) &&
    x.version === PROGRESS_VERSION &&
    isRecord(x.chaptersVisited) &&
    everyValue(x.chaptersVisited, isDate) &&
    isRecord(x.quizzes) &&
    everyValue(x.quizzes, isQuizProgress) &&
    isRecord(x.questions) &&
    everyValue(x.questions, isQuestionProgress)
  );
}

/** v1 → v2: visits get the migration date (v1 kept none); best scores become one attempt each. */
function migrateV1(x: Record<string, unknown>, now: Date): unknown {
  const visited = Array.isArray(x.visited) ? x.visited : null;
  const scores = isRecord(x.scores) ? x.scores : null;
  if (!visited || !visited.every(isId) || !scores || !everyValue(scores, isScore)) return null;
  const at = now.toISOString();
  return {
    version: 2,
    chaptersVisited: Object.fromEntries(visited.map((slug) => [slug, at])),
    quizzes: Object.fromEntries(
      Object.entries(scores).map(([bank, best]) => [bank, { attempts: 1, bestScore: best, lastScore: best, current: null }]),
    ),
    questions: {},
  };
}

/** v2 → v3: an attempt in progress is a practice attempt with no second tries pending. */
function migrateV2(x: Record<string, unknown>): unknown {
  if (!isRecord(x.quizzes)) return null;
  const quizzes = Object.fromEntries(
    Object.entries(x.quizzes).map(([bank, q]) => [
      bank,
      isRecord(q) && isRecord(q.current) ? { ...q, current: { ...q.current, mode: 'practice', firstTries: {} } } : q,
    ]),
  );
  return { ...x, version: 3, quizzes };
}

const MIGRATIONS: Partial<Record<number, (x: Record<string, unknown>, now: Date) => unknown>> = { 1: migrateV1, 2: migrateV2 };

/**
 * Keeps the good entries of a current-version record whose frame is sound, dropping damaged
 * ones; null when the frame itself is damaged. A damaged attempt in progress loses only itself.
 */
function salvage(x: unknown): Progress | null {
  if (!isRecord(x) || x.version !== PROGRESS_VERSION) return null;
  const keep = <T>(r: unknown, check: (v: unknown) => v is T): Record<string, T> =>
    isRecord(r) ? Object.fromEntries(Object.entries(r).filter(([k, v]) => isId(k) && check(v))) as Record<string, T> : {};
  const quizzes = Object.fromEntries(
    Object.entries(isRecord(x.quizzes) ? x.quizzes : {}).flatMap(([bank, q]): [string, QuizProgress][] => {
      if (isQuizProgress(q)) return [[bank, q]];
      const withoutCurrent = isRecord(q) ? { ...q, current: null } : null;
      return isQuizProgress(withoutCurrent) ? [[bank, withoutCurrent]] : [];
    }),
  );
  const salvaged = {
    version: PROGRESS_VERSION,
    chaptersVisited: keep(x.chaptersVisited, isDate),
    quizzes,
    questions: keep(x.questions, isQuestionProgress),
  };
  return isProgress(salvaged) ? salvaged : null;
}

export type ReadResult =
  | { kind: 'ok'; progress: Progress; migratedFrom?: number; repaired?: true }
  /** Not ours or damaged: start afresh and say so. */
  | { kind: 'unusable'; why: 'unreadable' | 'foreign' | 'invalid' }
  /** Written by a newer version of the course: leave it alone. */
  | { kind: 'newer'; version: number };

/** Reads saved text: parses, migrates old versions step by step, and checks the result. */
export function readProgress(text: string, now: Date): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'unusable', why: 'unreadable' };
  }
  if (!isRecord(data) || !Number.isInteger(data.version) || (data.version as number) < 1) return { kind: 'unusable', why: 'foreign' };
  const from = data.version as number;
  if (from > PROGRESS_VERSION) return { kind: 'newer', version: from };
  let current: unknown = data;
  for (let v = from; v < PROGRESS_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    current = migrate && isRecord(current) ? migrate(current, now) : null;
    if (current === null) return { kind: 'unusable', why: 'invalid' };
  }
  if (!isProgress(current)) {
    const repaired = salvage(current);
    if (!repaired) return { kind: 'unusable', why: 'invalid' };
    return { kind: 'ok', progress: repaired, repaired: true, ...(from === PROGRESS_VERSION ? {} : { migratedFrom: from }) };
  }
  return from === PROGRESS_VERSION ? { kind: 'ok', progress: current } : { kind: 'ok', progress: current, migratedFrom: from };
}
