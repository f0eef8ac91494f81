/**
 * What a student's dashboard shows, computed from saved progress: which chapters were read to their
 * end-of-chapter check, best quiz scores, how many review questions are due, where to continue.
 * Also the progress file a student exports to move to another device, and reading it back.
 */
import { readProblemProgress, type ProblemProgress } from '../problems/problemProgress';
import { readProgress, type Progress, type ReadResult } from './progressSchema';
import { dueReviews, upcomingReviews } from './reviewQueue';

export interface ChapterRef {
  slug: string;
  title: string;
  /** Id of the chapter's question bank (its slug), if it has one. */
  bankId?: string;
}

export interface ChapterStatus extends ChapterRef {
  /** When the reader last reached the chapter's check (ISO), or null. */
  readAt: string | null;
  bestScore: number | null;
  attempts: number;
}

export interface ProgressSummary {
  chapters: ChapterStatus[];
  read: number;
  dueNow: number;
  upcoming: number;
  /** The chapter after the last one read, or the last one read if it was the last. */
  continueWith: ChapterRef | null;
}

export function summarizeProgress(progress: Progress, chapters: readonly ChapterRef[], now: Date): ProgressSummary {
  const statuses = chapters.map((c) => {
    const quiz = c.bankId ? progress.quizzes[c.bankId] : undefined;
    return { ...c, readAt: progress.chaptersVisited[c.slug] ?? null, bestScore: quiz?.bestScore ?? null, attempts: quiz?.attempts ?? 0 };
  });
  const latest = statuses
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.readAt !== null)
    .sort((a, b) => Date.parse(b.s.readAt!) - Date.parse(a.s.readAt!))[0];
  const next = latest ? (chapters[latest.i + 1] ?? chapters[latest.i]) : null;
  return {
    chapters: statuses,
    read: statuses.filter((s) => s.readAt !== null).length,
    dueNow: dueReviews(progress, now).length,
    upcoming: upcomingReviews(progress, now).length,
    continueWith: next ? { slug: next.slug, title: next.title, ...(next.bankId ? { bankId: next.bankId } : {}) } : null,
  };
}

/** Marks the file as this course's, so importing someone else's JSON is refused politely. */
export const PROGRESS_FILE_KIND = 'alkali-metal-anodes-course/progress';

/**
 * The exported file: quiz progress and, beside it, the end-of-chapter problems and lab checkpoints
 * (saved under their own key in the browser, so a student moving devices keeps all three).
 */
export function progressFileText(progress: Progress, now: Date, problems?: ProblemProgress): string {
  return `${JSON.stringify({ kind: PROGRESS_FILE_KIND, exported: now.toISOString(), progress, ...(problems ? { problems } : {}) }, null, 2)}\n`;
}

/**
 * `problems`: the problems and labs record when the file has a readable one; 'damaged' when it has
 * one that fails the checks (the quiz part is still imported); absent in files from before it.
 */
export type ImportResult =
  | (Extract<ReadResult, { kind: 'ok' }> & { problems?: ProblemProgress | 'damaged' })
  | Exclude<ReadResult, { kind: 'ok' }>
  | { kind: 'not-a-progress-file' };

/** Reads an exported file back; the progress inside goes through the same checks and migrations as saved progress. */
export function readProgressFile(text: string, now: Date): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'not-a-progress-file' };
  }
  if (typeof data !== 'object' || data === null || (data as { kind?: unknown }).kind !== PROGRESS_FILE_KIND) {
    return { kind: 'not-a-progress-file' };
  }
  const file = data as { progress?: unknown; problems?: unknown };
  const quiz = readProgress(JSON.stringify(file.progress ?? null), now);
  if (quiz.kind !== 'ok' || file.problems === undefined) return quiz;
  return { ...quiz, problems: readProblemProgress(JSON.stringify(file.problems)) ?? 'damaged' };
}

/** What to tell the reader after an import attempt. */
export function importMessage(result: ImportResult): string {
  switch (result.kind) {
    case 'ok': {
      const base = result.migratedFrom ? 'Progress imported (it was saved by an older version of the course and has been updated).' : 'Progress imported.';
      return result.problems === 'damaged' ? `${base} The problems and labs part of the file is damaged, so your problems and labs here were left as they were.` : base;
    }
    case 'newer':
      return 'This file was saved by a newer version of the course; nothing was changed.';
    case 'not-a-progress-file':
      return 'That file is not a progress file exported from this course; nothing was changed.';
    case 'unusable':
      return 'That progress file is damaged and could not be read; nothing was changed.';
  }
}
