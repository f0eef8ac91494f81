/**
 * Calculator 2: theoretical specific energy of the metal–O₂ and metal–S systems on the mass of
 * the discharge product and on the metal alone (Xiang et al. 2019; say which basis a figure uses).
 */
import {
  CELL_REACTIONS,
  impliedVoltage,
  METAL_CATHODE_SYSTEMS,
  theoreticalSpecificEnergy,
  theoreticalSpecificEnergyOnMetal,
  theoreticalSpecificEnergyParameters as p,
  type MetalCathodeSystem,
} from '../physics/specificEnergy';
import { formatNumber } from '../format/formatNumber';
import type { CalculatorModel } from './calculatorModel';
import type { FieldsOf } from './fields';

export type SpecificEnergyInputs = { system: MetalCathodeSystem };

export interface SystemEnergy {
  system: MetalCathodeSystem;
  product: string;
  voltage_V: number;
  productBasis: number;
  metalBasis: number;
}

export interface SpecificEnergyResult {
  systems: SystemEnergy[];
  selected: SystemEnergy;
  reviewFigures: { value: string; source: string; impliedVoltage: string }[];
  voltageSource: string;
}

/** "Li2O2" → "Li₂O₂" for display. */
export function chemicalFormula(formula: string): string {
  return formula.replace(/\d/g, (d) => String.fromCharCode(0x2080 + Number(d)));
}

export const specificEnergyModel: CalculatorModel<SpecificEnergyInputs, SpecificEnergyResult> = {
  id: 'specific-energy',
  fields: {
    system: { kind: 'choice', spec: p.system, optionLabels: { 'Li-O2': 'Li–O₂', 'Na-O2': 'Na–O₂', 'K-O2': 'K–O₂', 'Li-S': 'Li–S', 'Na-S': 'Na–S (room temperature)' } },
  } satisfies FieldsOf<SpecificEnergyInputs>,
  compute(v) {
    const systems = METAL_CATHODE_SYSTEMS.map((system) => ({
      system,
      product: chemicalFormula(CELL_REACTIONS[system].product),
      voltage_V: CELL_REACTIONS[system].voltage_V,
      productBasis: theoreticalSpecificEnergy(system),
      metalBasis: theoreticalSpecificEnergyOnMetal(system),
    }));
    const r = CELL_REACTIONS[v.system];
    return {
      systems,
      selected: systems.find((s) => s.system === v.system)!,
      reviewFigures: r.reviewFigures.map((f) => ({
        value: `${f.approx ? '≈ ' : ''}${formatNumber(f.value_Wh_per_kg)} Wh/kg`,
        source: f.source,
        impliedVoltage: formatNumber(
          impliedVoltage({ specificEnergy_Wh_per_kg: f.value_Wh_per_kg, electrons: r.electrons, molarMass_g_per_mol: r.productMolarMass_g_per_mol }),
          { digits: 2 },
        ),
      })),
      voltageSource: r.voltageSource,
    };
  },
  present(r) {
    const s = r.selected;
    const name = s.system.replace('-', '–').replace('O2', 'O₂');
    return {
      rows: [
        { key: 'product', label: `${name}: discharge product, voltage`, value: `${s.product}, ${formatNumber(s.voltage_V, { digits: 2 })} V` },
        { key: 'product-basis', label: 'On the mass of the product (metal + O₂ or S)', value: formatNumber(s.productBasis), unit: 'Wh/kg' },
        { key: 'metal-basis', label: 'On the mass of the metal alone', value: formatNumber(s.metalBasis), unit: 'Wh/kg' },
        ...r.reviewFigures.map((f, i) => ({
          key: `review-${i}`,
          label: `Review figure (${f.source})`,
          value: f.value,
          note: `implies ${f.impliedVoltage} V on the product basis`,
        })),
      ],
      summary: `${name} stores ${formatNumber(s.productBasis)} Wh/kg counted on ${s.product} and ${formatNumber(s.metalBasis)} Wh/kg counted on the metal alone, at ${formatNumber(s.voltage_V, { digits: 2 })} V.`,
    };
  },
};
