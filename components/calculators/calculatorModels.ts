/** Every calculator's model by catalog id, for build-time tables (PresetTable) and tests. */
import type { CalculatorModel } from '../../src/lib/calculators/calculatorModel';
import { cellBuilderModel } from '../../src/lib/calculators/cellBuilder';
import { cycleLifeModel } from '../../src/lib/calculators/cycleLife';
import { decayReadingModel } from '../../src/lib/calculators/decayReading';
import { fastChargeModel } from '../../src/lib/calculators/fastChargeDemand';
import { interfaceMechanicsModel } from '../../src/lib/calculators/interfaceMechanics';
import { metalComparisonModel } from '../../src/lib/calculators/metalComparison';
import { platingDepthModel } from '../../src/lib/calculators/platingDepth';
import { sandsTimeModel } from '../../src/lib/calculators/sandsTimeExplorer';
import { shesModel } from '../../src/lib/calculators/shesTable';
import { specificEnergyModel } from '../../src/lib/calculators/specificEnergyBasis';

// The map erases each model's own input type; consumers only read ids and fields.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type AnyModel = CalculatorModel<any, any>;

export const CALCULATOR_MODELS: Readonly<Record<string, AnyModel>> = {
  [metalComparisonModel.id]: metalComparisonModel,
  [specificEnergyModel.id]: specificEnergyModel,
  [platingDepthModel.id]: platingDepthModel,
  [cycleLifeModel.id]: cycleLifeModel,
  [decayReadingModel.id]: decayReadingModel,
  [sandsTimeModel.id]: sandsTimeModel,
  [shesModel.id]: shesModel,
  [interfaceMechanicsModel.id]: interfaceMechanicsModel,
  [cellBuilderModel.id]: cellBuilderModel,
  [fastChargeModel.id]: fastChargeModel,
};
