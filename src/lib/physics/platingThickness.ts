import { COULOMBS_PER_MAH, FARADAY } from './constants';
import { ALKALI_METALS, metalData, type AlkaliMetal } from './elements';
import { requireNumber } from './errors';
import { defineParameters } from './parameters';

/** mAh/cm² → C/m² (3.6 C per mAh, 10⁴ cm² per m²). */
const C_PER_M2_PER_MAH_PER_CM2 = COULOMBS_PER_MAH * 1e4;

/**
 * Thickness of dense metal that one mAh/cm² plates, m: t = q M / (z F ρ).
 * Li 4.85 µm, Na 8.86 µm, K 16.9 µm per mAh/cm² (shared/physics-reference.md) — why a
 * 4 mAh/cm² cathode asks ~20 µm of Li, ~35 µm of Na, ~68 µm of K to move every cycle.
 */
function metresPerMahPerCm2(metal: AlkaliMetal): number {
  const m = metalData(metal);
  const molarMass_kg_per_mol = m.molarMass_g_per_mol / 1000;
  const density_kg_per_m3 = m.density_g_per_cm3 * 1000;
  return (C_PER_M2_PER_MAH_PER_CM2 * molarMass_kg_per_mol) / (m.charge * FARADAY * density_kg_per_m3);
}

/**
 * Thickness of dense metal plated by an areal capacity, µm (flat, fully dense deposit; real
 * mossy deposits are thicker).
 * @param arealCapacity_mAh_per_cm2 charge plated per electrode area, mAh/cm² (≥ 0)
 */
export function platingThickness(metal: AlkaliMetal, arealCapacity_mAh_per_cm2: number): number {
  const q = requireNumber(arealCapacity_mAh_per_cm2, {
    parameter: 'arealCapacity_mAh_per_cm2',
    label: 'Areal capacity',
    unit: 'mAh/cm²',
    min: 0,
  });
  return q * metresPerMahPerCm2(metal) * 1e6;
}

export const platingThicknessParameters = defineParameters({
  metal: {
    kind: 'choice',
    label: 'Metal',
    options: ALKALI_METALS,
    default: 'Li',
    description: 'Metal being plated.',
  },
  arealCapacity_mAh_per_cm2: {
    kind: 'number',
    label: 'Areal capacity',
    unit: 'mAh/cm²',
    min: 0,
    max: 20,
    default: 4,
    step: 0.1,
    description: 'Charge plated per area; laboratory coin cells are usually cycled by less than 3 mAh/cm² (Xiang et al. 2019), full cells with high-loading cathodes by more.',
  },
});

/**
 * Areal capacity stored in a metal foil, mAh/cm² (the inverse of platingThickness).
 * 500 µm Li ≈ 103 mAh/cm² — Xiang et al. 2019 ("Large Excess of Li") round it to ~100.
 * @param thickness_um foil thickness, µm (≥ 0)
 */
export function foilArealCapacity(metal: AlkaliMetal, thickness_um: number): number {
  const t = requireNumber(thickness_um, {
    parameter: 'thickness_um',
    label: 'Foil thickness',
    unit: 'µm',
    min: 0,
  });
  return (t * 1e-6) / metresPerMahPerCm2(metal);
}

export const foilArealCapacityParameters = defineParameters({
  metal: {
    kind: 'choice',
    label: 'Metal',
    options: ALKALI_METALS,
    default: 'Li',
    description: 'Foil metal.',
  },
  thickness_um: {
    kind: 'number',
    label: 'Foil thickness',
    unit: 'µm',
    min: 0,
    max: 1000,
    default: 500,
    step: 5,
    description: 'Coin cells commonly use 500 µm Li (Xiang et al. 2019), who recommend that the metal approach 100 % of the cathode capacity instead.',
  },
});

/**
 * Molar volume of the dense metal, m³/mol: M / ρ. Li 13.0, Na 23.8, K 45.4 cm³/mol — the Ω of
 * the growth simulation's stress penalty (shared/simulation-model.md).
 */
export function molarVolume(metal: AlkaliMetal): number {
  const m = metalData(metal);
  return m.molarMass_g_per_mol / 1000 / (m.density_g_per_cm3 * 1000);
}

/**
 * Charge stored in a volume of dense metal, C: z F V / Ω. A 0.5 µm cube of Li holds 9.3×10⁻¹⁰ C
 * (the simulation's voxel charge).
 * @param volume_m3 volume, m³ (≥ 0)
 */
export function chargeInVolume(metal: AlkaliMetal, volume_m3: number): number {
  const v = requireNumber(volume_m3, { parameter: 'volume_m3', label: 'Volume', unit: 'm³', min: 0, max: 1 });
  return (metalData(metal).charge * FARADAY * v) / molarVolume(metal);
}

export const molarVolumeParameters = defineParameters({
  metal: platingThicknessParameters.metal,
});

export const chargeInVolumeParameters = defineParameters({
  metal: platingThicknessParameters.metal,
  volume_m3: {
    kind: 'number',
    label: 'Volume',
    unit: 'm³',
    min: 1e-21,
    max: 1e-12,
    default: 1.25e-19,
    scale: 'log',
    description: 'Volume of dense metal; 1.25×10⁻¹⁹ m³ is a 0.5 µm cube (one simulation voxel).',
  },
});
