/**
 * The dendrite/SEI growth model: pure TypeScript, no DOM, deterministic for a seed.
 *
 *   const g = createGrowth({ metal: 'Na', currentRatio: 0.9, seiSpread: 1.5, seed: 7 });
 *   g.plate(5000); g.strip(5000);
 *   g.stats();        // counts, CE, dead fraction, roughness, short, time, mAh/cm², Sand's time
 *   g.takeChanges();  // voxels changed since the last call, for the viewer
 *
 * Memory: the largest electrode lattice offered (256 × 256 × 257) holds ≈ 44 MB of typed arrays
 * (1 B per site occupancy, which also carries the connectivity search's marks; ≈ 0.6 B per site
 * block counts; 1 B per site distance field once stripping starts; ≤ 5 MB change log); see
 * `memoryBytes` in stats().
 */
import { Growth } from './growth.ts';
import { resolveGrowthOptions, type GrowthOptions } from './growthParameters.ts';

export { Growth, type VoxelSnapshot } from './growth.ts';
export type { GrowthStats } from './growthStats.ts';
export type { VoxelChanges } from './changeLog.ts';
export { SimulationInputError } from './errors.ts';
export { growthParameters, resolveGrowthOptions, GROWTH_MODES, MAX_ELECTRODE_WIDTH } from './growthParameters.ts';
export type { GrowthMode, GrowthOptions, GrowthParameterName, ResolvedGrowthOptions } from './growthParameters.ts';
export { fractalDimension, type GyrationSample } from './fractalDimension.ts';
export { EMPTY, LIVE, DEAD, SUBSTRATE, type SiteState } from './lattice.ts';
export { VOXEL_SIZE_M, layersPerMahPerCm2, voxelCharge } from './physicalScale.ts';

/** Validates the options (SimulationInputError on any bad one) and builds a fresh deposit. */
export function createGrowth(options: GrowthOptions = {}): Growth {
  return new Growth(resolveGrowthOptions(options));
}
export { describeGrowth } from './describeGrowth.ts';
export { cycleRecord, cyclesToCsv, type CycleRecord } from './cycleLog.ts';
export { FIRST_SIGHT_mAh_PER_CM2, GROWTH_PRESETS, findPreset, type GrowthPreset } from './growthPresets.ts';
export { parseGrowthQuery, growthQueryString, type ParsedGrowthQuery } from './growthQuery.ts';
export { chargeLossTable, CHARGE_LOSS_CONDITIONS, CHARGE_LOSS_SAME_SEI, CHARGE_LOSS_GAP_VOXELS, type ChargeLossRow, type ChargeLossCondition } from './chargeLoss.ts';
export { seiChargePerArea, seiChargePerFace, SEI_COMPOUNDS, DEFAULT_SEI_CHARGE_mC_PER_CM2 } from './seiFormation.ts';
