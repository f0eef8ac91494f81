/**
 * Where the charge goes: one plate–strip cycle per condition, split into Coulombic efficiency,
 * dead metal and SEI — the model's answer to Fang et al.'s question (Nature 2019, 572, 511:
 * titration gas chromatography found unreacted metallic Li⁰, not SEI Li⁺, dominating the
 * inactive lithium when CE is low, with the SEI part comparatively steady). A chapter figure can
 * plot the rows; tests/unit/sim/seiFormation.test.ts checks the finding on them.
 */
import { Growth } from './growth.ts';
import { resolveGrowthOptions, type GrowthOptions } from './growthParameters.ts';
import { findPreset } from './growthPresets.ts';
import { layersPerMahPerCm2 } from './physicalScale.ts';

export interface ChargeLossCondition {
  id: string;
  label: string;
  options: GrowthOptions;
}

export interface ChargeLossRow {
  id: string;
  label: string;
  coulombicEfficiency: number;
  deadFraction: number;
  seiLossFraction: number;
  /** Live metal left unstripped (unreachable), over the charge plated: usually 0. */
  leftFraction: number;
}

const preset = (id: string): ChargeLossCondition => {
  const p = findPreset(id);
  if (!p) throw new Error(`No preset “${id}”.`);
  return { id, label: p.label, options: p.options };
};

/** Lithium conditions from compact to dendritic: the presets, plus a current past J*. */
export const CHARGE_LOSS_CONDITIONS: readonly ChargeLossCondition[] = [
  { id: 'gentle', label: 'Concentrated electrolyte at a low current', options: { metal: 'Li', currentRatio: 0.3, concentration_M: 4, seiReactivity: 3 } },
  preset('concentrated'),
  preset('fec'),
  preset('cs-shield'),
  preset('stiff-sei'),
  preset('carbonate'),
  preset('mosaic-sei'),
  { id: 'past-limit', label: "Past the limiting current (Sand's time)", options: { metal: 'Li', currentRatio: 1.5, seiSpread: 1.2 } },
  { id: 'dilute', label: 'Dilute electrolyte (0.5 M) at the same current', options: { metal: 'Li', currentRatio: 0.9, concentration_M: 0.5, seiSpread: 1.2 } },
];

/**
 * Chapter 2's Figure 5: lithium conditions that differ ONLY in salt concentration and current, with
 * every SEI input at its default (uniform SEI, one electrolyte reactivity, no stiffness, no
 * shield), so any difference between the bars is produced by the model, not set by hand. The
 * presets above also change the SEI inputs, which would make their bars differ by construction.
 */
export const CHARGE_LOSS_SAME_SEI: readonly ChargeLossCondition[] = [
  { id: 'c4-j0.9', label: '4 M at 0.9 J*', options: { metal: 'Li', currentRatio: 0.9, concentration_M: 4 } },
  { id: 'c1-j0.3', label: '1 M at 0.3 J*', options: { metal: 'Li', currentRatio: 0.3 } },
  { id: 'c1-j0.6', label: '1 M at 0.6 J*', options: { metal: 'Li', currentRatio: 0.6 } },
  { id: 'c1-j0.9', label: '1 M at 0.9 J*', options: { metal: 'Li', currentRatio: 0.9 } },
  { id: 'c0.5-j0.9', label: '0.5 M at 0.9 J*', options: { metal: 'Li', currentRatio: 0.9, concentration_M: 0.5 } },
  { id: 'c1-j1.5', label: '1 M at 1.5 J*', options: { metal: 'Li', currentRatio: 1.5 } },
];

/** Electrode gap of every charge-loss run, voxels of 0.5 µm (64 µm; the widget's default is 96). */
export const CHARGE_LOSS_GAP_VOXELS = 128;

/**
 * One cycle of `capacity_mAh_per_cm2` per condition on a width × width electrode (gap
 * CHARGE_LOSS_GAP_VOXELS), seed fixed: deterministic, a few seconds per condition at width 32.
 */
export function chargeLossTable(
  o: { conditions?: readonly ChargeLossCondition[]; width?: number; capacity_mAh_per_cm2?: number; seed?: number } = {},
): ChargeLossRow[] {
  const { conditions = CHARGE_LOSS_CONDITIONS, width = 32, capacity_mAh_per_cm2 = 1, seed = 1 } = o;
  return conditions.map((c) => {
    const g = new Growth(resolveGrowthOptions({ width, height: CHARGE_LOSS_GAP_VOXELS, seed, ...c.options }));
    const voxels = Math.round(capacity_mAh_per_cm2 * layersPerMahPerCm2(g.options.metal) * width * width);
    g.strip(g.plate(voxels));
    const s = g.stats();
    return {
      id: c.id,
      label: c.label,
      coulombicEfficiency: s.coulombicEfficiency,
      deadFraction: s.deadFraction,
      seiLossFraction: s.seiLossFraction,
      leftFraction: s.chargePlated > 0 ? s.live / s.chargePlated : 0,
    };
  });
}
