/**
 * Calculator 9: a practical cell from its parts (Xiang et al. 2019, "Practical Evaluation",
 * Figure 6; packing efficiency from "Processing"), with the two presets of the physics library:
 * a typical lab coin cell and a practical pouch cell.
 */
import {
  PRACTICAL_CELL,
  practicalCellSpecificEnergy,
  practicalCellSpecificEnergyParameters as p,
  TYPICAL_COIN_CELL,
  type CellDesign,
  type CellEnergy,
} from '../physics/cells';
import { packSpecificEnergyRange, packSpecificEnergyRangeParameters, type CellFormat } from '../physics/packs';
import { formatNumber } from '../format/formatNumber';
import type { CalculatorModel } from './calculatorModel';
import type { FieldsOf } from './fields';

export type CellBuilderInputs = CellDesign & { format: CellFormat };

export interface CellBuilderResult {
  cell: CellEnergy;
  pack: { low: number; high: number };
}

const percent = { unit: '%', factor: 100 } as const;

export const cellBuilderModel: CalculatorModel<CellBuilderInputs, CellBuilderResult> = {
  id: 'cell-builder',
  fields: {
    metal: { kind: 'choice', spec: p.metal },
    cathodeSpecificCapacity_mAh_per_g: { kind: 'number', spec: p.cathodeSpecificCapacity_mAh_per_g },
    cathodeLoading_mg_per_cm2: { kind: 'number', spec: p.cathodeLoading_mg_per_cm2 },
    cathodeActiveFraction: { kind: 'number', spec: p.cathodeActiveFraction, display: percent },
    averageVoltage_V: { kind: 'number', spec: p.averageVoltage_V },
    npRatio: { kind: 'number', spec: p.npRatio },
    electrolyte_g_per_Ah: { kind: 'number', spec: p.electrolyte_g_per_Ah },
    cathodeCurrentCollector_mg_per_cm2: { kind: 'number', spec: p.cathodeCurrentCollector_mg_per_cm2 },
    anodeCurrentCollector_mg_per_cm2: { kind: 'number', spec: p.anodeCurrentCollector_mg_per_cm2 },
    separator_mg_per_cm2: { kind: 'number', spec: p.separator_mg_per_cm2 },
    packagingFraction: { kind: 'number', spec: p.packagingFraction, display: percent },
    format: { kind: 'choice', spec: packSpecificEnergyRangeParameters.format },
  } satisfies FieldsOf<CellBuilderInputs>,
  compute(v) {
    const cell = practicalCellSpecificEnergy(v);
    return { cell, pack: packSpecificEnergyRange({ cellSpecificEnergy_Wh_per_kg: cell.cellSpecificEnergy_Wh_per_kg, format: v.format }) };
  },
  present(r, v) {
    const s3 = (x: number) => formatNumber(x, { significant: 3 });
    const whkg = (x: number) => formatNumber(x);
    return {
      rows: [
        { key: 'areal', label: 'Areal capacity', value: s3(r.cell.arealCapacity_mAh_per_cm2), unit: 'mAh/cm²' },
        { key: 'metal', label: `${v.metal} foil thickness for this N/P`, value: s3(r.cell.metalThickness_um), unit: 'µm' },
        { key: 'stack', label: 'Stack specific energy (no packaging)', value: whkg(r.cell.stackSpecificEnergy_Wh_per_kg), unit: 'Wh/kg' },
        { key: 'cell', label: 'Cell specific energy', value: whkg(r.cell.cellSpecificEnergy_Wh_per_kg), unit: 'Wh/kg' },
        { key: 'pack', label: `Pack specific energy, ${v.format} cells`, value: `${whkg(r.pack.low)}–${whkg(r.pack.high)}`, unit: 'Wh/kg' },
      ],
      summary:
        `This design stores ${s3(r.cell.arealCapacity_mAh_per_cm2)} mAh/cm² and reaches ${whkg(r.cell.cellSpecificEnergy_Wh_per_kg)} Wh/kg per cell, ` +
        `${whkg(r.pack.low)}–${whkg(r.pack.high)} Wh/kg in a pack of ${v.format} cells.`,
    };
  },
};

/** The presets as field values (format kept as chosen). */
export const CELL_PRESETS: readonly { id: string; label: string; design: Readonly<CellDesign> }[] = [
  { id: 'coin', label: 'Typical coin cell', design: TYPICAL_COIN_CELL },
  { id: 'practical', label: 'Practical cell', design: PRACTICAL_CELL },
];
