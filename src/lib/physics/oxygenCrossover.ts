import { FARADAY } from './constants';
import { requireChoice, requireNumber } from './errors';

/*
 * Oxygen crossover in a metal–air cell: O₂ dissolved in the electrolyte (Henry's law) diffuses
 * through the electrolyte-filled pores of the separator to the anode (Fick's first law, steady
 * state, linear profile), where the metal reduces it. The flux is expressed as the current density
 * the anode would have to supply to reduce it: a parasitic current that consumes metal without
 * storing charge.
 *
 * Assumptions (say them when quoting a number):
 * - O₂ concentration is the saturation value at the cathode side of the separator and zero at the
 *   anode side (every O₂ molecule that arrives is consumed at once): an upper bound for a given
 *   separator. A passivating film on the anode would lower it.
 * - Effective diffusivity in the porous separator D_eff = D·ε/τ (ε porosity, τ tortuosity factor).
 * - Reduction to Li₂O (4 e⁻ per O₂: 4Li + O₂ → 2Li₂O) by default; 2 e⁻ per O₂ if the anode product is
 *   Li₂O₂ (2Li + O₂ → Li₂O₂), and 1 e⁻ for a superoxide MO₂ (Na, K).
 * Order of magnitude of the inputs: D(O₂) ~ 10⁻⁵ cm²/s and c_sat(O₂) of a few mM at 1 atm O₂ in the
 * aprotic solvents of Li–O₂ cells (Laoire et al. 2010, Ge et al. 2024 ref. 95; Schürmann et al. 2018).
 * Units: cm, cm²/s, mol/L (M), atm; output mA/cm². Same validation as every physics function.
 */

/** Electrons taken up per O₂ molecule reduced at the anode, by product. */
export const ELECTRONS_PER_O2 = { Li2O: 4, Li2O2: 2, superoxide: 1 } as const;
export type CrossoverProduct = keyof typeof ELECTRONS_PER_O2;

/** Representative transport values used by the chapters' worked examples (see header for sources). */
export const TYPICAL_O2_TRANSPORT = {
  /** O₂ diffusivity in an aprotic Li–O₂ electrolyte, cm²/s (order 10⁻⁵). */
  diffusivity_cm2_per_s: 2e-5,
  /** Henry's-law solubility of O₂, mol/(L·atm): a few mM under 1 atm of O₂. */
  henry_M_per_atm: 4e-3,
  /** Fraction of O₂ in dry air (by volume). */
  airO2Fraction: 0.21,
} as const;

/** Henry's law c = k_H·p, mol/L. @param henry_M_per_atm k_H, mol/(L·atm); @param pO2_atm p, atm. */
export function henryConcentration(henry_M_per_atm: number, pO2_atm: number): number {
  const k = requireNumber(henry_M_per_atm, {
    parameter: 'henry_M_per_atm', label: "Henry's-law solubility of O₂", unit: 'mol/(L·atm)', min: 0, max: 1,
  });
  const p = requireNumber(pO2_atm, {
    parameter: 'pO2_atm', label: 'O₂ partial pressure', unit: 'atm', min: 0, max: 100,
  });
  return k * p;
}

/** D_eff = D·ε/τ, cm²/s. */
export function effectiveDiffusivity(diffusivity_cm2_per_s: number, porosity: number, tortuosity: number): number {
  const d = requireNumber(diffusivity_cm2_per_s, {
    parameter: 'diffusivity_cm2_per_s', label: 'O₂ diffusivity', unit: 'cm²/s', min: 0, minExclusive: true, max: 1e-2,
  });
  const eps = requireNumber(porosity, { parameter: 'porosity', label: 'Separator porosity', min: 0, max: 1 });
  const tau = requireNumber(tortuosity, { parameter: 'tortuosity', label: 'Tortuosity factor', min: 1, max: 100 });
  return (d * eps) / tau;
}

export interface CrossoverInput {
  /** O₂ diffusivity in the free electrolyte, cm²/s (1×10⁻⁸ … 10⁻²). */
  diffusivity_cm2_per_s: number;
  /** Henry's-law solubility, mol/(L·atm) (0 … 1). */
  henry_M_per_atm: number;
  /** O₂ partial pressure over the cathode, atm (0 … 100; pure O₂ = 1, air ≈ 0.21). */
  pO2_atm: number;
  /** Separator thickness, µm (0.1 … 10 000). */
  thickness_um: number;
  /** Porosity ε, 0 … 1 (default 1: no separator, free electrolyte). */
  porosity?: number;
  /** Tortuosity factor τ ≥ 1 (default 1). */
  tortuosity?: number;
  /** What the anode makes of the O₂ (default Li2O, 4 e⁻ per O₂). */
  product?: CrossoverProduct;
}

export interface CrossoverResult {
  concentration_M: number;
  effectiveDiffusivity_cm2_per_s: number;
  /** O₂ flux, mol/(cm²·s). */
  flux_mol_per_cm2_s: number;
  electronsPerO2: number;
  /** Equivalent parasitic current density at the anode, mA/cm². */
  parasiticCurrent_mA_per_cm2: number;
}

/**
 * Steady O₂ crossover flux N = D_eff·c/L and its current equivalent j = n·F·N.
 * Hand check: D 2×10⁻⁵ cm²/s, c 4 mM (4×10⁻⁶ mol/cm³), L 25 µm, ε = τ = 1, 4 e⁻:
 * N = 2e-5 × 4e-6 / 2.5e-3 = 3.2×10⁻⁸ mol/(cm²·s); j = 4 × 96485 × 3.2e-8 A/cm² = 12.4 mA/cm².
 */
export function oxygenCrossover(input: CrossoverInput): CrossoverResult {
  const c = henryConcentration(input.henry_M_per_atm, input.pO2_atm);
  const dEff = effectiveDiffusivity(input.diffusivity_cm2_per_s, input.porosity ?? 1, input.tortuosity ?? 1);
  const thickness = requireNumber(input.thickness_um, {
    parameter: 'thickness_um', label: 'Separator thickness', unit: 'µm', min: 0.1, max: 1e4,
  });
  const product = requireChoice(input.product ?? 'Li2O', Object.keys(ELECTRONS_PER_O2) as CrossoverProduct[], 'product', 'Anode product');
  const n = ELECTRONS_PER_O2[product];
  const cMolPerCm3 = c / 1000; // mol/L → mol/cm³
  const flux = (dEff * cMolPerCm3) / (thickness * 1e-4);
  return {
    concentration_M: c,
    effectiveDiffusivity_cm2_per_s: dEff,
    flux_mol_per_cm2_s: flux,
    electronsPerO2: n,
    parasiticCurrent_mA_per_cm2: n * FARADAY * flux * 1000,
  };
}
