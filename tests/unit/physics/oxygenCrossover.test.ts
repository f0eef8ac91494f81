import { describe, expect, it } from 'vitest';
import {
  effectiveDiffusivity,
  henryConcentration,
  oxygenCrossover,
  PhysicsInputError,
  TYPICAL_O2_TRANSPORT as T,
} from '../../../src/lib/physics';

const base = { diffusivity_cm2_per_s: 2e-5, henry_M_per_atm: 4e-3, pO2_atm: 1, thickness_um: 25 };

describe('oxygen crossover', () => {
  it('matches the hand calculation: 2×10⁻⁵ cm²/s, 4 mM, 25 µm, 4 e⁻ → 12.35 mA/cm²', () => {
    const r = oxygenCrossover(base);
    // N = 2e-5 cm²/s × 4e-6 mol/cm³ / 2.5e-3 cm = 3.2e-8 mol/(cm² s)
    expect(r.flux_mol_per_cm2_s).toBeCloseTo(3.2e-8, 12);
    // j = 4 × 96485.33 C/mol × 3.2e-8 mol/(cm² s) = 0.012350 A/cm²
    expect(r.parasiticCurrent_mA_per_cm2).toBeCloseTo(12.350, 3);
    expect(r.electronsPerO2).toBe(4);
  });

  it('halves with Li₂O₂ (2 e⁻), scales with ε/τ, with 1/L and with p(O₂)', () => {
    const full = oxygenCrossover(base).parasiticCurrent_mA_per_cm2;
    expect(oxygenCrossover({ ...base, product: 'Li2O2' }).parasiticCurrent_mA_per_cm2).toBeCloseTo(full / 2, 9);
    expect(oxygenCrossover({ ...base, porosity: 0.4, tortuosity: 2 }).parasiticCurrent_mA_per_cm2).toBeCloseTo(full * 0.2, 9);
    expect(oxygenCrossover({ ...base, thickness_um: 250 }).parasiticCurrent_mA_per_cm2).toBeCloseTo(full / 10, 9);
    expect(oxygenCrossover({ ...base, pO2_atm: T.airO2Fraction }).parasiticCurrent_mA_per_cm2).toBeCloseTo(full * 0.21, 9);
    // In a porous separator (ε 0.4, τ 2) in pure O₂ it is still a few mA/cm²: the claim.
    const sep = oxygenCrossover({ ...base, porosity: 0.4, tortuosity: 2 }).parasiticCurrent_mA_per_cm2;
    expect(sep).toBeGreaterThan(1);
    expect(sep).toBeLessThan(10);
  });

  it('gives the pieces separately', () => {
    expect(henryConcentration(4e-3, 0.21)).toBeCloseTo(8.4e-4, 12);
    expect(effectiveDiffusivity(2e-5, 0.5, 2.5)).toBeCloseTo(4e-6, 15);
    expect(oxygenCrossover({ ...base, porosity: 0 }).parasiticCurrent_mA_per_cm2).toBe(0);
  });

  it.each([
    [{ ...base, thickness_um: 0 }, 'thickness_um'],
    [{ ...base, thickness_um: Number.NaN }, 'thickness_um'],
    [{ ...base, diffusivity_cm2_per_s: -1 }, 'diffusivity_cm2_per_s'],
    [{ ...base, porosity: 1.2 }, 'porosity'],
    [{ ...base, tortuosity: 0.5 }, 'tortuosity'],
    [{ ...base, pO2_atm: Number.POSITIVE_INFINITY }, 'pO2_atm'],
    [{ ...base, henry_M_per_atm: -4e-3 }, 'henry_M_per_atm'],
    [{ ...base, product: 'LiOH' as never }, 'product'],
  ])('rejects bad input with a clear message (%#)', (input, parameter) => {
    let err: unknown;
    try {
      oxygenCrossover(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PhysicsInputError);
    expect((err as PhysicsInputError).parameter).toBe(parameter);
    expect((err as Error).message).toMatch(/must be/);
  });
});
