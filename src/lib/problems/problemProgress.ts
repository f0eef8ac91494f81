/**
 * Which end-of-chapter problems a student has attempted and solved, kept in this browser beside
 * the quiz progress (its own key, so neither format constrains the other). Damaged or foreign
 * saved data is dropped, never half-trusted; blocked storage falls back to memory. Lab checkpoints
 * are kept here too, under "labs/<lab>/<checkpoint>". The progress file carries both records.
 */
import type { StorageLike } from '../quiz/progressStore';

export const PROBLEM_PROGRESS_KEY = 'alkali-anodes-course:problems';
/** Fired on window when a page replaces or clears the record, so other views re-read it. */
export const PROBLEM_PROGRESS_EVENT = 'course:problem-progress';
const VERSION = 1;

export interface ProblemRecord {
  /** ISO date-time of the first attempt. */
  attempted: string;
  /** ISO date-time it was first solved, or null. */
  solved: string | null;
}

export interface ProblemProgress {
  version: typeof VERSION;
  /** Key: "<chapter>/<problem id>". */
  problems: Record<string, ProblemRecord>;
}

export const emptyProblemProgress = (): ProblemProgress => ({ version: VERSION, problems: {} });

const isDate = (x: unknown): x is string => typeof x === 'string' && x.length <= 40 && !Number.isNaN(Date.parse(x));
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Parses saved text; null when it is not a valid record of ours. */
export function readProblemProgress(text: string): ProblemProgress | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data) || data.version !== VERSION || !isRecord(data.problems)) return null;
  for (const [key, r] of Object.entries(data.problems)) {
    if (key.length > 200 || !isRecord(r) || !isDate(r.attempted) || !(r.solved === null || isDate(r.solved))) return null;
  }
  return data as unknown as ProblemProgress;
}

/** Records an attempt; `solved` once true stays true. */
export function recordAttempt(p: ProblemProgress, key: string, solved: boolean, now: Date): ProblemProgress {
  const old = p.problems[key];
  const at = now.toISOString();
  const record: ProblemRecord = { attempted: old?.attempted ?? at, solved: old?.solved ?? (solved ? at : null) };
  return { ...p, problems: { ...p.problems, [key]: record } };
}

/** Attempted and solved counts for one chapter's problem ids. */
export function chapterTally(p: ProblemProgress, chapter: string, ids: readonly string[]): { attempted: number; solved: number; total: number } {
  const records = ids.map((id) => p.problems[`${chapter}/${id}`]).filter((r): r is ProblemRecord => r !== undefined);
  return { attempted: records.length, solved: records.filter((r) => r.solved !== null).length, total: ids.length };
}

/** Loads, records and saves; every storage failure degrades to memory for the visit. */
export function openProblemProgress(getStorage: () => StorageLike | null | undefined = () => globalThis.localStorage) {
  let storage: StorageLike | null = null;
  let progress = emptyProblemProgress();
  try {
    storage = getStorage() ?? null;
    const text = storage?.getItem(PROBLEM_PROGRESS_KEY) ?? null;
    if (text !== null) {
      const read = readProblemProgress(text);
      if (read) progress = read;
      else storage?.removeItem(PROBLEM_PROGRESS_KEY);
    }
  } catch {
    storage = null;
  }
  function save() {
    try {
      storage?.setItem(PROBLEM_PROGRESS_KEY, JSON.stringify(progress));
    } catch {
      storage = null;
    }
  }
  return {
    get: () => progress,
    record(key: string, solved: boolean, now = new Date()) {
      progress = recordAttempt(progress, key, solved, now);
      save();
      return progress;
    },
    /** Replaces the whole record (an imported progress file). */
    replace(next: ProblemProgress) {
      progress = next;
      save();
    },
    /** Forgets every problem and lab checkpoint, saved and in memory. */
    reset() {
      progress = emptyProblemProgress();
      try {
        storage?.removeItem(PROBLEM_PROGRESS_KEY);
      } catch {
        storage = null;
      }
    },
  };
}
