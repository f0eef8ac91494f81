/** The stripping walkers jump by this field, so it must never overstate a distance. */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { DISTANCE_CAP, DistanceField } from '../../../src/lib/sim/distanceField.ts';
import { createGrowth } from '../../../src/lib/sim/index.ts';

/** Squared distance to the nearest occupied site by brute force, with minimum-image wrap in x and y. */
function bruteForce(occ: Uint8Array, nx: number, ny: number, nz: number, periodic: boolean): Uint8Array {
  const sites: [number, number, number][] = [];
  for (let i = 0; i < occ.length; i++) {
    if (occ[i]) sites.push([i % nx, Math.floor(i / nx) % ny, Math.floor(i / (nx * ny))]);
  }
  const out = new Uint8Array(occ.length).fill(DISTANCE_CAP);
  for (let i = 0; i < occ.length; i++) {
    const x = i % nx, y = Math.floor(i / nx) % ny, z = Math.floor(i / (nx * ny));
    let best = Infinity;
    for (const [sx, sy, sz] of sites) {
      let dx = Math.abs(x - sx), dy = Math.abs(y - sy);
      if (periodic) {
        dx = Math.min(dx, nx - dx);
        dy = Math.min(dy, ny - dy);
      }
      best = Math.min(best, dx * dx + dy * dy + (z - sz) ** 2);
    }
    out[i] = Math.min(best, DISTANCE_CAP);
  }
  return out;
}

// The property tests run fixed cases (fast-check seeds below) of bounded size; on an idle 2-core
// machine each takes 1–3 s. The timeout leaves room for a runner loaded by other workers.
vi.setConfig({ testTimeout: 60_000 });

describe('distance field', () => {
  it('is 0 on occupied sites and counts voxels to the nearest one elsewhere', () => {
    const field = new DistanceField(40, 40, 40, false);
    const occ = new Uint8Array(40 ** 3);
    occ[20 + 40 * 20 + 1600 * 20] = 1;
    field.compute(occ);
    const at = (x: number, y: number, z: number) => field.squared[x + 40 * y + 1600 * z];
    expect(at(20, 20, 20)).toBe(0);
    expect(at(23, 24, 20)).toBe(25);
    expect(at(20, 20, 35)).toBe(225);
    expect(at(20, 20, 36)).toBe(DISTANCE_CAP); // 16² does not fit: capped
    expect(at(0, 0, 0)).toBe(DISTANCE_CAP);
  });

  it('marks an emptied site 1, a lower bound that keeps zero for occupied sites only', () => {
    const field = new DistanceField(8, 8, 8, false);
    const occ = new Uint8Array(8 ** 3);
    const site = 3 + 8 * 3 + 64 * 3;
    occ[site] = 1;
    field.compute(occ);
    expect(field.squared[site]).toBe(0);
    field.vacated(site);
    expect(field.squared[site]).toBe(1);
    field.vacated(site + 1); // already non-zero: unchanged
    expect(field.squared[site + 1]).toBe(1);
  });

  it('wraps across the periodic sides of an electrode', () => {
    const field = new DistanceField(16, 16, 8, true);
    const occ = new Uint8Array(16 * 16 * 8);
    occ[0] = 1; // x = 0, y = 0, z = 0
    field.compute(occ);
    expect(field.squared[15]).toBe(1); // x = 15 neighbours x = 0 across the seam
    expect(field.squared[15 + 16 * 15]).toBe(2);
  });

  it('computes only the layers asked for, exactly, when the metal lies below them', () => {
    const [nx, ny, nz] = [16, 16, 30];
    const occ = new Uint8Array(nx * ny * nz);
    for (let i = 0; i < nx * ny * 6; i += 7) occ[i] = 1;
    const field = new DistanceField(nx, ny, nz, true);
    field.compute(occ, 12);
    const slab = nx * ny * 12;
    expect(Array.from(field.squared.subarray(0, slab))).toEqual(Array.from(bruteForce(occ, nx, ny, nz, true).subarray(0, slab)));
    expect(field.squared.subarray(slab).every((v) => v === 0)).toBe(true); // never written, never read
  });

  it('matches brute force on random lattices, periodic or not, small or wider than the cap (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 40 }),
        fc.integer({ min: 8, max: 20 }),
        fc.integer({ min: 2, max: 24 }),
        fc.boolean(),
        fc.double({ min: 0.0005, max: 0.2, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (nx, ny, nz, periodic, density, seed) => {
          let s = seed || 1;
          const occ = new Uint8Array(nx * ny * nz);
          for (let i = 0; i < occ.length; i++) {
            s = (Math.imul(s, 1103515245) + 12345) >>> 0;
            if (s / 2 ** 32 < density) occ[i] = 1 + (s % 3);
          }
          const field = new DistanceField(nx, ny, nz, periodic);
          field.compute(occ);
          expect(Array.from(field.squared)).toEqual(Array.from(bruteForce(occ, nx, ny, nz, periodic)));
        },
      ),
      { numRuns: 30, seed: 1812 },
    );
  });

  it('never overstates the clearance the walkers jump by, and is zero exactly on occupied sites, through plating, stripping and cycles (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 400 })), { minLength: 1, maxLength: 6 }),
        (seed, stickingProbability, steps) => {
          const g = createGrowth({ width: 16, height: 24, seed, stickingProbability });
          const internals = g as unknown as { distance: DistanceField; lattice: { occ: Uint8Array } };
          // The exact clearance from a fresh computation (exact: the property above checks it
          // against brute force), which keeps each case cheap enough for many steps.
          const fresh = new DistanceField(g.nx, g.ny, g.nz, true);
          for (const [plating, count] of steps) {
            if (plating) g.plate(count);
            else g.strip(count);
            const launchLayer = Math.min(g.nz - 1, g.stats().maxHeight + 2);
            fresh.compute(internals.lattice.occ);
            const exact = fresh.squared;
            const field = internals.distance.squared;
            const occ = internals.lattice.occ;
            for (let i = 0; i < g.nx * g.ny * (launchLayer + 1); i++) {
              if (field[i] > exact[i]) throw new Error(`site ${i}: field ${field[i]} > exact ${exact[i]}`);
              // Walkers test a step's target by a zero here (Growth.walk), so zero must mean occupied.
              if ((field[i] === 0) !== (occ[i] !== 0)) throw new Error(`site ${i}: field ${field[i]}, occupancy ${occ[i]}`);
            }
          }
        },
      ),
      { numRuns: 40, seed: 2026 },
    );
  });
});
