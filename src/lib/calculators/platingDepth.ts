/**
 * Calculator 3: how thick a cycle is, how much a foil holds, and how deep each cycle goes
 * (Xiang et al. 2019, "Large Excess of Li": 500 µm Li ≈ 100 mAh/cm² against a few mAh/cm² per cycle).
 */
import type { AlkaliMetal } from '../physics/elements';
import {
  foilArealCapacity,
  foilArealCapacityParameters,
  platingThickness,
  platingThicknessParameters,
} from '../physics/platingThickness';
import { formatNumber } from '../format/formatNumber';
import type { CalculatorModel } from './calculatorModel';
import type { FieldsOf } from './fields';

export type PlatingDepthInputs = { metal: AlkaliMetal; thickness_um: number; arealCapacity_mAh_per_cm2: number };

export interface PlatingDepthResult {
  foilCapacity: number;
  platedThickness_um: number;
  /** Cycled ÷ stored; null when there is no foil (anode-free). */
  depthOfDischarge: number | null;
  /** Stored ÷ cycled; null when nothing is cycled. */
  excessRatio: number | null;
}

export const platingDepthModel: CalculatorModel<PlatingDepthInputs, PlatingDepthResult> = {
  id: 'plating-thickness',
  fields: {
    metal: { kind: 'choice', spec: platingThicknessParameters.metal },
    thickness_um: { kind: 'number', spec: foilArealCapacityParameters.thickness_um },
    arealCapacity_mAh_per_cm2: {
      kind: 'number',
      spec: platingThicknessParameters.arealCapacity_mAh_per_cm2,
      label: 'Areal capacity cycled',
    },
  } satisfies FieldsOf<PlatingDepthInputs>,
  compute(v) {
    const foilCapacity = foilArealCapacity(v.metal, v.thickness_um);
    const q = v.arealCapacity_mAh_per_cm2;
    return {
      foilCapacity,
      platedThickness_um: platingThickness(v.metal, q),
      depthOfDischarge: foilCapacity > 0 ? q / foilCapacity : null,
      excessRatio: q > 0 ? foilCapacity / q : null,
    };
  },
  present(r, v) {
    const f3 = (x: number) => formatNumber(x, { significant: 3 });
    const dod = r.depthOfDischarge === null ? 'no foil (anode-free)' : `${f3(r.depthOfDischarge * 100)} %`;
    const ratio = r.excessRatio === null ? 'nothing cycled' : `${f3(r.excessRatio)} ×`;
    return {
      rows: [
        { key: 'foil', label: `Capacity stored in ${formatNumber(v.thickness_um)} µm of ${v.metal}`, value: f3(r.foilCapacity), unit: 'mAh/cm²' },
        { key: 'plated', label: 'Thickness plated and stripped each cycle', value: f3(r.platedThickness_um), unit: 'µm' },
        { key: 'dod', label: 'Depth of discharge of the foil per cycle', value: dod },
        { key: 'ratio', label: 'Metal stored ÷ metal cycled (N/P)', value: ratio },
      ],
      summary:
        `A ${formatNumber(v.thickness_um)} µm ${v.metal} foil stores ${f3(r.foilCapacity)} mAh/cm²; cycling ${f3(v.arealCapacity_mAh_per_cm2)} mAh/cm² ` +
        `moves ${f3(r.platedThickness_um)} µm of metal, a depth of discharge of ${dod}.`,
    };
  },
};

