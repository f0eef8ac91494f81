import { FARADAY } from './constants';
import { requireNumber } from './errors';
import { defineParameters } from './parameters';

/*
 * Bulk depletion at a plating electrode (Lee et al. 2020, §2.2, after Chazalviel and Brissot):
 * above a critical current the salt concentration at the electrode reaches zero after Sand's
 * time, and dendrites start there. Written here with a molar concentration c0 (e·C0 = F·c0) and
 * the anion fraction of the mobility t_a = μa/(μa + μc) = 1 − t₊. SI units.
 * Default electrolyte: 1 M LiPF6 in carbonates, D ≈ 3×10⁻¹⁰ m²/s, t₊ ≈ 0.38
 * (literature-typical values, not from the reviews).
 */

function checkDiffusivity(d: number): number {
  // Upper bounds here and below are generous physical limits (no liquid electrolyte diffuses
  // faster than 10⁻⁶ m²/s or holds 100 M); they also keep the arithmetic clear of overflow.
  return requireNumber(d, {
    parameter: 'diffusivity',
    label: 'Salt diffusivity',
    unit: 'm²/s',
    min: 0,
    minExclusive: true,
    max: 1e-6,
  });
}

function checkConcentration(c: number): number {
  return requireNumber(c, {
    parameter: 'concentration',
    label: 'Salt concentration',
    unit: 'mol/m³',
    min: 0,
    minExclusive: true,
    max: 1e5,
  });
}

function anionFraction(cationTransference: number): number {
  const tPlus = requireNumber(cationTransference, {
    parameter: 'cationTransference',
    label: 'Cation transference number',
    min: 0,
    max: 1,
    maxExclusive: true,
  });
  return 1 - tPlus;
}

/**
 * Sand's time τs = π D (z F c0 / (2 J t_a))², s: how long a current J can be drawn before the
 * concentration at the electrode falls to zero.
 * Worked values (D 3×10⁻¹⁰ m²/s, t₊ 0.38, c0 1000 mol/m³): 10 A/m² (1 mA/cm²) → 15.9 h,
 * 50 A/m² → 38 min, 100 A/m² → 9.5 min.
 * @param o.diffusivity ambipolar salt diffusivity D, m²/s
 * @param o.concentration salt concentration c0, mol/m³ (1 M = 1000)
 * @param o.currentDensity J, A/m² (1 mA/cm² = 10 A/m²), > 0
 * @param o.cationTransference t₊ in [0, 1)
 * @param o.chargeNumber z of the cation, default 1
 */
export function sandsTime(o: {
  diffusivity: number;
  concentration: number;
  currentDensity: number;
  cationTransference: number;
  chargeNumber?: number;
}): number {
  const d = checkDiffusivity(o.diffusivity);
  const c0 = checkConcentration(o.concentration);
  const j = requireNumber(o.currentDensity, {
    parameter: 'currentDensity',
    label: 'Current density',
    unit: 'A/m²',
    min: 0,
    minExclusive: true,
    max: 1e6,
  });
  const ta = anionFraction(o.cationTransference);
  const z = requireNumber(o.chargeNumber ?? 1, {
    parameter: 'chargeNumber',
    label: 'Cation charge number',
    min: 1,
    max: 3,
    integer: true,
  });
  return Math.PI * d * ((z * FARADAY * c0) / (2 * j * ta)) ** 2;
}

const diffusivitySpec = {
  kind: 'number',
  label: 'Salt diffusivity',
  unit: 'm²/s',
  min: 1e-12,
  max: 1e-8,
  default: 3e-10,
  scale: 'log',
  description: 'Ambipolar diffusion coefficient; ≈ 3×10⁻¹⁰ m²/s (2–4×10⁻¹⁰) for 1 M LiPF6 in carbonates, literature-typical.',
} as const;

const concentrationSpec = {
  kind: 'number',
  label: 'Salt concentration',
  unit: 'mol/m³',
  min: 10,
  max: 5000,
  default: 1000,
  step: 10,
  description: 'Bulk salt concentration; 1000 mol/m³ is 1 M.',
} as const;

const cationTransferenceSpec = {
  kind: 'number',
  label: 'Cation transference number',
  unit: '',
  min: 0,
  max: 0.95,
  default: 0.38,
  step: 0.01,
  description: 'Fraction of the current carried by cations, t₊ = μc/(μa + μc); ≈ 0.38 for LiPF6 in carbonates, literature-typical.',
} as const;

export const sandsTimeParameters = defineParameters({
  diffusivity: diffusivitySpec,
  concentration: concentrationSpec,
  currentDensity: {
    kind: 'number',
    label: 'Current density',
    unit: 'A/m²',
    min: 1,
    max: 2000,
    default: 10,
    scale: 'log',
    description: 'Current per electrode area; 10 A/m² = 1 mA/cm².',
  },
  cationTransference: cationTransferenceSpec,
  chargeNumber: {
    kind: 'number',
    label: 'Cation charge number',
    unit: '',
    min: 1,
    max: 3,
    default: 1,
    step: 1,
    description: 'z of the plating cation: 1 for Li⁺, Na⁺, K⁺.',
  },
});

/**
 * Brissot's critical current density J* = 2 F c0 D / (t_a L), A/m²: below it the concentration
 * profile reaches a steady state and never hits zero, so Sand's-time dendrites do not start.
 * Defaults: 1 mm → 93 A/m² (9.3 mA/cm²); 0.5 mm → 187; a 25 µm gap of free electrolyte
 * → 3730 A/m² (≈ 940 with a Bruggeman correction at porosity 0.4).
 * Identity: sandsTime at J = J* equals π L² / (16 D).
 * @param o.gap inter-electrode distance L, m
 */
export function criticalCurrentDensity(o: {
  diffusivity: number;
  concentration: number;
  cationTransference: number;
  gap: number;
}): number {
  const d = checkDiffusivity(o.diffusivity);
  const c0 = checkConcentration(o.concentration);
  const ta = anionFraction(o.cationTransference);
  // A gap below 1 nm is no longer an electrolyte layer.
  const l = requireNumber(o.gap, { parameter: 'gap', label: 'Electrode gap', unit: 'm', min: 1e-9, max: 10 });
  return (2 * FARADAY * c0 * d) / (ta * l);
}

export const criticalCurrentDensityParameters = defineParameters({
  diffusivity: diffusivitySpec,
  concentration: concentrationSpec,
  cationTransference: cationTransferenceSpec,
  gap: {
    kind: 'number',
    label: 'Electrode gap',
    unit: 'm',
    min: 1e-5,
    max: 5e-3,
    default: 1e-3,
    scale: 'log',
    description: 'Distance between the electrodes: ~25 µm in a practical cell, ~1 mm in lab cells.',
  },
});

/** Porosity of a typical commercial separator (40–50 %): the value the course's examples use. */
export const TYPICAL_SEPARATOR_POROSITY = 0.4;

/**
 * J/J* from which the course treats Sand's semi-infinite τs as a fair estimate in a finite gap.
 * Nearer J* the far electrode feeds salt back and the surface runs dry later than τs (at J* it
 * never does); chapter 13 shows the size of the lag with the simulation's salt field. At
 * J = k·J* the depleted layer √(Dτs) is √π·L/(4k), so from 1.5 J* it stays under a third of the
 * gap. A judgement for wording notes, not a physical constant.
 */
export const SAND_TIME_FAIR_ABOVE_J_STAR = 1.5;

/**
 * Effective diffusivity in a porous separator, Bruggeman: D_eff = D · ε^α (α = 1.5), m²/s.
 * At ε = 0.4 it cuts D (and so J*) to 25 %.
 * @param o.porosity ε in (0, 1]
 * @param o.exponent Bruggeman exponent α, default 1.5
 */
export function bruggemanDiffusivity(o: { diffusivity: number; porosity: number; exponent?: number }): number {
  const d = checkDiffusivity(o.diffusivity);
  const eps = requireNumber(o.porosity, { parameter: 'porosity', label: 'Porosity', min: 0, minExclusive: true, max: 1 });
  const alpha = requireNumber(o.exponent ?? 1.5, { parameter: 'exponent', label: 'Bruggeman exponent', min: 1, max: 3 });
  return d * eps ** alpha;
}

/**
 * Sand's time inside a porous separator, s. The pores hold only a fraction ε of the volume, so
 * the salt balance is ε ∂c/∂t = D_eff ∂²c/∂x² with the current's flux per geometric area at the
 * electrode; the depletion then spreads with D_eff/ε and the time is ε · τs(D_eff), i.e.
 * π D ε^(α+1) (zFc0/(2Jt_a))² — shorter than τs(D_eff) alone by the factor ε. (J* needs only
 * D_eff: the steady profile has no storage term.) Ref.: Bard & Faulkner's semi-infinite
 * constant-current solution with the porous-medium storage term.
 * @param o.porosity ε in (0, 1]; other parameters as sandsTime, with the free-solution D
 */
export function porousSandsTime(o: {
  diffusivity: number;
  concentration: number;
  currentDensity: number;
  cationTransference: number;
  porosity: number;
  exponent?: number;
  chargeNumber?: number;
}): number {
  const dEff = bruggemanDiffusivity({ diffusivity: o.diffusivity, porosity: o.porosity, exponent: o.exponent });
  return o.porosity * sandsTime({ ...o, diffusivity: dEff });
}

export const bruggemanDiffusivityParameters = defineParameters({
  diffusivity: diffusivitySpec,
  porosity: {
    kind: 'number',
    label: 'Porosity',
    unit: '',
    min: 0.2,
    max: 1,
    default: 0.4,
    step: 0.01,
    description: 'Void fraction of the separator; 40–50 % for commercial separators.',
  },
  exponent: {
    kind: 'number',
    label: 'Bruggeman exponent',
    unit: '',
    min: 1,
    max: 3,
    default: 1.5,
    step: 0.1,
    description: 'Tortuosity exponent; 1.5 for packed spheres.',
  },
});

/**
 * Current density at hot spots when only a fraction of the electrode carries the current, A/m²:
 * J / f. Why Sand's time matters in thin cells after all: 5 % of the area active at
 * 64 A/m² (6.4 mA/cm²) → 1280 A/m² locally, τs ≈ 3.5 s.
 * @param o.activeFraction fraction of the area carrying the current, (0, 1]
 */
export function localCurrentDensity(o: { currentDensity: number; activeFraction: number }): number {
  const j = requireNumber(o.currentDensity, { parameter: 'currentDensity', label: 'Current density', unit: 'A/m²', min: 0 });
  const f = requireNumber(o.activeFraction, {
    parameter: 'activeFraction',
    label: 'Active area fraction',
    min: 0,
    minExclusive: true,
    max: 1,
  });
  return j / f;
}

export const localCurrentDensityParameters = defineParameters({
  currentDensity: sandsTimeParameters.currentDensity,
  activeFraction: {
    kind: 'number',
    label: 'Active area fraction',
    unit: '',
    min: 0.01,
    max: 1,
    default: 0.05,
    step: 0.01,
    description: 'Share of the electrode through which the current actually flows (SEI hot spots).',
  },
});
