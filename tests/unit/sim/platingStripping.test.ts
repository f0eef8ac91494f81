/** Plate–strip cycles: dead metal, Coulombic efficiency and short circuits emerge from the model. */
import { describe, expect, it, vi } from 'vitest';
import { createGrowth, cycleRecord, type GrowthOptions } from '../../../src/lib/sim/index.ts';

// Seconds on an idle 2-core machine; generous so a loaded CI runner does not time out.
vi.setConfig({ testTimeout: 120_000 });

/** Per-cycle CE and dead voxels after each cycle, plating 3 layers on a 32 × 32 electrode. */
function cycle(options: GrowthOptions, cycles: number) {
  const g = createGrowth({ width: 32, height: 128, seed: 1, ...options });
  const ce: number[] = [];
  const dead: number[] = [];
  for (let c = 1; c <= cycles; c++) {
    const before = g.stats();
    const plated = g.plate(32 * 32 * 3);
    g.strip(plated);
    const row = cycleRecord(c, before, g.stats());
    ce.push(row.coulombicEfficiency);
    dead.push(g.stats().dead);
  }
  return { ce, dead, stats: g.stats() };
}

describe('plating and stripping', () => {
  it('accumulates dead metal cycle after cycle, with CE < 1', () => {
    const { ce, dead, stats } = cycle({ stickingProbability: 0.1 }, 3);
    for (const e of ce) {
      expect(e).toBeGreaterThan(0.3);
      expect(e).toBeLessThan(1);
    }
    expect(dead[0]).toBeGreaterThan(0);
    expect(dead[1]).toBeGreaterThan(dead[0]);
    expect(dead[2]).toBeGreaterThan(dead[1]);
    expect(stats.live + stats.dead + stats.stripped).toBe(stats.plated);
    expect(stats.deadFraction).toBeCloseTo(stats.dead / stats.chargePlated, 12);
    expect(stats.chargePlated).toBeGreaterThan(stats.plated); // the SEI on new surface took charge too
  });

  it('wastes more metal when growth is diffusion-limited (p = 1) than when it is compact (small p)', () => {
    const dendritic = cycle({ stickingProbability: 1 }, 1);
    const compact = cycle({ stickingProbability: 0.01 }, 1);
    expect(dendritic.ce[0]).toBeLessThan(compact.ce[0] - 0.1);
    expect(compact.ce[0]).toBeGreaterThan(0.8);
  });

  it('sets `shorted` when live metal reaches the separator, and stops plating', () => {
    const g = createGrowth({ width: 16, height: 24, stickingProbability: 1, seed: 3 });
    const plated = g.plate(100_000);
    const s = g.stats();
    expect(s.shorted).toBe(true);
    expect(plated).toBeLessThan(100_000);
    expect(s.maxHeight).toBe(24);
    expect(s.maxHeightFraction).toBe(1);
    expect(g.plate(10)).toBe(0);
  });

  it('stops stripping when no live metal is left instead of hanging', () => {
    const g = createGrowth({ width: 16, height: 32, stickingProbability: 0.05 });
    g.plate(500);
    expect(g.strip(10_000)).toBeLessThanOrEqual(500);
    expect(g.stats().live).toBe(0);
    expect(g.strip(10)).toBe(0);
  });

  it('streams changed voxels for the viewer: deposits live, stripped empty, isolated dead', () => {
    const g = createGrowth({ width: 16, height: 96, stickingProbability: 1 });
    expect(g.plate(500)).toBe(500);
    const plated = g.takeChanges();
    expect(plated.reset).toBe(false);
    expect(plated.indices.length).toBe(500);
    expect([...new Set(plated.states)]).toEqual([1]);
    g.strip(500);
    const stripped = g.takeChanges();
    const s = g.stats();
    expect(stripped.states.filter((v) => v === 0).length).toBe(s.stripped);
    expect(stripped.states.filter((v) => v === 2).length).toBe(s.dead);
    expect(g.takeChanges().indices.length).toBe(0);
    expect(g.snapshot().indices.length).toBe(s.live + s.dead);
  });
});
