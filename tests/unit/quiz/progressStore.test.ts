// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { emptyProgress, isProgress, PROGRESS_VERSION, readProgress } from '../../../src/lib/quiz/progressSchema';
import { NOTICES, openProgressStore, PROGRESS_KEY, type StorageLike } from '../../../src/lib/quiz/progressStore';
import { markChapterVisited, quizOf, recordAnswer, recordFirstTry, startAttempt } from '../../../src/lib/quiz/quizProgress';

const now = new Date('2025-03-01T10:00:00Z');

/** In-memory Web Storage with switches for the ways real storage fails. */
function fakeStorage(initial: Record<string, string> = {}, fail: { write?: boolean; read?: boolean; quotaAfter?: number } = {}) {
  const data = new Map(Object.entries(initial));
  let writes = 0;
  const s: StorageLike & { data: Map<string, string> } = {
    data,
    getItem: (k) => {
      if (fail.read) throw new DOMException('denied', 'SecurityError');
      return data.get(k) ?? null;
    },
    setItem: (k, v) => {
      writes++;
      if (fail.write || (fail.quotaAfter !== undefined && writes > fail.quotaAfter)) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
  return s;
}

const answer = (p = emptyProgress()) =>
  recordAnswer(startAttempt(p, 'ch1', 'seed1'), { bankId: 'ch1', seed: 'seed1', questionId: 'q1', response: { type: 'single', optionId: 'a' }, score: 0, now });

describe('progress store', () => {
  it('starts empty, saves every change and reads it back', () => {
    const storage = fakeStorage();
    const store = openProgressStore({ storage: () => storage, now: () => now });
    expect(store.get()).toEqual(emptyProgress());
    expect(store.persistent).toBe(true);
    store.update((p) => markChapterVisited(answer(p), 'why-alkali-metal-anodes', now));
    const again = openProgressStore({ storage: () => storage, now: () => now });
    expect(again.get()).toEqual(store.get());
    expect(again.get().quizzes.ch1.current?.responses.q1).toEqual({ type: 'single', optionId: 'a' });
    expect(again.notices).toEqual([]);
  });

  it.each([
    ['unreadable JSON', '{"version":2,'],
    ['foreign data (no version)', '{"theme":"dark"}'],
    ['a bare string', '"hello"'],
  ])('discards %s with a notice and starts afresh, without throwing', (_, text) => {
    const storage = fakeStorage({ [PROGRESS_KEY]: text });
    const store = openProgressStore({ storage: () => storage, now: () => now });
    expect(store.get()).toEqual(emptyProgress());
    expect(store.notices).toEqual([NOTICES.discarded]);
    expect(storage.data.has(PROGRESS_KEY)).toBe(false);
    expect(store.persistent).toBe(true);
  });

  const good = { attempts: 2, bestScore: 0.5, lastScore: 0.5, current: null };
  it.each([
    ['a wrong shape', { ch1: { attempts: -1 } }, {}],
    ['a NaN-ish score', { ch1: { attempts: 1, bestScore: 7, lastScore: null, current: null } }, {}],
    [
      'an unsafe seed (only the attempt in progress is lost)',
      { ch1: { attempts: 3, bestScore: 1, lastScore: 1, current: { seed: '<img>', mode: 'practice', responses: {}, firstTries: {} } } },
      { ch1: { attempts: 3, bestScore: 1, lastScore: 1, current: null } },
    ],
  ])('recovers from %s: drops the damaged entry, keeps the rest, says so and saves', (_, damaged, kept) => {
    const text = JSON.stringify({ ...emptyProgress(), chaptersVisited: { ch2: now.toISOString() }, quizzes: { ...damaged, ch2: good } });
    const storage = fakeStorage({ [PROGRESS_KEY]: text });
    const store = openProgressStore({ storage: () => storage, now: () => now });
    expect(store.get().quizzes).toEqual({ ...kept, ch2: good });
    expect(store.get().chaptersVisited).toEqual({ ch2: now.toISOString() });
    expect(store.notices).toEqual([NOTICES.repaired]);
    expect(isProgress(JSON.parse(storage.data.get(PROGRESS_KEY)!))).toBe(true);
  });

  it('migrates version 2: an attempt in progress becomes a practice attempt with no pending tries', () => {
    const current = { seed: 'week3', responses: { q1: { type: 'single', optionId: 'a' } } };
    const v2 = { version: 2, chaptersVisited: {}, quizzes: { ch1: { attempts: 0, bestScore: null, lastScore: null, current } }, questions: {} };
    const read = readProgress(JSON.stringify(v2), now);
    expect(read).toMatchObject({ kind: 'ok', migratedFrom: 2 });
    if (read.kind === 'ok') expect(read.progress.quizzes.ch1.current).toEqual({ ...current, mode: 'practice', firstTries: {} });
  });

  it('migrates version 1 to the current version and saves the result', () => {
    const v1 = { version: 1, visited: ['why-alkali-metal-anodes'], scores: { 'why-alkali-metal-anodes': 0.75 } };
    const storage = fakeStorage({ [PROGRESS_KEY]: JSON.stringify(v1) });
    const store = openProgressStore({ storage: () => storage, now: () => now });
    expect(store.notices).toEqual([]);
    expect(store.get()).toEqual({
      version: PROGRESS_VERSION,
      chaptersVisited: { 'why-alkali-metal-anodes': now.toISOString() },
      quizzes: { 'why-alkali-metal-anodes': { attempts: 1, bestScore: 0.75, lastScore: 0.75, current: null } },
      questions: {},
    });
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!).version).toBe(PROGRESS_VERSION);
  });

  it('discards a broken version 1 record', () => {
    expect(readProgress(JSON.stringify({ version: 1, visited: 'x', scores: {} }), now)).toEqual({ kind: 'unusable', why: 'invalid' });
  });

  it('leaves data from a newer version untouched and works in memory', () => {
    const newer = JSON.stringify({ version: PROGRESS_VERSION + 1, anything: true });
    const storage = fakeStorage({ [PROGRESS_KEY]: newer });
    const store = openProgressStore({ storage: () => storage, now: () => now });
    expect(store.notices).toEqual([NOTICES.newer]);
    expect(store.persistent).toBe(false);
    store.update((p) => answer(p));
    expect(storage.data.get(PROGRESS_KEY)).toBe(newer);
    expect(store.get().quizzes.ch1).toBeDefined();
  });

  it.each([
    ['localStorage access throws', () => { throw new DOMException('denied', 'SecurityError'); }],
    ['there is no localStorage', () => undefined],
    ['every write fails', () => fakeStorage({}, { write: true })],
    ['reads fail', () => fakeStorage({}, { read: true })],
  ])('works in memory for the session when %s', (_, storage) => {
    const store = openProgressStore({ storage: storage as () => StorageLike, now: () => now });
    expect(store.persistent).toBe(false);
    expect(store.notices).toEqual([NOTICES.blocked]);
    const p = store.update((x) => answer(x));
    expect(quizOf(p, 'ch1').current?.seed).toBe('seed1');
    expect(store.get()).toBe(p);
    store.reset();
    expect(store.get()).toEqual(emptyProgress());
  });

  it('falls back to memory with a notice when the quota runs out mid-visit', () => {
    const storage = fakeStorage({}, { quotaAfter: 2 }); // the probe and one save succeed
    const store = openProgressStore({ storage: () => storage, now: () => now });
    store.update((p) => markChapterVisited(p, 'a', now));
    expect(store.persistent).toBe(true);
    store.update((p) => markChapterVisited(p, 'b', now));
    expect(store.persistent).toBe(false);
    expect(store.notices).toEqual([NOTICES.full]);
    expect(Object.keys(store.get().chaptersVisited)).toEqual(['a', 'b']);
  });

  it('resets saved progress and tells subscribers', () => {
    const storage = fakeStorage();
    const store = openProgressStore({ storage: () => storage, now: () => now });
    const seen: number[] = [];
    store.subscribe((p) => seen.push(Object.keys(p.quizzes).length));
    store.update((p) => answer(p));
    store.reset();
    expect(seen).toEqual([1, 0]);
    expect(storage.data.has(PROGRESS_KEY)).toBe(false);
    expect(openProgressStore({ storage: () => storage }).get()).toEqual(emptyProgress());
  });
});

describe('quiz progress', () => {
  it('counts an attempt when it completes, keeping the best score', () => {
    let p = startAttempt(emptyProgress(), 'b', 's1');
    const r = { type: 'single', optionId: 'a' } as const;
    p = recordAnswer(p, { bankId: 'b', seed: 's1', questionId: 'q1', response: r, score: 1, now });
    expect(quizOf(p, 'b')).toMatchObject({ attempts: 0, bestScore: null });
    p = recordAnswer(p, { bankId: 'b', seed: 's1', questionId: 'q2', response: r, score: 0, now, attemptScore: 0.5 });
    expect(quizOf(p, 'b')).toMatchObject({ attempts: 1, bestScore: 0.5, lastScore: 0.5 });
    p = startAttempt(p, 'b', 's2');
    p = recordAnswer(p, { bankId: 'b', seed: 's2', questionId: 'q1', response: r, score: 0, now, attemptScore: 0.25 });
    expect(quizOf(p, 'b')).toMatchObject({ attempts: 2, bestScore: 0.5, lastScore: 0.25, current: { seed: 's2' } });
    expect(isProgress(p)).toBe(true);
  });

  it('keeps per-question history, latest first', () => {
    let p = emptyProgress();
    for (const [i, score] of [0, 1, 0.5].entries()) {
      p = recordAnswer(p, { bankId: 'b', seed: 's', questionId: 'q', response: { type: 'numeric', text: '1' }, score, now: new Date(now.getTime() + i * 1000) });
    }
    expect(p.questions['b/q'].history.map((h) => h.score)).toEqual([0.5, 1, 0]);
  });

  it('keeps a wrong first try pending, counts it (not the second try) for review, and keeps the mode', () => {
    const r = { type: 'single', optionId: 'b' } as const;
    let p = startAttempt(emptyProgress(), 'b', 's1', 'practice');
    p = recordFirstTry(p, { bankId: 'b', seed: 's1', questionId: 'q1', response: r, score: 0, now });
    expect(quizOf(p, 'b').current).toMatchObject({ mode: 'practice', responses: {}, firstTries: { q1: r } });
    expect(p.questions['b/q1']).toMatchObject({ box: 1, history: [{ score: 0 }] });
    p = recordAnswer(p, { bankId: 'b', seed: 's1', questionId: 'q1', response: { type: 'single', optionId: 'a' }, score: 1, now });
    expect(quizOf(p, 'b').current).toMatchObject({ responses: { q1: { optionId: 'a' } }, firstTries: {} });
    expect(p.questions['b/q1']).toMatchObject({ box: 1, history: [{ score: 0 }] }); // right after the hint: no credit
    expect(isProgress(p)).toBe(true);
    const exam = startAttempt(p, 'b', 's2', 'exam');
    expect(quizOf(exam, 'b').current).toMatchObject({ mode: 'exam' });
  });
});
