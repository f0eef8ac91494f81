import { requireChoice, requireNumber } from './errors';
import { defineParameters } from './parameters';

export const CELL_FORMATS = ['pouch', 'cylindrical', 'prismatic'] as const;
export type CellFormat = (typeof CELL_FORMATS)[number];

/**
 * Packing efficiency (pack specific energy ÷ cell specific energy) by cell format, fractions:
 * Xiang et al. 2019 ("Processing"): pouch 60–65 %, cylindrical 65–70 %, prismatic 75–80 %.
 */
export const PACKING_EFFICIENCY: Readonly<Record<CellFormat, { readonly min: number; readonly max: number }>> = {
  pouch: { min: 0.6, max: 0.65 },
  cylindrical: { min: 0.65, max: 0.7 },
  prismatic: { min: 0.75, max: 0.8 },
};

function checkEfficiency(packingEfficiency: number): number {
  return requireNumber(packingEfficiency, {
    parameter: 'packingEfficiency',
    label: 'Packing efficiency',
    min: 0,
    minExclusive: true,
    max: 1,
  });
}

/** Pack specific energy, Wh/kg: cell specific energy × packing efficiency (500 × 0.60 = 300). */
export function packSpecificEnergy(o: { cellSpecificEnergy_Wh_per_kg: number; packingEfficiency: number }): number {
  const cell = requireNumber(o.cellSpecificEnergy_Wh_per_kg, {
    parameter: 'cellSpecificEnergy_Wh_per_kg',
    label: 'Cell specific energy',
    unit: 'Wh/kg',
    min: 0,
  });
  return cell * checkEfficiency(o.packingEfficiency);
}

/** Pack specific energy range for a cell format, Wh/kg (low and high end of PACKING_EFFICIENCY). */
export function packSpecificEnergyRange(o: { cellSpecificEnergy_Wh_per_kg: number; format: CellFormat }): {
  low: number;
  high: number;
} {
  const eff = PACKING_EFFICIENCY[requireChoice(o.format, CELL_FORMATS, 'format', 'Cell format')];
  return {
    low: packSpecificEnergy({ cellSpecificEnergy_Wh_per_kg: o.cellSpecificEnergy_Wh_per_kg, packingEfficiency: eff.min }),
    high: packSpecificEnergy({ cellSpecificEnergy_Wh_per_kg: o.cellSpecificEnergy_Wh_per_kg, packingEfficiency: eff.max }),
  };
}

/**
 * Cell specific energy a pack target needs, Wh/kg: pack ÷ packing efficiency. Xiang et al. 2019:
 * a 300 Wh/kg pack of pouch cells needs 500 Wh/kg cells (60 %).
 */
export function requiredCellSpecificEnergy(o: { packSpecificEnergy_Wh_per_kg: number; packingEfficiency: number }): number {
  const pack = requireNumber(o.packSpecificEnergy_Wh_per_kg, {
    parameter: 'packSpecificEnergy_Wh_per_kg',
    label: 'Pack specific energy',
    unit: 'Wh/kg',
    min: 0,
  });
  return pack / checkEfficiency(o.packingEfficiency);
}

const packingEfficiencySpec = {
  kind: 'number',
  label: 'Packing efficiency',
  unit: '',
  min: 0.4,
  max: 0.9,
  default: 0.6,
  step: 0.01,
  description: 'Pack ÷ cell specific energy; pouch 0.60–0.65, cylindrical 0.65–0.70, prismatic 0.75–0.80 (Xiang et al. 2019).',
} as const;

export const packSpecificEnergyParameters = defineParameters({
  cellSpecificEnergy_Wh_per_kg: {
    kind: 'number',
    label: 'Cell specific energy',
    unit: 'Wh/kg',
    min: 100,
    max: 800,
    default: 500,
    step: 10,
    description: 'Specific energy of one cell; commercial Li-ion ≈ 250 Wh/kg.',
  },
  packingEfficiency: packingEfficiencySpec,
});

export const packSpecificEnergyRangeParameters = defineParameters({
  cellSpecificEnergy_Wh_per_kg: packSpecificEnergyParameters.cellSpecificEnergy_Wh_per_kg,
  format: {
    kind: 'choice',
    label: 'Cell format',
    options: CELL_FORMATS,
    default: 'pouch',
    description: 'Pouch cells are the lightest single cells but pack least efficiently.',
  },
});

export const requiredCellSpecificEnergyParameters = defineParameters({
  packSpecificEnergy_Wh_per_kg: {
    kind: 'number',
    label: 'Pack specific energy',
    unit: 'Wh/kg',
    min: 100,
    max: 500,
    default: 300,
    step: 10,
    description: 'Target for the whole pack.',
  },
  packingEfficiency: packingEfficiencySpec,
});
