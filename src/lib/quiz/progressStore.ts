/**
 * Saves progress in localStorage and never lets storage break the quiz: blocked storage (private
 * mode, sandboxed frames, a full quota) falls back to memory for the rest of the visit, and saved
 * data that is damaged or not ours is cleared with a notice instead of throwing.
 */
import { emptyProgress, readProgress, type Progress } from './progressSchema';

export const PROGRESS_KEY = 'alkali-anodes-course:progress';

/** The part of Web Storage the store uses (a test can pass a fake). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Messages the page shows once, in the reader's words. */
export const NOTICES = {
  blocked: 'This browser is not letting the course save anything, so your answers are kept only until you leave this page.',
  discarded: 'Saved quiz progress on this device could not be read, so it has been cleared and you are starting afresh.',
  repaired: 'Part of your saved quiz progress on this device was damaged and has been removed; the rest is kept.',
  newer:
    'Your progress was saved by a newer version of this course. This page leaves it untouched; answers you give here are kept only until you leave the page.',
  full: 'This browser’s storage is full, so new answers are kept only until you leave this page.',
} as const;

export interface ProgressStore {
  get(): Progress;
  /** Applies a change, saves it (or keeps it in memory), and tells subscribers. */
  update(change: (p: Progress) => Progress): Progress;
  /** Forgets all progress, saved and in memory. */
  reset(): void;
  /** False when progress lasts only for this page. */
  readonly persistent: boolean;
  /** Notices raised so far (blocked storage, cleared data, …), oldest first. */
  readonly notices: readonly string[];
  subscribe(listener: (p: Progress) => void): () => void;
}

function defaultStorage(): StorageLike | null {
  // Merely reading window.localStorage throws in some blocked contexts (SecurityError).
  return typeof globalThis.localStorage === 'undefined' ? null : globalThis.localStorage;
}

/** The storage if it accepts a write, else null. */
function usableStorage(get: () => StorageLike | null | undefined): StorageLike | null {
  try {
    const s = get();
    if (!s) return null;
    const probe = `${PROGRESS_KEY}:probe`;
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

export function openProgressStore(options: { storage?: () => StorageLike | null | undefined; now?: () => Date } = {}): ProgressStore {
  const now = options.now ?? (() => new Date());
  const notices: string[] = [];
  const listeners = new Set<(p: Progress) => void>();
  let storage = usableStorage(options.storage ?? defaultStorage);
  let progress = emptyProgress();

  if (!storage) {
    notices.push(NOTICES.blocked);
  } else {
    let text: string | null = null;
    try {
      text = storage.getItem(PROGRESS_KEY);
    } catch {
      storage = null;
      notices.push(NOTICES.blocked);
    }
    if (storage && text !== null) {
      const read = readProgress(text, now());
      if (read.kind === 'ok') {
        progress = read.progress;
        if (read.repaired) notices.push(NOTICES.repaired);
        if (read.migratedFrom !== undefined || read.repaired) save();
      } else if (read.kind === 'newer') {
        storage = null;
        notices.push(NOTICES.newer);
      } else {
        notices.push(NOTICES.discarded);
        try {
          storage.removeItem(PROGRESS_KEY);
        } catch {
          // Clearing failed too; the next save overwrites it.
        }
      }
    }
  }

  function save() {
    if (!storage) return;
    try {
      storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    } catch {
      storage = null;
      notices.push(NOTICES.full);
    }
  }

  function publish() {
    for (const l of listeners) l(progress);
  }

  return {
    get: () => progress,
    update(change) {
      progress = change(progress);
      save();
      publish();
      return progress;
    },
    reset() {
      progress = emptyProgress();
      if (storage) {
        try {
          storage.removeItem(PROGRESS_KEY);
        } catch {
          storage = null;
          notices.push(NOTICES.blocked);
        }
      }
      publish();
    },
    get persistent() {
      return storage !== null;
    },
    get notices() {
      return [...notices];
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
