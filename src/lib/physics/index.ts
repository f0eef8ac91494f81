/**
 * The course's physics library: pure functions and data, no DOM. SI units inside unless a name
 * says otherwise (`thickness_um`, `_mAh_per_cm2`); invalid input throws PhysicsInputError.
 */
export * from './errors';
export * from './parameters';
export * from './constants';
export * from './elements';
export * from './specificCapacity';
export * from './platingThickness';
export * from './specificEnergy';
export * from './capacityRetention';
export * from './capacityDecay';
export * from './sandsTime';
export * from './depletionProfile';
export * from './nernst';
export * from './shes';
export * from './mechanics';
export * from './interfacialOverpotential';
export * from './solidElectrolytes';
export * from './concentratedElectrolyte';
export * from './packs';
export * from './fastCharge';
export * from './cells';
export * from './parameterCatalog';
export * from './energyWaterfall';
export * from './oxygenCrossover';
export * from './fuels';
