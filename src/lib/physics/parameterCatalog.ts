/**
 * Every calculator's parameter metadata in one map, keyed by function name, for the Instructors
 * page table and for URL-preset parsing.
 */
import { compoundDecayPerCycleParameters, compoundRetentionParameters, linearDecayPerCycleParameters, linearRetentionParameters } from './capacityDecay';
import { capacityRetentionParameters, cyclesUntilRetentionBelowParameters } from './capacityRetention';
import { electrolytePerCapacityParameters, practicalCellSpecificEnergyParameters } from './cells';
import { activityRatioForShiftParameters, nernstShiftForConcentrationParameters } from './concentratedElectrolyte';
import { fastChargeParameters } from './fastCharge';
import { interfacialOverpotentialParameters } from './interfacialOverpotential';
import { monroeNewmanRatioParameters, requiredShearModulusParameters } from './mechanics';
import { cationReductionPotentialParameters, nernstPotentialParameters, nernstThresholdParameters } from './nernst';
import type { ParameterSet } from './parameters';
import { packSpecificEnergyParameters, packSpecificEnergyRangeParameters, requiredCellSpecificEnergyParameters } from './packs';
import {
  chargeInVolumeParameters,
  foilArealCapacityParameters,
  molarVolumeParameters,
  platingThicknessParameters,
} from './platingThickness';
import {
  bruggemanDiffusivityParameters,
  criticalCurrentDensityParameters,
  localCurrentDensityParameters,
  sandsTimeParameters,
} from './sandsTime';
import { shesThresholdParameters } from './shes';
import { specificCapacityParameters, sulfurSpecificCapacityParameters } from './specificCapacity';
import { theoreticalSpecificEnergyParameters } from './specificEnergy';

export const PHYSICS_PARAMETERS = {
  specificCapacity: specificCapacityParameters,
  sulfurSpecificCapacity: sulfurSpecificCapacityParameters,
  platingThickness: platingThicknessParameters,
  foilArealCapacity: foilArealCapacityParameters,
  molarVolume: molarVolumeParameters,
  chargeInVolume: chargeInVolumeParameters,
  theoreticalSpecificEnergy: theoreticalSpecificEnergyParameters,
  capacityRetention: capacityRetentionParameters,
  cyclesUntilRetentionBelow: cyclesUntilRetentionBelowParameters,
  linearRetention: linearRetentionParameters,
  compoundRetention: compoundRetentionParameters,
  linearDecayPerCycle: linearDecayPerCycleParameters,
  compoundDecayPerCycle: compoundDecayPerCycleParameters,
  sandsTime: sandsTimeParameters,
  criticalCurrentDensity: criticalCurrentDensityParameters,
  bruggemanDiffusivity: bruggemanDiffusivityParameters,
  localCurrentDensity: localCurrentDensityParameters,
  nernstPotential: nernstPotentialParameters,
  cationReductionPotential: cationReductionPotentialParameters,
  nernstThreshold: nernstThresholdParameters,
  shesThreshold: shesThresholdParameters,
  requiredShearModulus: requiredShearModulusParameters,
  monroeNewmanRatio: monroeNewmanRatioParameters,
  interfacialOverpotential: interfacialOverpotentialParameters,
  activityRatioForShift: activityRatioForShiftParameters,
  nernstShiftForConcentration: nernstShiftForConcentrationParameters,
  packSpecificEnergy: packSpecificEnergyParameters,
  packSpecificEnergyRange: packSpecificEnergyRangeParameters,
  requiredCellSpecificEnergy: requiredCellSpecificEnergyParameters,
  fastCharge: fastChargeParameters,
  practicalCellSpecificEnergy: practicalCellSpecificEnergyParameters,
  electrolytePerCapacity: electrolytePerCapacityParameters,
} as const satisfies Record<string, ParameterSet>;

export type PhysicsFunctionName = keyof typeof PHYSICS_PARAMETERS;
