/**
 * Sand's time from the concentration field (issue 18): the salt at the electrode runs out when
 * the numerical field reaches zero, not when a closed form says so. The physics library's
 * closed forms are the reference the numerics must meet.
 */
import { describe, expect, it } from 'vitest';
import { criticalCurrentDensity, sandsTime } from '../../../src/lib/physics/index.ts';
import { ConcentrationField, FIELD_INTERVALS } from '../../../src/lib/sim/concentrationField.ts';
import { createGrowth } from '../../../src/lib/sim/index.ts';
import { ELECTROLYTE_CATION_TRANSFERENCE, ELECTROLYTE_DIFFUSIVITY, VOXEL_SIZE_M } from '../../../src/lib/sim/physicalScale.ts';

const D = ELECTROLYTE_DIFFUSIVITY;
const electrolyte = (gapVoxels: number, concentration_M = 1) => ({
  diffusivity: D,
  concentration: concentration_M * 1000,
  cationTransference: ELECTROLYTE_CATION_TRANSFERENCE,
  gap: gapVoxels * VOXEL_SIZE_M,
});

/** Plates one voxel at a time until `until` says stop (or the cap); returns the stats then. */
function plateUntil(g: ReturnType<typeof createGrowth>, until: (s: ReturnType<typeof g.stats>) => boolean, cap = 200_000) {
  for (let k = 0; k < cap; k++) {
    g.plate(1);
    const s = g.stats();
    if (until(s)) return s;
  }
  throw new Error('the condition was never met');
}

describe("Sand's time from the concentration field", () => {
  it("reaches zero at J = 2 J* within 5 % of the physics library's Sand's time", () => {
    const height = 64;
    const g = createGrowth({ width: 16, height, currentRatio: 2, seed: 3 });
    const j = 2 * criticalCurrentDensity(electrolyte(height));
    const tau = sandsTime({ ...electrolyte(height), currentDensity: j });
    expect(g.stats().sandsOnset).toBe(false);
    const s = plateUntil(g, (st) => st.sandsOnset);
    expect(s.surfaceConcentration).toBe(0);
    expect(s.stickingProbability).toBe(1);
    expect(Math.abs(s.sandsOnsetTime_s! / tau - 1)).toBeLessThan(0.05);
    // Before the onset the deposit was not yet diffusion-limited.
    const fresh = createGrowth({ width: 16, height, currentRatio: 2, seed: 3 });
    fresh.plate(20);
    expect(fresh.stats().stickingProbability).toBeLessThan(0.1);
  });

  it('follows the semi-infinite solution 1 − √(t/τs) while the depleted layer is thin (within 0.03 at τs/4)', () => {
    const height = 64;
    const g = createGrowth({ width: 16, height, currentRatio: 2, seed: 5 });
    const tau = sandsTime({ ...electrolyte(height), currentDensity: 2 * criticalCurrentDensity(electrolyte(height)) });
    const s = plateUntil(g, (st) => st.time_s >= tau / 4);
    expect(s.time_s).toBeLessThan(tau / 4 + 0.01 * tau);
    expect(Math.abs(s.surfaceConcentration - (1 - Math.sqrt(s.time_s / tau)))).toBeLessThan(0.03);
    // The same on the bare field, at several times, as a check of the numerics alone.
    const half = 32e-6;
    const gradient = 2 * (2 / (2 * half)); // 2 J*: g* = 2/L
    const field = new ConcentrationField(half, D, gradient);
    field.setGradient(gradient);
    const tauField = (Math.PI * (2 * half) ** 2) / (16 * D * 4);
    let elapsed = 0;
    for (const fraction of [0.05, 0.25, 0.5]) {
      field.advance(fraction * tauField - elapsed);
      field.flush();
      elapsed = fraction * tauField;
      expect(Math.abs(field.surface - (1 - Math.sqrt(fraction)))).toBeLessThan(0.03);
    }
  });

  it('below J* settles to the steady linear profile and never reaches zero', () => {
    const height = 48;
    const x = 0.8;
    const g = createGrowth({ width: 16, height, currentRatio: x, seed: 2 });
    const diffusionTime = (height * VOXEL_SIZE_M / 2) ** 2 / D;
    let lowest = 1;
    while (g.stats().time_s < 8 * diffusionTime) {
      g.plate(64);
      lowest = Math.min(lowest, g.stats().surfaceConcentration);
      expect(g.stats().sandsOnset).toBe(false);
    }
    expect(lowest).toBeGreaterThan(1 - x - 0.01);
    const profile = g.concentrationProfile();
    expect(profile.length).toBe(FIELD_INTERVALS + 1);
    // c/c₀ = 1 − x (1 − z/(L/2)): the steady state of the symmetric cell's half gap.
    profile.forEach((v, i) => expect(v).toBeCloseTo(1 - x * (1 - i / FIELD_INTERVALS), 2));
    expect(g.stats().surfaceConcentration).toBeCloseTo(1 - x, 2);
    expect(g.stats().sandsTime_s).toBeNull();
  });

  it('relaxes back toward the bulk after the current stops, and a new plating step starts the clock again', () => {
    const height = 64;
    const g = createGrowth({ width: 16, height, currentRatio: 2, seed: 4 });
    plateUntil(g, (st) => st.sandsOnset);
    g.plate(50); // held at zero while the current keeps drawing
    expect(g.stats().surfaceConcentration).toBe(0);
    const diffusionTime = (height * VOXEL_SIZE_M / 2) ** 2 / D;
    g.rest(0.05 * diffusionTime);
    const early = g.stats();
    expect(early.sandsOnset).toBe(false);
    expect(early.surfaceConcentration).toBeGreaterThan(0.2);
    g.rest(3 * diffusionTime);
    const late = g.stats().surfaceConcentration;
    expect(late).toBeGreaterThan(early.surfaceConcentration);
    expect(late).toBeGreaterThan(0.97);
    expect(late).toBeLessThanOrEqual(1 + 1e-9);
    // Relaxed, the electrode takes the full Sand's time again before it runs dry.
    const tau = sandsTime({ ...electrolyte(height), currentDensity: 2 * criticalCurrentDensity(electrolyte(height)) });
    const s = plateUntil(g, (st) => st.sandsOnset);
    expect(s.sandsOnsetTime_s! / tau).toBeGreaterThan(0.9);
  });

  it('rises above the bulk while stripping (the electrode releases salt)', () => {
    const g = createGrowth({ width: 16, height: 64, currentRatio: 0.9, seed: 6, stickingProbability: 0.05 });
    g.plate(16 * 16 * 4);
    g.strip(16 * 16 * 3);
    expect(g.stats().surfaceConcentration).toBeGreaterThan(1);
  });

  it('rejects a rest that is negative or not finite', () => {
    const g = createGrowth({ width: 16, height: 32 });
    expect(() => g.rest(-1)).toThrow(/finite number of seconds/);
    expect(() => g.rest(Number.NaN)).toThrow(/finite number of seconds/);
  });
});
