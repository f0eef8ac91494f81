/**
 * What the growth model must reproduce (shared/simulation-model.md): DLA's fractal dimension,
 * compact growth at low sticking probability, and the direction each knob moves the roughness.
 * Lattices are small where the property allows, so the file runs in seconds.
 */
import { describe, expect, it, vi } from 'vitest';
import { createGrowth, fractalDimension, type GrowthOptions, type GyrationSample } from '../../../src/lib/sim/index.ts';

// Seconds on an idle 2-core machine; generous so a loaded CI runner does not time out.
vi.setConfig({ testTimeout: 120_000 });

/** Mean roughness and tallest column after plating `voxels` on a 32 × 32 electrode, over seeds. */
function surface(options: GrowthOptions, voxels = 32 * 32 * 3, seeds = [1, 2]) {
  let roughness = 0;
  let maxHeight = 0;
  for (const seed of seeds) {
    const g = createGrowth({ width: 32, height: 128, seed, ...options });
    expect(g.plate(voxels)).toBe(voxels);
    const s = g.stats();
    expect(s.shorted).toBe(false);
    roughness += s.roughness / seeds.length;
    maxHeight += s.maxHeight / seeds.length;
  }
  return { roughness, maxHeight };
}

function freeCluster(particles: number, seed: number, stickingProbability = 1): GyrationSample[] {
  const g = createGrowth({ mode: 'free', width: 200, seed, stickingProbability });
  expect(g.plate(particles)).toBe(particles);
  return g.gyrationSamples();
}

describe('free diffusion-limited aggregation', () => {
  it('has a fractal dimension between 2.35 and 2.65 (R_g vs N, three clusters of 20 000, fixed seeds)', () => {
    const samples = [1, 2, 3].flatMap((seed) => freeCluster(20_000, seed));
    const d = fractalDimension(samples, 1000);
    expect(d).toBeGreaterThan(2.35);
    expect(d).toBeLessThan(2.65);
  });

  it('turns compact as the sticking probability falls toward 0: dimension near 3 (four clusters pooled)', () => {
    // One cluster's estimate scatters from 3.1 to 3.6 between seeds (the old single-seed check
    // passed for seed 1 only by luck); four pooled, fitted from 2,000 particles, give 3.2–3.3.
    // A compact ball's finite-size R_g estimate overshoots 3 (its surface layer is sparse).
    const samples = [1, 2, 3, 4].flatMap((seed) => freeCluster(6000, seed, 0.002));
    const d = fractalDimension(samples, 2000);
    expect(d).toBeGreaterThan(2.8);
    expect(d).toBeLessThan(3.45);
  });
});

describe('electrode growth', () => {
  it('gets less rough and less tall, monotonically, as the sticking probability falls', () => {
    const ps = [1, 0.3, 0.1, 0.03, 0.01];
    const results = ps.map((p) => surface({ stickingProbability: p }));
    for (let k = 1; k < ps.length; k++) {
      expect(results[k].roughness).toBeLessThan(results[k - 1].roughness);
      expect(results[k].maxHeight).toBeLessThanOrEqual(results[k - 1].maxHeight);
    }
    // p → 0 is compact: roughness far below the diffusion-limited case.
    expect(results[ps.length - 1].roughness).toBeLessThan(results[0].roughness / 5);
  });

  it('grows rougher on a mosaic SEI than on a uniform one', () => {
    for (const p of [0.03, 0.1]) {
      const uniform = surface({ stickingProbability: p, seiSpread: 0 });
      const mosaic = surface({ stickingProbability: p, seiSpread: 1.5 });
      expect(mosaic.roughness).toBeGreaterThan(uniform.roughness * 1.3);
    }
  });

  it('grows flatter with an electrostatic shield and with a stiff interphase', () => {
    const bare = surface({ stickingProbability: 0.3 });
    const shielded = surface({ stickingProbability: 0.3, shieldStrength: 0.5 });
    const stiff = surface({ stickingProbability: 0.3, interphaseModulusRatio: 1.8 });
    expect(shielded.roughness).toBeLessThan(bare.roughness / 2);
    expect(stiff.roughness).toBeLessThan(bare.roughness / 2);
    expect(shielded.maxHeight).toBeLessThan(bare.maxHeight);
    expect(stiff.maxHeight).toBeLessThan(bare.maxHeight);
  });

  it('maps the current and the salt at the electrode to the sticking probability; the old Damköhler mapping is the steady state', () => {
    const diffusionTime = (25e-6 / 2) ** 2 / 3e-10; // gap 50 voxels of 0.5 µm, half of it, over D
    const steady = (o: GrowthOptions) => {
      const g = createGrowth({ width: 16, height: 50, seed: 1, ...o });
      const fresh = g.stats().stickingProbability;
      while (g.stats().time_s < 6 * diffusionTime) g.plate(32);
      return { fresh, s: g.stats() };
    };
    const half = steady({ currentRatio: 0.5 });
    // Fresh cell (c_s = c₀): odds = x/50; steady (c_s/c₀ = 1 − x): odds = x/(50(1 − x)).
    expect(half.fresh).toBeCloseTo(0.01 / 1.01, 6);
    expect(half.s.surfaceConcentration).toBeCloseTo(0.5, 2);
    expect(half.s.stickingProbability).toBeCloseTo(0.0196, 3);
    expect(steady({ currentRatio: 0.95 }).s.stickingProbability).toBeCloseTo(0.275, 2);
    const concentrated = steady({ currentRatio: 0.9, concentration_M: 4 }).s;
    expect(concentrated.currentRatio).toBeCloseTo(0.225, 6);
    expect(concentrated.stickingProbability).toBeLessThan(steady({ currentRatio: 0.9 }).s.stickingProbability);
  });

  it("turns dendritic when the field reaches zero above the limiting current, and not below it", () => {
    const above = createGrowth({ width: 16, height: 64, currentRatio: 1.5 });
    const s0 = above.stats();
    expect(s0.sandsTime_s).not.toBeNull();
    expect(s0.sandsOnset).toBe(false);
    above.plate(16 * 16 * 4);
    const s1 = above.stats();
    expect(s1.time_s).toBeGreaterThan(s0.sandsTime_s!);
    expect(s1.sandsOnset).toBe(true);
    expect(s1.surfaceConcentration).toBe(0);
    expect(s1.stickingProbability).toBe(1);
    const below = createGrowth({ width: 16, height: 64, currentRatio: 0.9 });
    below.plate(16 * 16 * 4);
    expect(below.stats().sandsTime_s).toBeNull();
    expect(below.stats().sandsOnset).toBe(false);
    expect(below.stats().surfaceConcentration).toBeGreaterThan(0.09);
  });

  it('reports time and areal capacity in real units: 1 mAh/cm² of Li is ≈ 9.7 voxel layers', () => {
    // An electrolyte that forms no SEI, so all the charge goes into metal.
    const g = createGrowth({ width: 16, height: 64, metal: 'Li', seiReactivity: 0 });
    g.plate(Math.round(16 * 16 * 9.71));
    const s = g.stats();
    expect(s.platedCapacity_mAh_per_cm2).toBeCloseTo(1, 2);
    // t = Q / J: 1 mAh/cm² at J mA/cm² takes 3600 / J seconds.
    expect(s.time_s).toBeCloseTo(3600 / s.currentDensity_mA_per_cm2, 0);
    // With SEI forming, the same metal took more charge.
    const withSei = createGrowth({ width: 16, height: 64, metal: 'Li' });
    withSei.plate(Math.round(16 * 16 * 9.71));
    expect(withSei.stats().platedCapacity_mAh_per_cm2).toBeGreaterThan(1.02);
    const na = createGrowth({ width: 16, height: 64, metal: 'Na', seiReactivity: 0 });
    na.plate(16 * 16 * 10);
    expect(na.stats().platedCapacity_mAh_per_cm2).toBeLessThan(0.6);
  });
});
