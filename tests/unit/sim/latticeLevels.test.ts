/**
 * The block hierarchy the walkers jump by: `freeLevel` is the definition (climb from level 1);
 * the walk uses `isFreeAt` and `freeLevelNear`, which must give the same answers.
 */
import { describe, expect, it } from 'vitest';
import { Lattice, LIVE } from '../../../src/lib/sim/lattice.ts';
import { Sfc32 } from '../../../src/lib/sim/rng.ts';

function randomLattice(seed: number, occupied: number): Lattice {
  const lattice = new Lattice(64, 64, 64, true);
  const rng = new Sfc32(seed);
  for (let k = 0; k < occupied; k++) {
    const i = Math.floor(rng.next() * lattice.n);
    if (lattice.occ[i] === 0) lattice.occupy(i, LIVE);
  }
  return lattice;
}

describe('block hierarchy', () => {
  it('is free at level L exactly when the largest free level is at least L, and free levels nest', () => {
    for (const [seed, occupied] of [[1, 2], [2, 8], [3, 30]]) {
      const lattice = randomLattice(seed, occupied);
      const rng = new Sfc32(100 + seed);
      let sawFree = 0;
      let sawBlocked = 0;
      for (let k = 0; k < 2000; k++) {
        const [x, y, z] = [0, 0, 0].map(() => Math.floor(rng.next() * 64));
        const largest = lattice.freeLevel(x, y, z);
        for (let level = 1; level <= lattice.maxLevel; level++) {
          expect(lattice.isFreeAt(level, x, y, z)).toBe(level <= largest);
        }
        for (let guess = 0; guess <= lattice.maxLevel + 1; guess++) {
          expect(lattice.freeLevelNear(x, y, z, guess)).toBe(largest);
        }
        if (largest >= 3) sawFree++;
        else sawBlocked++;
      }
      // Each lattice offers both kinds of site, so the comparison is not vacuous.
      expect(sawFree).toBeGreaterThan(0);
      expect(sawBlocked).toBeGreaterThan(0);
    }
  });
});
