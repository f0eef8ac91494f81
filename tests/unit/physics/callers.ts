/**
 * Test fixture: how to call each calculator of PHYSICS_PARAMETERS from a plain record of its
 * arguments, so property and metadata tests can drive every function the same way.
 */
import * as physics from '../../../src/lib/physics/index';
import type { PhysicsFunctionName } from '../../../src/lib/physics/index';

// Arguments arrive untyped on purpose: the tests feed NaN, strings and unknown symbols.
type Args = Record<string, any>;

export const CALLERS: Record<PhysicsFunctionName, (a: Args) => unknown> = {
  specificCapacity: (a) => physics.specificCapacity(a.metal),
  sulfurSpecificCapacity: (a) => physics.sulfurSpecificCapacity(a.sulfurAtoms, a.sulfurMolarMass_g_per_mol),
  platingThickness: (a) => physics.platingThickness(a.metal, a.arealCapacity_mAh_per_cm2),
  foilArealCapacity: (a) => physics.foilArealCapacity(a.metal, a.thickness_um),
  molarVolume: (a) => physics.molarVolume(a.metal),
  chargeInVolume: (a) => physics.chargeInVolume(a.metal, a.volume_m3),
  theoreticalSpecificEnergy: (a) => physics.theoreticalSpecificEnergy(a.system),
  capacityRetention: (a) => physics.capacityRetention(a as never),
  cyclesUntilRetentionBelow: (a) => physics.cyclesUntilRetentionBelow(a as never),
  linearRetention: (a) => physics.linearRetention(a as never),
  compoundRetention: (a) => physics.compoundRetention(a as never),
  linearDecayPerCycle: (a) => physics.linearDecayPerCycle(a as never),
  compoundDecayPerCycle: (a) => physics.compoundDecayPerCycle(a as never),
  sandsTime: (a) => physics.sandsTime(a as never),
  criticalCurrentDensity: (a) => physics.criticalCurrentDensity(a as never),
  bruggemanDiffusivity: (a) => physics.bruggemanDiffusivity(a as never),
  localCurrentDensity: (a) => physics.localCurrentDensity(a as never),
  nernstPotential: (a) => physics.nernstPotential(a as never),
  cationReductionPotential: (a) => physics.cationReductionPotential(a as never),
  nernstThreshold: (a) => physics.nernstThreshold(a as never),
  shesThreshold: (a) => physics.shesThreshold(a as never),
  requiredShearModulus: (a) => physics.requiredShearModulus(a.metal),
  monroeNewmanRatio: (a) => physics.monroeNewmanRatio(a as never),
  interfacialOverpotential: (a) => physics.interfacialOverpotential(a as never),
  activityRatioForShift: (a) => physics.activityRatioForShift(a as never),
  nernstShiftForConcentration: (a) => physics.nernstShiftForConcentration(a as never),
  packSpecificEnergy: (a) => physics.packSpecificEnergy(a as never),
  packSpecificEnergyRange: (a) => physics.packSpecificEnergyRange(a as never),
  requiredCellSpecificEnergy: (a) => physics.requiredCellSpecificEnergy(a as never),
  fastCharge: (a) => physics.fastCharge(a as never),
  practicalCellSpecificEnergy: (a) => physics.practicalCellSpecificEnergy(a as never),
  electrolytePerCapacity: (a) => physics.electrolytePerCapacity(a as never),
};

/** The arguments record made of every parameter's default. */
export function defaultArgs(name: PhysicsFunctionName): Args {
  return Object.fromEntries(Object.entries(physics.PHYSICS_PARAMETERS[name]).map(([k, spec]) => [k, spec.default]));
}

/** Every number inside a result (a number, or an object of numbers, nested). */
export function numbersIn(result: unknown): number[] {
  if (typeof result === 'number') return [result];
  if (result && typeof result === 'object') return Object.values(result).flatMap(numbersIn);
  return [];
}

/** Arguments that may legitimately be negative (potentials, shifts); all others must not. */
export const MAY_BE_NEGATIVE = new Set(['standardPotential_V', 'additivePotential_V', 'hostPotential_V', 'shift_V']);
