/**
 * The growth simulation's options: one declaration (name, unit, range, default, description)
 * used to validate `createGrowth` options, to parse URL presets and to build the Instructors
 * table. The shape is the physics library's ParameterSet, so both tabulate the same way.
 */
import { ALKALI_METALS, defineParameters, type AlkaliMetal, type NumberParameter } from '../physics/index.ts';
import { SimulationInputError } from './errors.ts';
import { DEFAULT_SEI_CHARGE_mC_PER_CM2 } from './seiFormation.ts';

export const GROWTH_MODES = ['electrode', 'free'] as const;
export type GrowthMode = (typeof GROWTH_MODES)[number];

export const growthParameters = defineParameters({
  mode: {
    kind: 'choice',
    label: 'Geometry',
    options: GROWTH_MODES,
    default: 'electrode',
    description: "'electrode': a planar electrode at the bottom, periodic sides, the separator at the top; 'free': classic diffusion-limited aggregation around one seed particle in a cube.",
  },
  width: {
    kind: 'number',
    label: 'Lattice width',
    unit: 'voxels',
    min: 8,
    max: 320,
    default: 64,
    step: 1,
    description: 'Electrode side in voxels of 0.5 µm (64 → 32 µm), at most 256; in free mode, the side of the cube, at most 320.',
  },
  height: {
    kind: 'number',
    label: 'Electrode gap',
    unit: 'voxels',
    min: 8,
    max: 256,
    default: 96,
    step: 1,
    description: 'Distance from the electrode to the separator in voxels of 0.5 µm (96 → 48 µm); ignored in free mode.',
  },
  metal: {
    kind: 'choice',
    label: 'Metal',
    options: ALKALI_METALS,
    default: 'Li',
    description: 'Plated metal: sets the charge per voxel (Na and K plate thicker per mAh/cm²), the molar volume and the shear modulus.',
  },
  seed: {
    kind: 'number',
    label: 'Random seed',
    unit: '',
    min: 0,
    max: 4294967295,
    default: 1,
    step: 1,
    description: 'Same seed, same options → the same deposit, voxel for voxel.',
  },
  currentRatio: {
    kind: 'number',
    label: 'Current (J / J* at 1 M)',
    unit: '',
    min: 0.05,
    max: 3,
    default: 0.5,
    step: 0.01,
    description: "Current density relative to the limiting current J* of a 1 M electrolyte across this gap; above the electrolyte's own J*, dendrites start after Sand's time.",
  },
  stickingProbability: {
    kind: 'number',
    label: 'Sticking probability',
    unit: '',
    min: 0.001,
    max: 1,
    default: 1,
    scale: 'log',
    description: 'Overrides the current: chance that an ion touching the metal deposits (1 = diffusion-limited, fractal; → 0 = reaction-limited, compact). Leave unset to derive it from the current.',
  },
  concentration_M: {
    kind: 'number',
    label: 'Salt concentration',
    unit: 'mol/L',
    min: 0.1,
    max: 5,
    default: 1,
    step: 0.1,
    description: "With the diffusivity held fixed, as this model does, J* grows with concentration and Sand's time with its square; in a real concentrated electrolyte the diffusivity falls, so the gain is smaller.",
  },
  seiSpread: {
    kind: 'number',
    label: 'SEI non-uniformity',
    unit: '',
    min: 0,
    max: 2.5,
    default: 0,
    step: 0.1,
    description: 'Spread σ of the log-normal ionic conductance of SEI patches 2 µm across: 0 a uniform (layered) SEI, 1–2 a mosaic SEI.',
  },
  seiReactivity: {
    kind: 'number',
    label: 'Electrolyte reactivity (SEI charge per new area)',
    unit: 'mC/cm²',
    min: 0,
    max: 30,
    default: DEFAULT_SEI_CHARGE_mC_PER_CM2,
    step: 0.5,
    description: `Charge the electrolyte takes to cover each newly exposed patch of metal with SEI. ${DEFAULT_SEI_CHARGE_mC_PER_CM2} mC/cm² is a 10 nm Li₂O film (Ge et al. 2024, ref. 98); 5 ≈ 5 nm of LiF; 30 ≈ 23 nm of Li₂O or 55 nm of Li₂CO₃; 0 an electrolyte that never reacts.`,
  },
  shieldStrength: {
    kind: 'number',
    label: 'Electrostatic shield',
    unit: '',
    min: 0,
    max: 1,
    default: 0,
    step: 0.05,
    description: 'Strength of a self-healing electrostatic shield (e.g. Cs⁺ below its Nernst threshold): it repels ions from protrusions in proportion to their height above the front.',
  },
  interphaseModulusRatio: {
    kind: 'number',
    label: 'Interphase stiffness (G_SEI / G_metal)',
    unit: '',
    min: 0,
    max: 5,
    default: 0,
    step: 0.1,
    description: 'Shear modulus of the interphase over that of the metal; Monroe and Newman put protrusion suppression at ≈ 1.8.',
  },
});

export type GrowthParameterName = keyof typeof growthParameters;

export interface GrowthOptions {
  mode?: GrowthMode;
  width?: number;
  height?: number;
  metal?: AlkaliMetal;
  seed?: number;
  currentRatio?: number;
  /** When set, replaces the sticking probability derived from the current. */
  stickingProbability?: number;
  concentration_M?: number;
  seiSpread?: number;
  /** SEI charge per unit of newly exposed metal area, mC/cm². */
  seiReactivity?: number;
  shieldStrength?: number;
  interphaseModulusRatio?: number;
}

export interface ResolvedGrowthOptions {
  mode: GrowthMode;
  width: number;
  height: number;
  metal: AlkaliMetal;
  seed: number;
  currentRatio: number;
  stickingProbability: number | null;
  concentration_M: number;
  seiSpread: number;
  seiReactivity: number;
  shieldStrength: number;
  interphaseModulusRatio: number;
}

/** Widest electrode offered, voxels (the free-mode cube may be up to `width.max`). */
export const MAX_ELECTRODE_WIDTH = 256;

const INTEGER_OPTIONS = new Set<string>(['width', 'height', 'seed']);

/** The offending value in words a student can read (never "NaN" or "Infinity" on screen). */
function shownValue(value: unknown): string {
  if (typeof value === 'number' && Number.isNaN(value)) return 'something that is not a number';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large to use';
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function checkNumber(name: GrowthParameterName, value: unknown): number {
  const spec = growthParameters[name] as NumberParameter;
  const unit = spec.unit ? ` ${spec.unit}` : '';
  const whole = INTEGER_OPTIONS.has(name);
  const range = `${whole ? 'a whole number' : 'a number'} from ${spec.min} to ${spec.max}${unit}`;
  if (typeof value !== 'number' || !Number.isFinite(value) || (whole && !Number.isInteger(value))) {
    throw new SimulationInputError(name, `${spec.label} must be ${range}; got ${shownValue(value)}.`);
  }
  if (value < spec.min || value > spec.max) {
    throw new SimulationInputError(name, `${spec.label} must be ${range}; got ${value}.`);
  }
  return value;
}

function checkChoice<T extends string>(name: GrowthParameterName, value: unknown, options: readonly T[]): T {
  if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
  const spec = growthParameters[name];
  throw new SimulationInputError(name, `${spec.label} must be one of ${options.join(', ')}; got ${shownValue(value)}.`);
}

/** Fills defaults and checks every option; throws SimulationInputError naming the first bad one. */
export function resolveGrowthOptions(options: GrowthOptions = {}): ResolvedGrowthOptions {
  if (options === null || typeof options !== 'object') {
    throw new SimulationInputError('options', 'Simulation options must be an object.');
  }
  for (const key of Object.keys(options)) {
    if (!(key in growthParameters)) {
      throw new SimulationInputError(key, `Unknown simulation option “${key}”. Known options: ${Object.keys(growthParameters).join(', ')}.`);
    }
  }
  const p = growthParameters;
  const o = options as Record<string, unknown>;
  const num = (name: Exclude<GrowthParameterName, 'mode' | 'metal'>): number =>
    checkNumber(name, o[name] === undefined ? (p[name] as NumberParameter).default : o[name]);
  const resolved: ResolvedGrowthOptions = {
    mode: checkChoice('mode', o.mode ?? p.mode.default, GROWTH_MODES),
    width: num('width'),
    height: num('height'),
    metal: checkChoice('metal', o.metal ?? p.metal.default, ALKALI_METALS),
    seed: num('seed'),
    currentRatio: num('currentRatio'),
    stickingProbability: o.stickingProbability === undefined ? null : checkNumber('stickingProbability', o.stickingProbability),
    concentration_M: num('concentration_M'),
    seiSpread: num('seiSpread'),
    seiReactivity: num('seiReactivity'),
    shieldStrength: num('shieldStrength'),
    interphaseModulusRatio: num('interphaseModulusRatio'),
  };
  // An electrode lattice also carries a distance field for stripping (1 B/site): 256 keeps it near 44 MB.
  if (resolved.mode === 'electrode' && resolved.width > MAX_ELECTRODE_WIDTH) {
    throw new SimulationInputError('width', `Lattice width must be at most ${MAX_ELECTRODE_WIDTH} voxels for an electrode; got ${resolved.width}.`);
  }
  return resolved;
}
