/**
 * Chapter 2, figure "fig-charge-loss": the rows drawn by ChargeLossBars.astro and quoted in the
 * chapter's caption, computed once per build (seeded, so every build draws the same bars).
 * Small electrode (16 × 16 voxels) and 0.5 mAh/cm² keep the build cost near one second.
 */
import {
  chargeLossTable,
  CHARGE_LOSS_GAP_VOXELS,
  CHARGE_LOSS_SAME_SEI,
  resolveGrowthOptions,
  VOXEL_SIZE_M,
  type ChargeLossRow,
  type ResolvedGrowthOptions,
} from '../../src/lib/sim/index';
import { currentScale, ELECTROLYTE_DIFFUSIVITY } from '../../src/lib/sim/physicalScale';

/** A gap in voxels as whole micrometres, for captions. */
export const voxelsToMicrons = (voxels: number) => Math.round(voxels * VOXEL_SIZE_M * 1e6);

export const CHARGE_LOSS_FIGURE = {
  width: 16,
  capacity_mAh_per_cm2: 0.5,
  gapVoxels: CHARGE_LOSS_GAP_VOXELS,
  gap_um: voxelsToMicrons(CHARGE_LOSS_GAP_VOXELS),
} as const;

/**
 * The model's J* of a 1 M electrolyte across the figure's gap, mA/cm² (A/m² ÷ 10), and the bars'
 * currents in mA/cm². The salt diffusivity is held fixed (ELECTROLYTE_DIFFUSIVITY, m²/s), so J*
 * scales with the concentration: a 4 M bar's own J* is four times this.
 */
export function chargeLossScale() {
  const limit_mA = currentScale({ gapVoxels: CHARGE_LOSS_FIGURE.gapVoxels, currentRatio: 1, concentration_M: 1 }).criticalCurrentDensity / 10;
  const currents = chargeLossBars().map((b) => b.currentRatio * limit_mA);
  return { limit_mA_per_cm2: limit_mA, lowCurrent_mA_per_cm2: Math.min(...currents), highCurrent_mA_per_cm2: Math.max(...currents), diffusivity_m2_per_s: ELECTROLYTE_DIFFUSIVITY };
}

/** The inputs the bars must share, so that the labels (concentration, current) name every difference. */
const SHARED = ['metal', 'seiSpread', 'seiReactivity', 'shieldStrength', 'interphaseModulusRatio', 'stickingProbability'] as const;

export interface ChargeLossBar extends ChargeLossRow {
  concentration_M: number;
  /** J over J* of a 1 M electrolyte (the model's current knob). */
  currentRatio: number;
  /** J over the J* of this bar's own electrolyte (J* scales with concentration here). */
  ownRatio: number;
}

/** The options every bar shares; throws if a condition changes one, since the labels would then hide it. */
export function sharedInputs(): Pick<ResolvedGrowthOptions, (typeof SHARED)[number]> {
  const all = CHARGE_LOSS_SAME_SEI.map((c) => resolveGrowthOptions(c.options));
  for (const key of SHARED) {
    if (new Set(all.map((o) => o[key])).size > 1) throw new Error(`fig-charge-loss: the bars differ in ${key}, which their labels do not show.`);
  }
  const first = all[0];
  return Object.fromEntries(SHARED.map((k) => [k, first[k]])) as Pick<ResolvedGrowthOptions, (typeof SHARED)[number]>;
}

let cache: ChargeLossBar[] | undefined;

/** The bars, ordered from the highest Coulombic efficiency (compact) to the lowest (branched). */
export function chargeLossBars(): ChargeLossBar[] {
  if (cache) return cache;
  sharedInputs();
  const rows = chargeLossTable({ conditions: CHARGE_LOSS_SAME_SEI, width: CHARGE_LOSS_FIGURE.width, capacity_mAh_per_cm2: CHARGE_LOSS_FIGURE.capacity_mAh_per_cm2 });
  cache = rows
    .map((r) => {
      const o = resolveGrowthOptions(CHARGE_LOSS_SAME_SEI.find((c) => c.id === r.id)!.options);
      return { ...r, concentration_M: o.concentration_M, currentRatio: o.currentRatio, ownRatio: o.currentRatio / o.concentration_M };
    })
    .sort((a, b) => b.coulombicEfficiency - a.coulombicEfficiency);
  return cache;
}

/** Ranges the caption quotes: lowest and highest dead-metal and SEI shares across the bars. */
export function chargeLossRanges() {
  const bars = chargeLossBars();
  const dead = bars.map((b) => b.deadFraction);
  const sei = bars.map((b) => b.seiLossFraction);
  return { deadLow: Math.min(...dead), deadHigh: Math.max(...dead), seiLow: Math.min(...sei), seiHigh: Math.max(...sei), compact: bars[0], branched: bars.at(-1)! };
}
