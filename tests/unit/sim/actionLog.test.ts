/** Save and share a deposit: the options and the recorded calls rebuild it voxel for voxel. */
import { describe, expect, it, vi } from 'vitest';
import { ActionRecorder, decodeActions, encodeActions, MAX_REPLAY_VOXELS, replayActions } from '../../../src/lib/sim/actionLog.ts';
import { createGrowth, SimulationInputError, type GrowthOptions } from '../../../src/lib/sim/index.ts';
import { Sfc32 } from '../../../src/lib/sim/rng.ts';

vi.setConfig({ testTimeout: 120_000 });

/** Runs like the worker: plate then strip in chunks of uneven size, recording every call. */
function chunkedRun(options: GrowthOptions, cycles: number, perCycle: number, chunkSeed: number) {
  const g = createGrowth(options);
  const recorder = new ActionRecorder();
  const chunks = new Sfc32(chunkSeed);
  for (let c = 0; c < cycles && !g.stats().shorted; c++) {
    for (const kind of ['plate', 'strip'] as const) {
      let left = perCycle;
      while (left > 0) {
        const ask = Math.min(left, 1 + Math.floor(chunks.next() * 700));
        const got = kind === 'plate' ? g.plate(ask) : g.strip(ask);
        recorder.record(kind, ask, got);
        left -= got;
        if (got < ask) break;
      }
    }
  }
  return { g, log: recorder.encode() };
}

function replay(options: GrowthOptions, log: string, budget = Infinity) {
  const g = createGrowth(options);
  const actions = decodeActions(log);
  const cursor = { entry: 0, done: 0 };
  let guard = 0;
  while (!replayActions(g, actions, cursor, budget)) if (++guard > 100_000) throw new Error('replay did not finish');
  return g;
}

const same = (a: ReturnType<typeof createGrowth>, b: ReturnType<typeof createGrowth>) => {
  const sa = a.snapshot();
  const sb = b.snapshot();
  expect(sb.indices).toEqual(sa.indices);
  expect(sb.states).toEqual(sa.states);
  expect(b.stats()).toEqual(a.stats());
};

describe('deposit links', () => {
  it('replay the same deposit voxel for voxel, however the original run was cut into calls', () => {
    const options: GrowthOptions = { width: 24, height: 64, seed: 9, currentRatio: 0.9, seiSpread: 1.2 };
    const { g, log } = chunkedRun(options, 2, 24 * 24 * 3, 5);
    expect(g.stats().stripped).toBeGreaterThan(0);
    // One entry per phase: compact.
    expect(log.split('.').length).toBeLessThanOrEqual(4);
    expect(log).toMatch(/^[ps0-9a-z.-]+$/);
    same(g, replay(options, log));
    same(g, replay(options, log, 333)); // replayed in chunks, as the worker does
  });

  it('replay runs that stopped short: a short circuit, and stripping that ran out of metal', () => {
    const shorting: GrowthOptions = { width: 16, height: 24, seed: 3, stickingProbability: 1 };
    const a = chunkedRun(shorting, 2, 16 * 16 * 30, 1);
    expect(a.g.stats().shorted).toBe(true);
    expect(a.log).toMatch(/-/); // an entry that did less than it asked
    same(a.g, replay(shorting, a.log));
    const draining: GrowthOptions = { width: 16, height: 48, seed: 4, stickingProbability: 0.05 };
    const g = createGrowth(draining);
    const recorder = new ActionRecorder();
    recorder.record('plate', 500, g.plate(500));
    recorder.record('strip', 900, g.strip(900));
    expect(recorder.actions[1].done).toBeLessThan(900);
    same(g, replay(draining, recorder.encode()));
  });

  it('round-trips the encoding', () => {
    const actions = [
      { kind: 'plate' as const, requested: 40_000, done: 40_000 },
      { kind: 'strip' as const, requested: 40_000, done: 31_234 },
    ];
    expect(encodeActions(actions)).toBe('puv4.suv4-o3m');
    expect(decodeActions(encodeActions(actions))).toEqual(actions);
    expect(decodeActions('')).toEqual([]);
  });

  it.each([
    ['not an action', 'p12.x9', /step 2 \(“x9”\) is not p or s followed by a number/],
    ['a negative count', 'p-1', /step 1/],
    ['zero voxels', 'p0', /does more than it asks for/],
    ['more done than asked', 'p10-20', /does more than it asks for/],
    ['script in the log', 'p1.<script>alert(1)</script>', /step 2 \(“<script>alert\(1\)<\/sc…”\)/],
    ['a replay too long to run', Array.from({ length: 60 }, () => 'p1ekf').join('.'), /replays stop at 2,000,000/],
    ['too many steps', Array.from({ length: 2001 }, () => 'p1').join('.'), /too many steps/],
    ['an absurdly long link', 'p1.'.repeat(8000), /too long to replay/],
  ])('rejects %s with a clear message, never a crash', (_, log, message) => {
    let error: unknown;
    try {
      decodeActions(log);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SimulationInputError);
    expect((error as SimulationInputError).parameter).toBe('log');
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/opened with the link's settings but without its deposit\.$/);
  });

  it('bounds the replay: the largest log accepted asks for at most MAX_REPLAY_VOXELS', () => {
    expect(MAX_REPLAY_VOXELS).toBe(2_000_000);
    expect(() => decodeActions(`p${(MAX_REPLAY_VOXELS).toString(36)}`)).not.toThrow();
    expect(() => decodeActions(`p${(MAX_REPLAY_VOXELS + 1).toString(36)}`)).toThrow(SimulationInputError);
  });

  it('says so when a log does not replay on this model (edited, or from another version)', () => {
    const g = createGrowth({ width: 16, height: 48, seed: 1 });
    expect(() => replayActions(g, decodeActions(`p${(64).toString(36)}-${(40).toString(36)}`), { entry: 0, done: 0 })).toThrow(/does not replay with this version.*plated 64 voxels where the link says 40/);
  });
});
