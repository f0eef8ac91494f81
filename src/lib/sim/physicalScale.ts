/**
 * How lattice quantities map to real ones: voxel size and charge, the current and its limit,
 * Sand's time, and the sticking probability and protrusion penalties the knobs set
 * (shared/simulation-model.md). Formulas come from the physics library; the calibration
 * constants below are the model's own and are named as such.
 */
import {
  COULOMBS_PER_MAH,
  MONROE_NEWMAN_FACTOR,
  criticalCurrentDensity,
  metalData,
  platingThickness,
  sandsTime,
  type AlkaliMetal,
} from '../physics/index.ts';

/** Edge of one voxel, m (0.5 µm: 1 mAh/cm² of Li is ≈ 9.7 voxel layers). */
export const VOXEL_SIZE_M = 0.5e-6;

/**
 * Salt diffusivity, m²/s, and cation transference number of the model electrolyte: 1 M LiPF6 in
 * carbonates, literature-typical (shared/physics-reference.md). Used for Na and K too, for
 * lack of better numbers: the comparison between metals is then about the metal alone.
 */
export const ELECTROLYTE_DIFFUSIVITY = 3e-10;
export const ELECTROLYTE_CATION_TRANSFERENCE = 0.38;

/**
 * Calibration c·a/L of the Damköhler mapping p/(1 − p) = c · Da · a/L
 * (shared/simulation-model.md, a/L = 1/50): in the steady state x = 0.5 → p ≈ 0.02,
 * x = 0.99 → p ≈ 0.66.
 */
export const DAMKOHLER_SCALE = 1 / 50;

/** Shield penalty β_S at full strength, per voxel of height above the mean front (model calibration). */
export const SHIELD_PENALTY_PER_VOXEL = 0.5;

/** Stiff-interphase penalty β_M for Li at the Monroe–Newman ratio 1.8, per voxel (model calibration). */
export const INTERPHASE_PENALTY_PER_VOXEL = 0.5;

/** Charge of one voxel of dense metal, C: the areal charge of one voxel layer times the voxel area. */
export function voxelCharge(metal: AlkaliMetal): number {
  const layersPerMahPerCm2 = (platingThickness(metal, 1) * 1e-6) / VOXEL_SIZE_M;
  // 1 mAh/cm² = 3.6 C/cm² = 3.6 × 10⁴ C/m².
  const areal_C_per_m2 = (COULOMBS_PER_MAH * 1e4) / layersPerMahPerCm2;
  return areal_C_per_m2 * VOXEL_SIZE_M * VOXEL_SIZE_M;
}

/** Voxel layers one mAh/cm² fills, dense (Li ≈ 9.7, Na ≈ 17.7, K ≈ 33.8). */
export function layersPerMahPerCm2(metal: AlkaliMetal): number {
  return (platingThickness(metal, 1) * 1e-6) / VOXEL_SIZE_M;
}

export interface CurrentScale {
  /** Gap between electrode and separator, m. */
  gap_m: number;
  /** Current density, A/m². */
  currentDensity: number;
  /** Limiting current of the chosen electrolyte across the gap, A/m². */
  criticalCurrentDensity: number;
  /** J / J* of the chosen electrolyte. */
  ratio: number;
  /** Sand's time, s, when J > J*; null below the limit (no bulk depletion). */
  sandsTime_s: number | null;
}

/**
 * Current density and its limit. `currentRatio` is J over J* of a 1 M electrolyte, so changing
 * the concentration changes J*, and with it how close the same current runs to the limit.
 */
export function currentScale(o: { gapVoxels: number; currentRatio: number; concentration_M: number }): CurrentScale {
  const gap_m = o.gapVoxels * VOXEL_SIZE_M;
  const electrolyte = { diffusivity: ELECTROLYTE_DIFFUSIVITY, cationTransference: ELECTROLYTE_CATION_TRANSFERENCE, gap: gap_m };
  const limitAt1M = criticalCurrentDensity({ ...electrolyte, concentration: 1000 });
  const limit = criticalCurrentDensity({ ...electrolyte, concentration: o.concentration_M * 1000 });
  const j = o.currentRatio * limitAt1M;
  const ratio = j / limit;
  const sandsTime_s = ratio > 1
    ? sandsTime({
        diffusivity: ELECTROLYTE_DIFFUSIVITY,
        concentration: o.concentration_M * 1000,
        currentDensity: j,
        cationTransference: ELECTROLYTE_CATION_TRANSFERENCE,
      })
    : null;
  return { gap_m, currentDensity: j, criticalCurrentDensity: limit, ratio, sandsTime_s };
}

/**
 * Sticking probability from the current and the salt concentration at the electrode:
 * p/(1 − p) = DAMKOHLER_SCALE · Da with the local Damköhler number Da = x · c₀/c_s.
 *
 * Why this form: at a fixed current J the reaction must carry J at whatever concentration the
 * surface has. With first-order (Butler–Volmer) kinetics the rate constant that does so is
 * k = J/(F c_s), so Da = k L/D grows as c₀/c_s. In the steady state below J*, c_s/c₀ = 1 − x and
 * Da = x/(1 − x): the Damköhler mapping the model used before, now its steady-state limit. As
 * c_s → 0 the odds diverge and p → 1: every ion that reaches the metal deposits, growth is
 * diffusion-limited (DLA) — dendrites after Sand's time with no switch, from the field alone.
 * At c_s = c₀ (a fresh cell) the odds are DAMKOHLER_SCALE · x.
 * @param ratio x = J/J* of the electrolyte, ≥ 0
 * @param surface c_s/c₀ at the electrode, ≥ 0
 */
export function stickingAt(ratio: number, surface: number): number {
  if (!(surface > 0)) return 1;
  const odds = (DAMKOHLER_SCALE * Math.max(ratio, 0)) / surface;
  return odds / (1 + odds);
}

/**
 * Protrusion penalty β, per voxel of height above the mean front: the shield's plus the stiff
 * interphase's. The Monroe–Newman part scales with Ω·G_metal (the mechanical work per mole a
 * stressed interphase opposes to growth, σ ∝ G_SEI = ratio × G_metal), relative to Li.
 */
export function protrusionPenalty(o: { metal: AlkaliMetal; shieldStrength: number; interphaseModulusRatio: number }): number {
  const stiffness = (m: AlkaliMetal): number => {
    const d = metalData(m);
    const molarVolume = d.molarMass_g_per_mol / d.density_g_per_cm3;
    return molarVolume * (d.shearModulus_GPa ?? 0);
  };
  const mechanical = INTERPHASE_PENALTY_PER_VOXEL * (o.interphaseModulusRatio / MONROE_NEWMAN_FACTOR) * (stiffness(o.metal) / stiffness('Li'));
  return SHIELD_PENALTY_PER_VOXEL * o.shieldStrength + mechanical;
}
