/**
 * Charge the SEI takes: calibration of the electrolyte-reactivity knob (SEI charge per unit of
 * new metal area) from an SEI film's thickness and composition, and its cost per voxel face.
 *
 * A film of thickness δ of a compound with density ρ, molar mass M and n alkali atoms per formula
 * unit holds q = δ ρ n F / M of charge per unit area: each of those atoms was a metal atom (or an
 * ion that the current reduced) before the electrolyte oxidised it. Li₂O at 10 nm — the oxide film
 * Ge et al. 2024 report (≈ 10 nm Li₂O on Li, their ref. 98; src/lib/facts) — is 13 mC/cm².
 * Densities and molar masses are handbook values (CRC Handbook of Chemistry and Physics),
 * literature-typical, not from the reviews.
 */
import { FARADAY } from '../physics/constants.ts';
import type { AlkaliMetal } from '../physics/index.ts';
import { electrolytesForMetalAirFacts } from '../facts/electrolytesForMetalAir.ts';
import { VOXEL_SIZE_M, voxelCharge } from './physicalScale.ts';

export interface SeiCompound {
  formula: string;
  molarMass_g_per_mol: number;
  density_g_per_cm3: number;
  /** Alkali atoms per formula unit: the charge each formula unit took. */
  alkaliPerFormula: number;
}

/** Main inorganic SEI components on lithium (handbook values). */
export const SEI_COMPOUNDS = {
  Li2O: { formula: 'Li₂O', molarMass_g_per_mol: 29.88, density_g_per_cm3: 2.01, alkaliPerFormula: 2 },
  LiF: { formula: 'LiF', molarMass_g_per_mol: 25.94, density_g_per_cm3: 2.64, alkaliPerFormula: 1 },
  Li2CO3: { formula: 'Li₂CO₃', molarMass_g_per_mol: 73.89, density_g_per_cm3: 2.11, alkaliPerFormula: 2 },
} as const satisfies Record<string, SeiCompound>;

/** Charge per unit area held by an SEI film, mC/cm². Li₂O 10 nm → 13.0; LiF 10 nm → 9.8; Li₂CO₃ 10 nm → 5.5. */
export function seiChargePerArea(thickness_nm: number, compound: SeiCompound): number {
  const molesPerM3 = (compound.density_g_per_cm3 * 1e6) / compound.molarMass_g_per_mol;
  const c_per_m2 = thickness_nm * 1e-9 * molesPerM3 * compound.alkaliPerFormula * FARADAY;
  return c_per_m2 / 10; // 1 C/m² = 0.1 mC/cm²
}

/** The reactivity knob's default: the ≈ 10 nm Li₂O film, per exposure of fresh metal, mC/cm². */
export const DEFAULT_SEI_CHARGE_mC_PER_CM2 = Number(
  seiChargePerArea(electrolytesForMetalAirFacts.li2oFilmThickness.value, SEI_COMPOUNDS.Li2O).toFixed(1),
);

/**
 * Charge of SEI formed on one newly exposed voxel face, in voxels of metal (the lattice's unit of
 * charge). Li at 13 mC/cm²: ≈ 0.035 per face; Na and K hold fewer atoms per voxel, so the same film
 * costs them relatively more (≈ 0.064 and ≈ 0.12).
 */
export function seiChargePerFace(metal: AlkaliMetal, charge_mC_per_cm2: number): number {
  const faceArea_m2 = VOXEL_SIZE_M * VOXEL_SIZE_M;
  return (charge_mC_per_cm2 * 10 * faceArea_m2) / voxelCharge(metal);
}
