/**
 * The physics functions a parametrised numeric question may name, each called with named
 * arguments. Banks never hold a computed answer: they name one of these and the ranges its
 * arguments are drawn from, and the engine computes the answer with the course's physics library.
 * Argument names are the library's own (PHYSICS_PARAMETERS), so a bank is checked against them.
 */
import {
  activityRatioForShift,
  capacityRetention,
  compoundDecayPerCycle,
  compoundRetention,
  criticalCurrentDensity,
  cyclesUntilRetentionBelow,
  foilArealCapacity,
  interfacialOverpotential,
  linearDecayPerCycle,
  linearRetention,
  monroeNewmanRatio,
  nernstShiftForConcentration,
  packSpecificEnergy,
  platingThickness,
  requiredCellSpecificEnergy,
  requiredShearModulus,
  sandsTime,
  shesThreshold,
  specificCapacity,
  sulfurSpecificCapacity,
  theoreticalSpecificEnergy,
  type AlkaliMetal,
  type MetalCathodeSystem,
} from '../physics/index';

/** Values a question draws for a physics function, keyed by the function's argument names. */
export type PhysicsArguments = Readonly<Record<string, number | string>>;

type Adapter = (a: PhysicsArguments) => number;

// Functions that take one options object are passed the drawn arguments as they are; the few
// with positional arguments are unpacked here. The library validates every value it receives.
const asOptions = <T>(fn: (o: T) => number): Adapter => (a) => fn(a as unknown as T);

export const QUIZ_PHYSICS_FUNCTIONS = {
  specificCapacity: (a) => specificCapacity(a.metal as AlkaliMetal),
  sulfurSpecificCapacity: (a) =>
    sulfurSpecificCapacity(a.sulfurAtoms as number, a.sulfurMolarMass_g_per_mol as number | undefined),
  platingThickness: (a) => platingThickness(a.metal as AlkaliMetal, a.arealCapacity_mAh_per_cm2 as number),
  foilArealCapacity: (a) => foilArealCapacity(a.metal as AlkaliMetal, a.thickness_um as number),
  theoreticalSpecificEnergy: (a) => theoreticalSpecificEnergy(a.system as MetalCathodeSystem),
  requiredShearModulus: (a) => requiredShearModulus(a.metal as AlkaliMetal),
  capacityRetention: asOptions(capacityRetention),
  cyclesUntilRetentionBelow: asOptions(cyclesUntilRetentionBelow),
  linearRetention: asOptions(linearRetention),
  compoundRetention: asOptions(compoundRetention),
  linearDecayPerCycle: asOptions(linearDecayPerCycle),
  compoundDecayPerCycle: asOptions(compoundDecayPerCycle),
  sandsTime: asOptions(sandsTime),
  criticalCurrentDensity: asOptions(criticalCurrentDensity),
  interfacialOverpotential: asOptions(interfacialOverpotential),
  monroeNewmanRatio: asOptions(monroeNewmanRatio),
  shesThreshold: asOptions(shesThreshold),
  packSpecificEnergy: asOptions(packSpecificEnergy),
  requiredCellSpecificEnergy: asOptions(requiredCellSpecificEnergy),
  activityRatioForShift: asOptions(activityRatioForShift),
  nernstShiftForConcentration: asOptions(nernstShiftForConcentration),
} as const satisfies Record<string, Adapter>;

export type QuizPhysicsFunction = keyof typeof QUIZ_PHYSICS_FUNCTIONS;
export const QUIZ_PHYSICS_FUNCTION_NAMES = Object.keys(QUIZ_PHYSICS_FUNCTIONS) as [
  QuizPhysicsFunction,
  ...QuizPhysicsFunction[],
];

/** Computes a question's answer in the physics function's own unit. */
export function computePhysics(name: QuizPhysicsFunction, args: PhysicsArguments): number {
  const fn: Adapter | undefined = QUIZ_PHYSICS_FUNCTIONS[name];
  if (!fn) throw new Error(`Unknown physics function "${name}"`);
  return fn(args);
}
