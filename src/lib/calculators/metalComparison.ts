/**
 * Calculator 1: Li, Na and K side by side, every number from the physics library (Xiang et al.
 * 2019, introduction; Lee et al. 2020, Table 1), with the thickness each plates for a chosen
 * areal capacity.
 */
import { ALKALI_METALS, ELEMENTS, type AlkaliMetal } from '../physics/elements';
import { platingThickness, platingThicknessParameters } from '../physics/platingThickness';
import { specificCapacity } from '../physics/specificCapacity';
import { formatNumber } from '../format/formatNumber';
import type { CalculatorModel } from './calculatorModel';
import type { FieldsOf } from './fields';

export type MetalComparisonInputs = { arealCapacity_mAh_per_cm2: number };

export interface MetalRow {
  metal: AlkaliMetal;
  name: string;
  specificCapacity_mAh_per_g: number;
  reviewCapacity_mAh_per_g: number | undefined;
  standardPotential_V: number;
  reviewPotential_V: number;
  density_g_per_cm3: number;
  molarMass_g_per_mol: number;
  ionicRadius_A: number;
  thicknessPerMah_um: number;
  thickness_um: number;
}

export const metalComparisonModel: CalculatorModel<MetalComparisonInputs, MetalRow[]> = {
  id: 'metal-comparison',
  fields: {
    arealCapacity_mAh_per_cm2: { kind: 'number', spec: platingThicknessParameters.arealCapacity_mAh_per_cm2 },
  } satisfies FieldsOf<MetalComparisonInputs>,
  compute: (v) =>
    ALKALI_METALS.map((metal) => {
      const e = ELEMENTS[metal];
      return {
        metal,
        name: e.name,
        specificCapacity_mAh_per_g: specificCapacity(metal),
        reviewCapacity_mAh_per_g: e.review.specificCapacity_mAh_per_g,
        standardPotential_V: e.standardPotential_V,
        reviewPotential_V: e.review.standardPotential_V,
        density_g_per_cm3: e.density_g_per_cm3,
        molarMass_g_per_mol: e.molarMass_g_per_mol,
        ionicRadius_A: e.ionicRadius_A,
        thicknessPerMah_um: platingThickness(metal, 1),
        thickness_um: platingThickness(metal, v.arealCapacity_mAh_per_cm2),
      };
    }),
  present(rows, v) {
    const q = formatNumber(v.arealCapacity_mAh_per_cm2, { significant: 3 });
    const t = (r: MetalRow) => formatNumber(r.thickness_um, { significant: 3 });
    return {
      rows: rows.map((r) => ({ key: r.metal, label: `${r.metal} plated by ${q} mAh/cm²`, value: t(r), unit: 'µm' })),
      summary: `${q} mAh/cm² plates ${rows.map((r) => `${t(r)} µm of ${r.name}`).join(', ')} (dense metal).`,
    };
  },
};
