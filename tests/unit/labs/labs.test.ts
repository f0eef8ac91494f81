// @vitest-environment happy-dom
/**
 * The labs: each opens on a valid simulation query, links real chapters, and its scripted run
 * reaches every checkpoint (so the lecturers' notes have the model's numbers). A checkpoint passes
 * the value the run produced and fails a wrong one or a run that has not got there.
 */
import { describe, expect, it } from 'vitest';
import { LABS } from '../../../src/lib/labs/labs';
import { expectedValues, replayRun } from '../../../src/lib/labs/replay';
import { appendSample, checkCheckpoint, formatMeasured } from '../../../src/lib/labs/checkpointCheck';
import { parseGrowthQuery } from '../../../src/lib/sim/index';
import { chapterFiles } from '../content/contentFiles';

const slugs = new Set(chapterFiles().map((c) => c.id));

describe('labs', () => {
  it('there are at least four, with unique ids', () => {
    expect(LABS.length).toBeGreaterThanOrEqual(4);
    expect(new Set(LABS.map((l) => l.id)).size).toBe(LABS.length);
  });

  it.each(LABS)('$id opens on a valid query, links real chapters and has checkpoints', (lab) => {
    expect(parseGrowthQuery(lab.query).problems).toEqual([]);
    for (const c of lab.chapters) expect(slugs.has(c), c).toBe(true);
    expect(lab.checkpoints.length).toBeGreaterThan(0);
  });

  it.each(LABS)('$id: the scripted run reaches every checkpoint, which passes its own value and fails a wrong one', (lab) => {
    const expected = expectedValues(lab);
    for (const cp of lab.checkpoints) {
      expect(expected[cp.id], `${cp.id} reached`).not.toBeNull();
      expect(Number.isFinite(expected[cp.id])).toBe(true);
    }
    const logs = lab.script.map(replayRun);
    for (const cp of lab.checkpoints) {
      const log = logs.find((l) => cp.ready(l) === null)!;
      const value = cp.measure(log);
      expect(checkCheckpoint(cp, formatMeasured(value), log).kind).toBe('right');
      expect(checkCheckpoint(cp, String(value * 1.5 + 0.5), log).kind).toBe('wrong');
      expect(checkCheckpoint(cp, 'abc', log).kind).toBe('invalid');
      expect(checkCheckpoint(cp, formatMeasured(value), log.slice(0, 1)).kind).toBe('not-ready');
    }
  }, 60_000);
});

describe('the run log', () => {
  const [run] = LABS[0].script;
  const log = replayRun(run);

  it('starts afresh when the deposit is reset', () => {
    let kept = log.reduce((acc, s) => appendSample(acc, s), [] as typeof log);
    expect(kept.length).toBe(log.length);
    kept = appendSample(kept, log[0]);
    expect(kept).toEqual([log[0]]);
  });

  it('keeps the first state of an event when it thins a long log', () => {
    const long = Array.from({ length: 6000 }, (_, i) => ({ ...log[0], stats: { ...log[0].stats, plated: i, sandsOnset: i >= 4001 } }));
    const kept = long.reduce((acc, s) => appendSample(acc, s), [] as typeof log);
    expect(kept.length).toBeLessThan(long.length);
    expect(kept.find((s) => s.stats.sandsOnset)?.stats.plated).toBe(4001);
  });
});
