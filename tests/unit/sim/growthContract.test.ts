/** Determinism, bounded memory, validation with typed errors, and no NaN or hang on any valid input. */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  createGrowth,
  growthParameters,
  MAX_ELECTRODE_WIDTH,
  resolveGrowthOptions,
  SimulationInputError,
  type GrowthOptions,
} from '../../../src/lib/sim/index.ts';

// Seconds on an idle 2-core machine; generous so a loaded CI runner does not time out.
vi.setConfig({ testTimeout: 120_000 });

const run = (o: GrowthOptions) => {
  const g = createGrowth(o);
  g.plate(1500);
  g.strip(700);
  return { stats: g.stats(), changes: g.takeChanges() };
};

describe('determinism', () => {
  it('gives identical stats and voxels for the same seed, and different ones for another seed', () => {
    const o: GrowthOptions = { width: 24, height: 48, currentRatio: 0.95, seiSpread: 1, seed: 42 };
    const a = run(o);
    const b = run(o);
    expect(b.stats).toEqual(a.stats);
    expect(b.changes.indices).toEqual(a.changes.indices);
    expect(run({ ...o, seed: 43 }).changes.indices).not.toEqual(a.changes.indices);
  });
});

describe('memory', () => {
  it('holds ≤ 48 MiB for the largest electrode lattice offered (256 × 256 × 257, after stripping starts)', () => {
    const g = createGrowth({ width: MAX_ELECTRODE_WIDTH, height: growthParameters.height.max, stickingProbability: 0.05 });
    g.plate(2000);
    g.strip(100);
    expect(g.stats().memoryBytes).toBeLessThanOrEqual(48 * 2 ** 20);
  });

  it('caps the change log: past its capacity the reader is told to resync from a snapshot', async () => {
    const { ChangeLog } = await import('../../../src/lib/sim/changeLog.ts');
    const log = new ChangeLog(10_000);
    for (let i = 0; i < 50_000; i++) log.record(i, 1);
    expect(log.bytes).toBeLessThanOrEqual(10_000 * 5);
    const taken = log.take();
    expect(taken.reset).toBe(true);
    log.record(7, 1);
    expect(log.take()).toMatchObject({ reset: false, indices: new Int32Array([7]) });
  });
});

describe('validation', () => {
  const bad: [string, GrowthOptions | Record<string, unknown>, string][] = [
    ['NaN current', { currentRatio: Number.NaN }, 'currentRatio'],
    ['negative SEI spread', { seiSpread: -1 }, 'seiSpread'],
    ['fractional width', { width: 32.5 }, 'width'],
    ['width past the electrode limit', { width: 300 }, 'width'],
    ['huge gap', { height: 10_000 }, 'height'],
    ['unknown metal', { metal: 'Mg' }, 'metal'],
    ['unknown mode', { mode: '2d' }, 'mode'],
    ['sticking probability 0 (would never deposit)', { stickingProbability: 0 }, 'stickingProbability'],
    ['string seed', { seed: '7' }, 'seed'],
    ['misspelt option', { widht: 32 }, 'widht'],
  ];
  it.each(bad)('rejects %s with a SimulationInputError naming the option', (_, options, parameter) => {
    let error: unknown;
    try {
      createGrowth(options as GrowthOptions);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SimulationInputError);
    expect((error as SimulationInputError).parameter).toBe(parameter);
    expect((error as Error).message).toMatch(/^[A-Z].+\.$/);
  });

  it('explains the allowed range in the message', () => {
    expect(() => createGrowth({ seiSpread: 9 })).toThrow('SEI non-uniformity must be a number from 0 to 2.5; got 9.');
  });

  it('refuses to strip a free cluster and bad counts, with typed errors', () => {
    expect(() => createGrowth({ mode: 'free', width: 32 }).strip(1)).toThrow(SimulationInputError);
    expect(() => createGrowth({ width: 16 }).plate(-1)).toThrow(SimulationInputError);
    expect(() => createGrowth({ width: 16 }).plate(Number.NaN)).toThrow(SimulationInputError);
  });

  it('accepts every default', () => {
    expect(() => resolveGrowthOptions({})).not.toThrow();
  });
});

describe('robustness', () => {
  it('never produces NaN or hangs for random valid options (fast-check)', () => {
    const options = fc.record({
      mode: fc.constantFrom('electrode' as const, 'free' as const),
      width: fc.integer({ min: 8, max: 24 }),
      height: fc.integer({ min: 8, max: 40 }),
      metal: fc.constantFrom('Li' as const, 'Na' as const, 'K' as const),
      seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      currentRatio: fc.double({ min: 0.05, max: 3, noNaN: true }),
      concentration_M: fc.double({ min: 0.1, max: 5, noNaN: true }),
      seiSpread: fc.double({ min: 0, max: 2.5, noNaN: true }),
      seiReactivity: fc.double({ min: 0, max: 30, noNaN: true }),
      shieldStrength: fc.double({ min: 0, max: 1, noNaN: true }),
      interphaseModulusRatio: fc.double({ min: 0, max: 5, noNaN: true }),
    });
    fc.assert(
      fc.property(options, (o) => {
        const g = createGrowth(o);
        g.plate(200);
        if (o.mode === 'electrode') g.strip(150);
        const s = g.stats();
        for (const [key, value] of Object.entries(s)) {
          if (typeof value === 'number') expect(Number.isFinite(value), key).toBe(true);
        }
        expect(s.live + s.dead + s.stripped).toBe(s.plated + (o.mode === 'free' ? 0 : 0));
      }),
      { numRuns: 25, seed: 20240607 },
    );
  });
});
