/** The dashboard's numbers and the progress file a student moves between devices. */
import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress } from '../../../src/lib/quiz/progressSchema';
import { importMessage, progressFileText, readProgressFile, summarizeProgress } from '../../../src/lib/quiz/progressSummary';
import { emptyProblemProgress, recordAttempt } from '../../../src/lib/problems/problemProgress';

const chapters = [
  { slug: 'one', title: 'One', bankId: 'one' },
  { slug: 'two', title: 'Two', bankId: 'two' },
  { slug: 'three', title: 'Three' },
];
const now = new Date('2026-11-24T12:00:00Z');

function sample(): Progress {
  const p = emptyProgress();
  p.chaptersVisited = { one: '2026-11-20T10:00:00Z', two: '2026-11-22T10:00:00Z' };
  p.quizzes.one = { attempts: 2, bestScore: 0.75, lastScore: 0.5, current: null };
  p.questions['one/q1'] = { history: [{ at: '2026-11-20T10:00:00Z', score: 0 }], box: 1, due: '2026-11-20T10:00:00Z' };
  p.questions['one/q2'] = { history: [{ at: '2026-11-23T10:00:00Z', score: 1 }], box: 3, due: '2026-11-30T10:00:00Z' };
  return p;
}

describe('summarizeProgress', () => {
  it('counts chapters read, best scores, due and upcoming reviews, and suggests the next chapter', () => {
    const s = summarizeProgress(sample(), chapters, now);
    expect(s.read).toBe(2);
    expect(s.chapters.map((c) => c.bestScore)).toEqual([0.75, null, null]);
    expect(s.chapters[0].attempts).toBe(2);
    expect(s.dueNow).toBe(1);
    expect(s.upcoming).toBe(1);
    expect(s.continueWith?.slug).toBe('three');
  });

  it('has nothing to continue for a new reader, and stays on the last chapter at the end', () => {
    expect(summarizeProgress(emptyProgress(), chapters, now).continueWith).toBeNull();
    const p = emptyProgress();
    p.chaptersVisited = { three: '2026-11-23T00:00:00Z' };
    expect(summarizeProgress(p, chapters, now).continueWith?.slug).toBe('three');
  });
});

describe('progress files', () => {
  it('round-trips through export and import', () => {
    const result = readProgressFile(progressFileText(sample(), now), now);
    expect(result.kind).toBe('ok');
    if (result.kind === 'ok') expect(result.progress).toEqual(sample());
    expect(importMessage(result)).toBe('Progress imported.');
  });

  it('carries the problems and labs record beside the quiz progress', () => {
    const problems = recordAttempt(emptyProblemProgress(), 'labs/mossy/onset', true, now);
    const result = readProgressFile(progressFileText(sample(), now, problems), now);
    expect(result.kind === 'ok' && result.problems).toEqual(problems);
    const broken = JSON.parse(progressFileText(sample(), now, problems));
    broken.problems.version = 7;
    const partly = readProgressFile(JSON.stringify(broken), now);
    expect(partly.kind === 'ok' && partly.problems).toBe('damaged');
    expect(importMessage(partly)).toMatch(/problems and labs part of the file is damaged/);
  });

  it('refuses files that are not ours, damaged or from a newer course, with a message', () => {
    for (const text of ['', 'not json', '{"a":1}', JSON.stringify({ kind: 'other', progress: {} })]) {
      const r = readProgressFile(text, now);
      expect(r.kind).toBe('not-a-progress-file');
      expect(importMessage(r)).toMatch(/nothing was changed/);
    }
    const damaged = readProgressFile(JSON.stringify({ kind: 'alkali-metal-anodes-course/progress', progress: { version: 2, chaptersVisited: 5 } }), now);
    expect(damaged.kind).toBe('unusable');
    const newer = readProgressFile(JSON.stringify({ kind: 'alkali-metal-anodes-course/progress', progress: { version: 99 } }), now);
    expect(newer.kind).toBe('newer');
    expect(importMessage(newer)).toMatch(/newer version/);
  });
});
