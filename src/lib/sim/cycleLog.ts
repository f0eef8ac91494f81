/**
 * Per-cycle statistics for the readouts' small chart and the CSV export: one row per completed
 * plate–strip cycle, computed from the model's cumulative counts before and after it.
 */
import type { GrowthStats } from './growthStats.ts';

export interface CycleRecord {
  cycle: number;
  /** Voxels plated and stripped in this cycle. */
  plated: number;
  stripped: number;
  /** Charge stripped / charge plated in this cycle (the SEI's share included). */
  coulombicEfficiency: number;
  /** Dead voxels over all charge ever plated, at the end of the cycle. */
  deadFraction: number;
  /** Charge held in SEI over all charge ever plated, at the end of the cycle. */
  seiLossFraction: number;
  platedCapacity_mAh_per_cm2: number;
  roughness_um: number;
  maxHeightFraction: number;
  time_s: number;
  shorted: boolean;
}

export function cycleRecord(cycle: number, before: GrowthStats, after: GrowthStats): CycleRecord {
  const plated = after.plated - before.plated;
  const stripped = after.stripped - before.stripped;
  const chargeIn = after.chargePlated - before.chargePlated;
  const chargeOut = after.chargeStripped - before.chargeStripped;
  return {
    cycle,
    plated,
    stripped,
    coulombicEfficiency: chargeIn > 0 ? chargeOut / chargeIn : 0,
    deadFraction: after.deadFraction,
    seiLossFraction: after.seiLossFraction,
    platedCapacity_mAh_per_cm2: after.platedCapacity_mAh_per_cm2 - before.platedCapacity_mAh_per_cm2,
    roughness_um: after.roughness_um,
    maxHeightFraction: after.maxHeightFraction,
    time_s: after.time_s,
    shorted: after.shorted,
  };
}

const COLUMNS: readonly (keyof CycleRecord)[] = [
  'cycle', 'plated', 'stripped', 'coulombicEfficiency', 'deadFraction', 'seiLossFraction',
  'platedCapacity_mAh_per_cm2', 'roughness_um', 'maxHeightFraction', 'time_s', 'shorted',
];

/** CSV with a header row; numbers in plain decimal (no grouping) so spreadsheets read them. */
export function cyclesToCsv(rows: readonly CycleRecord[]): string {
  const cell = (v: number | boolean): string => (typeof v === 'boolean' ? String(v) : String(Number(v.toPrecision(6))));
  return [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))].join('\n') + '\n';
}
