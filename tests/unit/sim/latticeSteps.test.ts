import { describe, expect, it } from 'vitest';
import { DOUBLE_STEP_D2, FREE_STEP_D2, STEP2_X, STEP2_Y, STEP2_Z, STEP_X, STEP_Y, STEP_Z } from '../../../src/lib/sim/latticeSteps.ts';

const key = (x: number, y: number, z: number) => `${x},${y},${z}`;

describe('lattice steps', () => {
  it('has six unit steps, one along each signed axis', () => {
    const steps = new Set([0, 1, 2, 3, 4, 5].map((d) => key(STEP_X[d], STEP_Y[d], STEP_Z[d])));
    expect([...steps].sort()).toEqual(['-1,0,0', '0,-1,0', '0,0,-1', '0,0,1', '0,1,0', '1,0,0'].sort());
  });

  it('makes the double step the exact distribution of two independent unit steps', () => {
    // Convolve the unit-step distribution with itself, by hand, and compare with the table counts.
    const expected = new Map<string, number>();
    for (let a = 0; a < 6; a++) {
      for (let b = 0; b < 6; b++) {
        const k = key(STEP_X[a] + STEP_X[b], STEP_Y[a] + STEP_Y[b], STEP_Z[a] + STEP_Z[b]);
        expected.set(k, (expected.get(k) ?? 0) + 1);
      }
    }
    const table = new Map<string, number>();
    for (let d = 0; d < 36; d++) {
      const k = key(STEP2_X[d], STEP2_Y[d], STEP2_Z[d]);
      table.set(k, (table.get(k) ?? 0) + 1);
    }
    expect(table).toEqual(expected);
    // Back home 6 ways in 36, each of the 12 diagonal sites 2 ways, each of the 6 sites two away 1 way.
    expect(table.get('0,0,0')).toBe(6);
    expect(table.get('1,1,0')).toBe(2);
    expect(table.get('0,0,2')).toBe(1);
    expect(table.size).toBe(19);
  });

  it('only double-steps where both sites are empty and the middle one touches no metal', () => {
    const clearance = Math.sqrt(DOUBLE_STEP_D2);
    for (let d = 0; d < 36; d++) {
      const reach = Math.hypot(STEP2_X[d], STEP2_Y[d], STEP2_Z[d]);
      expect(reach).toBeLessThan(clearance); // the landing site is empty
    }
    // The middle site is 1 away, so metal is more than clearance − 1 from it; on the lattice that
    // means a squared distance of at least the free-step threshold: no neighbour of it is metal.
    const middleSquared = Math.floor((clearance - 1) ** 2) + 1;
    expect(middleSquared).toBeGreaterThanOrEqual(FREE_STEP_D2);
    expect(FREE_STEP_D2).toBe(2);
  });
});
