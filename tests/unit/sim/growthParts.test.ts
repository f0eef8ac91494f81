/** The model's parts on their own: connectivity, relocation sampling, the describer, URL presets, CSV. */
import { describe, expect, it } from 'vitest';
import { ConnectivityChecker } from '../../../src/lib/sim/connectivity.ts';
import { DEAD, Lattice, LIVE, SUBSTRATE } from '../../../src/lib/sim/lattice.ts';
import { planeReturnOffset } from '../../../src/lib/sim/relocation.ts';
import { Sfc32 } from '../../../src/lib/sim/rng.ts';
import { BAD_TEXT } from '../support/badText';
import {
  createGrowth,
  cyclesToCsv,
  describeGrowth,
  growthQueryString,
  GROWTH_PRESETS,
  parseGrowthQuery,
  resolveGrowthOptions,
  type GrowthStats,
} from '../../../src/lib/sim/index.ts';

describe('connectivity after a removal', () => {
  /** A 1-wide pillar on an 8 × 8 electrode, with a side branch at z = 5. */
  function pillar() {
    const lattice = new Lattice(8, 8, 12, true);
    for (let i = 0; i < 64; i++) lattice.occupy(i, SUBSTRATE);
    for (let z = 1; z <= 8; z++) lattice.occupy(lattice.index(3, 3, z), LIVE);
    lattice.occupy(lattice.index(4, 3, 5), LIVE);
    return lattice;
  }

  it('turns everything above a cut neck dead, at once', () => {
    const lattice = pillar();
    const cut = lattice.index(3, 3, 4);
    lattice.vacate(cut);
    const died: number[] = [];
    const n = new ConnectivityChecker(lattice).isolateAround(cut, (s) => died.push(s));
    expect(n).toBe(5); // z = 5…8 and the branch
    expect(died.every((s) => lattice.occ[s] === DEAD)).toBe(true);
    expect(lattice.occ[lattice.index(3, 3, 3)]).toBe(LIVE);
  });

  it('leaves metal alive when another path reaches the electrode', () => {
    const lattice = pillar();
    // A second leg from the branch down to the electrode.
    for (let z = 1; z <= 4; z++) lattice.occupy(lattice.index(4, 3, z), LIVE);
    const cut = lattice.index(3, 3, 4);
    lattice.vacate(cut);
    expect(new ConnectivityChecker(lattice).isolateAround(cut, () => {})).toBe(0);
  });
});

describe('relocation', () => {
  it('returns a walker to the launch plane with median offset √3 × its height', () => {
    const rng = new Sfc32(5);
    const out = new Float64Array(2);
    const r: number[] = [];
    for (let k = 0; k < 20_000; k++) {
      planeReturnOffset(4, rng, out);
      r.push(Math.hypot(out[0], out[1]));
    }
    r.sort((a, b) => a - b);
    expect(r[10_000] / 4).toBeCloseTo(Math.sqrt(3), 1);
  });
});

describe('describeGrowth', () => {
  const base = createGrowth({ width: 16, height: 40, metal: 'Na' }).stats();
  const stats = (o: Partial<GrowthStats>): GrowthStats => ({ ...base, ...o });

  it('says the electrode is bare before plating', () => {
    expect(describeGrowth(base)).toBe('Bare electrode: no sodium plated yet.');
  });

  it('reads like the issue’s example after cycles', () => {
    const s = stats({ plated: 1000, stripped: 800, dead: 140, deadFraction: 0.14, seiLossFraction: 0.06, maxHeightFraction: 0.62, coulombicEfficiency: 0.8 });
    expect(describeGrowth(s, { cycles: 3 })).toBe(
      'After 3 cycles, 14 % of the plated sodium is dead and 6 % went into SEI; the tallest protrusion spans 62 % of the gap. Coulombic efficiency so far: 80 %.',
    );
  });

  it('describes the surface while plating, and announces Sand’s time and a short', () => {
    const s = stats({ plated: 500, platedCapacity_mAh_per_cm2: 0.123, roughness_um: 5, maxHeightFraction: 1, shorted: true, sandsOnset: true, surfaceConcentration: 0 });
    const text = describeGrowth(s);
    expect(text).toMatch(/^After plating 0\.12 mAh\/cm², the sodium surface is very rough/);
    expect(text).toContain("Sand's time has passed: the salt at the electrode has run out");
    expect(text).toContain('Short circuit');
    expect(text).not.toMatch(BAD_TEXT);
  });

  it('says how far the salt at the electrode has fallen while plating depletes it', () => {
    const s = stats({ plated: 500, platedCapacity_mAh_per_cm2: 0.1, roughness_um: 0.5, maxHeightFraction: 0.1, surfaceConcentration: 0.42 });
    expect(describeGrowth(s)).toContain('The salt at the electrode is down to 42 % of the bulk.');
    expect(describeGrowth(stats({ plated: 500, surfaceConcentration: 0.97 }))).not.toContain('salt at the electrode');
  });

  it('describes a free cluster', () => {
    const g = createGrowth({ mode: 'free', width: 32 });
    g.plate(50);
    expect(describeGrowth(g.stats())).toMatch(/^A free cluster of 51 particles, radius of gyration \d+\.\d voxels\.$/);
  });
});

describe('URL presets', () => {
  it('every preset resolves to valid options', () => {
    for (const p of GROWTH_PRESETS) expect(() => resolveGrowthOptions(p.options), p.id).not.toThrow();
  });

  it('applies a preset, then overrides from the query', () => {
    const q = parseGrowthQuery('?preset=stiff-sei&metal=Na&seed=9');
    expect(q.problems).toEqual([]);
    expect(q.options).toMatchObject({ interphaseModulusRatio: 2, metal: 'Na', seed: 9 });
  });

  it('reports, and ignores, bad parameters instead of failing', () => {
    const q = parseGrowthQuery('preset=nope&currentRatio=abc&width=9999&colour=red&seiSpread=2');
    expect(q.options).toEqual({ seiSpread: 2 });
    expect(q.problems).toHaveLength(4);
    expect(q.problems.join(' ')).toMatch(/Unknown preset “nope”.*must be a number.*Lattice width.*Unknown parameter “colour”/);
  });

  it('leaves the parameters every page reads (theme, lecture mode) alone', () => {
    const q = parseGrowthQuery('?theme=projector&present=4&metal=Na');
    expect(q.problems).toEqual([]);
    expect(q.options).toEqual({ metal: 'Na' });
  });

  it('leaves other widgets’ parameters on the same chapter alone (a calculator preset, a quiz seed)', () => {
    const q = parseGrowthQuery('?cycle-life.coulombicEfficiency=0.999&quiz-seed=abc&seiSpread=1');
    expect(q.problems).toEqual([]);
    expect(q.options).toEqual({ seiSpread: 1 });
  });

  it('never puts NaN or Infinity in a message a student reads', () => {
    const q = parseGrowthQuery('seed=abc&width=1e309&currentRatio=NaN&metal=%3Cb%3E');
    expect(q.problems).toHaveLength(4);
    for (const p of q.problems) expect(p).not.toMatch(BAD_TEXT);
  });

  it('reports a repeated bad parameter once (the page lists messages, one per problem)', () => {
    const q = parseGrowthQuery('q=NaN&q=NaN&width=1e309&width=1e309');
    expect(q.problems).toHaveLength(2);
    expect(new Set(q.problems).size).toBe(q.problems.length);
  });

  it('hands a deposit link’s action log to the worker without treating it as a setting', () => {
    const q = parseGrowthQuery('?preset=carbonate&seed=7&log=p2yo.s2yo-2ql');
    expect(q.problems).toEqual([]);
    expect(q.log).toBe('p2yo.s2yo-2ql');
    expect(parseGrowthQuery('?seed=7').log).toBeNull();
  });

  it('round-trips options through a query string', () => {
    const o = { metal: 'K' as const, currentRatio: 1.2, seiSpread: 1.5, stickingProbability: 1 };
    expect(parseGrowthQuery(growthQueryString(o)).options).toEqual(o);
  });
});

describe('cycle CSV', () => {
  it('writes a header and one plain-number row per cycle', () => {
    const csv = cyclesToCsv([
      { cycle: 1, plated: 100, stripped: 91, coulombicEfficiency: 0.91, deadFraction: 0.06, seiLossFraction: 0.03, platedCapacity_mAh_per_cm2: 0.1234567, roughness_um: 1.5, maxHeightFraction: 0.2, time_s: 12, shorted: false },
    ]);
    expect(csv).toBe(
      'cycle,plated,stripped,coulombicEfficiency,deadFraction,seiLossFraction,platedCapacity_mAh_per_cm2,roughness_um,maxHeightFraction,time_s,shorted\n' +
        '1,100,91,0.91,0.06,0.03,0.123457,1.5,0.2,12,false\n',
    );
  });
});
