/**
 * An SEI that forms on newly exposed metal and costs charge (issue 18): the charge balance,
 * the calibration in real units, the per-column record the view colours, and Fang et al.'s
 * finding (Nature 2019, 572, 511) reproduced qualitatively across conditions.
 */
import { describe, expect, it, vi } from 'vitest';
import { chargeLossTable, CHARGE_LOSS_SAME_SEI } from '../../../src/lib/sim/chargeLoss.ts';
import { resolveGrowthOptions } from '../../../src/lib/sim/growthParameters.ts';
import { createGrowth, SimulationInputError, type GrowthOptions } from '../../../src/lib/sim/index.ts';
import { DEFAULT_SEI_CHARGE_mC_PER_CM2, SEI_COMPOUNDS, seiChargePerArea, seiChargePerFace } from '../../../src/lib/sim/seiFormation.ts';

// Seconds on an idle 2-core machine; generous so a loaded runner does not time out.
vi.setConfig({ testTimeout: 120_000 });

function fullCycle(options: GrowthOptions, layers = 4) {
  const g = createGrowth({ width: 24, height: 64, seed: 11, ...options });
  g.strip(g.plate(24 * 24 * layers));
  return g;
}

describe('SEI charge', () => {
  it('is calibrated from a film: 10 nm of Li₂O holds 13 mC/cm², ≈ 0.035 of a Li voxel per 0.5 µm face', () => {
    // δ ρ n F / M = 1e-8 m × 2.01e6 g/m³ × 2 × 96485 C/mol / 29.88 g/mol = 129.8 C/m² = 12.98 mC/cm².
    expect(seiChargePerArea(10, SEI_COMPOUNDS.Li2O)).toBeCloseTo(12.98, 2);
    expect(seiChargePerArea(10, SEI_COMPOUNDS.LiF)).toBeCloseTo(9.82, 2);
    expect(DEFAULT_SEI_CHARGE_mC_PER_CM2).toBe(13);
    expect(seiChargePerFace('Li', 13)).toBeCloseTo(0.035, 3);
    // Fewer atoms per voxel: the same film costs Na and K a larger share of a voxel.
    expect(seiChargePerFace('Na', 13)).toBeGreaterThan(seiChargePerFace('Li', 13) * 1.5);
    expect(seiChargePerFace('K', 13)).toBeGreaterThan(seiChargePerFace('Na', 13) * 1.5);
  });

  it.each([
    ['Li, default electrolyte', { stickingProbability: 0.05 }],
    ['Li, diffusion-limited, very reactive', { stickingProbability: 1, seiReactivity: 30 }],
    ['Na, mosaic SEI, from the current', { metal: 'Na', currentRatio: 0.9, seiSpread: 1.5 }],
    ['K, past the limiting current', { metal: 'K', currentRatio: 1.5, seiReactivity: 20 }],
  ] as [string, GrowthOptions][])('after a full strip, 1 − CE = SEI loss + dead metal (%s)', (_, options) => {
    const s = fullCycle(options, 3).stats();
    expect(s.live).toBe(0);
    expect(s.seiLossFraction).toBeGreaterThan(0);
    expect(s.deadFraction).toBeGreaterThan(0);
    expect(1 - s.coulombicEfficiency).toBeCloseTo(s.seiLossFraction + s.deadFraction, 12);
    // And the charge balance at any moment: in − out = live + dead + SEI.
    expect(s.chargePlated - s.chargeStripped).toBeCloseTo(s.live + s.dead + s.seiCharge, 9);
  });

  it('costs nothing in an electrolyte that never reacts, and scales with the reactivity', () => {
    const inert = fullCycle({ stickingProbability: 0.1, seiReactivity: 0 }).stats();
    expect(inert.seiLossFraction).toBe(0);
    expect(inert.coulombicEfficiency).toBeCloseTo(1 - inert.deadFraction, 12);
    expect(inert.chargePlated).toBe(inert.plated);
    // With p fixed the deposit is the same voxel for voxel; only the charge bill changes.
    const a = fullCycle({ stickingProbability: 0.1, seiReactivity: 10 }).stats();
    const b = fullCycle({ stickingProbability: 0.1, seiReactivity: 20 }).stats();
    expect(b.dead).toBe(a.dead);
    expect(a.dead).toBe(inert.dead);
    expect(b.seiCharge / a.seiCharge).toBeCloseTo(2, 9);
  });

  it('forms on new surface: a branching deposit pays more per voxel than a compact film', () => {
    const compact = fullCycle({ stickingProbability: 0.01 }).stats();
    const branching = fullCycle({ stickingProbability: 1 }).stats();
    expect(branching.seiLossFraction).toBeGreaterThan(compact.seiLossFraction * 1.1);
  });

  it('is recorded per electrode column and thickens with each re-exposure', () => {
    const g = createGrowth({ width: 24, height: 64, seed: 2, stickingProbability: 0.1 });
    const perFace = seiChargePerFace('Li', DEFAULT_SEI_CHARGE_mC_PER_CM2);
    g.strip(g.plate(24 * 24 * 3));
    const first = g.seiFormation();
    expect(first.length).toBe(24 * 24);
    const total = (m: Float32Array) => m.reduce((a, v) => a + v, 0);
    expect(total(first) * perFace).toBeCloseTo(g.stats().seiCharge, 3);
    g.strip(g.plate(24 * 24 * 3));
    const second = g.seiFormation();
    expect(total(second)).toBeGreaterThan(total(first) * 1.5);
    second.forEach((v, k) => expect(v).toBeGreaterThanOrEqual(first[k]));
    expect(second.filter((v, k) => v > first[k]).length).toBeGreaterThan(24 * 24 * 0.5);
  });

  it('rejects a reactivity outside 0–30 mC/cm² with a message naming the option', () => {
    for (const bad of [-1, 31, Number.NaN]) {
      expect(() => createGrowth({ seiReactivity: bad })).toThrow(SimulationInputError);
    }
    expect(() => createGrowth({ seiReactivity: 31 })).toThrow(/Electrolyte reactivity .* from 0 to 30 mC\/cm²; got 31\./);
  });
});

describe('Fang et al. 2019, qualitatively: where the lost charge goes', () => {
  // Nine one-cycle runs: about 5 s on an idle 2-core machine at width 24, a minute under heavy load.
  it('dead metal is the larger loss whenever CE is low, and the SEI loss varies far less than the dead-metal loss', { timeout: 300_000 }, () => {
    const rows = chargeLossTable({ width: 24 });
    const ce = rows.map((r) => r.coulombicEfficiency);
    // The conditions span low to high efficiency.
    expect(Math.min(...ce)).toBeLessThan(0.55);
    expect(Math.max(...ce)).toBeGreaterThan(0.9);
    for (const r of rows) {
      expect(r.leftFraction).toBeLessThan(0.01);
      expect(1 - r.coulombicEfficiency).toBeCloseTo(r.deadFraction + r.seiLossFraction + r.leftFraction, 9);
      if (r.coulombicEfficiency < 0.85) expect(r.deadFraction).toBeGreaterThan(r.seiLossFraction);
      if (r.coulombicEfficiency < 0.7) expect(r.deadFraction).toBeGreaterThan(2 * r.seiLossFraction);
    }
    const spread = (v: number[]) => Math.max(...v) - Math.min(...v);
    const dead = spread(rows.map((r) => r.deadFraction));
    const sei = spread(rows.map((r) => r.seiLossFraction));
    expect(sei).toBeLessThan(dead / 3);
    // Dead metal tracks the loss: it rises as CE falls (rank correlation over the conditions).
    const byCe = [...rows].sort((a, b) => b.coulombicEfficiency - a.coulombicEfficiency);
    expect(byCe.at(-1)!.deadFraction).toBeGreaterThan(byCe[0].deadFraction * 4);
  });
});

describe("Chapter 2's Figure 5: the same SEI inputs for every bar", () => {
  // Six one-cycle runs at the figure's size (width 16, 0.5 mAh/cm²): under a second idle.
  it('differs only in concentration and current, and dead metal, not SEI, grows as CE falls', { timeout: 120_000 }, () => {
    const resolved = CHARGE_LOSS_SAME_SEI.map((c) => resolveGrowthOptions(c.options));
    for (const key of ['metal', 'seiSpread', 'seiReactivity', 'shieldStrength', 'interphaseModulusRatio', 'stickingProbability'] as const) {
      expect(new Set(resolved.map((o) => o[key])).size, key).toBe(1);
    }
    const rows = chargeLossTable({ conditions: CHARGE_LOSS_SAME_SEI, width: 16, capacity_mAh_per_cm2: 0.5 });
    const byCe = [...rows].sort((a, b) => b.coulombicEfficiency - a.coulombicEfficiency);
    expect(byCe.at(-1)!.deadFraction).toBeGreaterThan(byCe[0].deadFraction * 4);
    const spread = (v: number[]) => Math.max(...v) - Math.min(...v);
    expect(spread(rows.map((r) => r.seiLossFraction))).toBeLessThan(spread(rows.map((r) => r.deadFraction)) / 3);
  });
});
