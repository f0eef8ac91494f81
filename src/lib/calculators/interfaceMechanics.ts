/**
 * Calculator 8: why contact matters (η = J × ASR; Xiang et al. 2019, solid-state section: ASR up
 * to 10⁴ Ω·cm²) and the Monroe–Newman check per metal (an interphase ≥ 1.8 × the metal's shear
 * modulus; a guide, not a law — soft cross-linked polymers have also resisted dendrites).
 */
import { ALKALI_METALS, ELEMENTS, type AlkaliMetal } from '../physics/elements';
import { interfacialOverpotential, interfacialOverpotentialParameters as ip } from '../physics/interfacialOverpotential';
import { monroeNewmanRatio, monroeNewmanRatioParameters as mp, MONROE_NEWMAN_FACTOR, requiredShearModulus } from '../physics/mechanics';
import { formatNumber } from '../format/formatNumber';
import type { CalculatorModel } from './calculatorModel';
import type { FieldsOf } from './fields';
import { formatAuto } from './formatAuto';

export type MechanicsInputs = {
  currentDensity: number;
  areaSpecificResistance: number;
  interphaseShearModulus_GPa: number;
  metal: AlkaliMetal;
};

export interface MechanicsResult {
  /** V */
  overpotential: number;
  metals: { metal: AlkaliMetal; shear_GPa: number; required_GPa: number; ratio: number }[];
}

export const interfaceMechanicsModel: CalculatorModel<MechanicsInputs, MechanicsResult> = {
  id: 'interface-mechanics',
  fields: {
    currentDensity: { kind: 'number', spec: ip.currentDensity, display: { unit: 'mA/cm²', factor: 0.1 } },
    areaSpecificResistance: { kind: 'number', spec: ip.areaSpecificResistance, display: { unit: 'Ω·cm²', factor: 1e4 } },
    interphaseShearModulus_GPa: { kind: 'number', spec: mp.interphaseShearModulus_GPa },
    metal: { kind: 'choice', spec: mp.metal },
  } satisfies FieldsOf<MechanicsInputs>,
  compute: (v) => ({
    overpotential: interfacialOverpotential({ currentDensity: v.currentDensity, areaSpecificResistance: v.areaSpecificResistance }),
    metals: ALKALI_METALS.map((metal) => ({
      metal,
      shear_GPa: ELEMENTS[metal].shearModulus_GPa ?? 0,
      required_GPa: requiredShearModulus(metal),
      ratio: monroeNewmanRatio({ interphaseShearModulus_GPa: v.interphaseShearModulus_GPa, metal }),
    })),
  }),
  present(r, v) {
    const eta = r.overpotential >= 1 ? `${formatAuto(r.overpotential)} V` : `${formatAuto(r.overpotential * 1000)} mV`;
    const chosen = r.metals.find((m) => m.metal === v.metal)!;
    const meets = chosen.ratio >= MONROE_NEWMAN_FACTOR;
    return {
      rows: [
        { key: 'eta', label: `Interfacial overpotential η at ${formatAuto(v.currentDensity / 10)} mA/cm²`, value: eta },
        { key: 'required', label: `Shear modulus an interphase needs on ${v.metal} (1.8 × ${formatNumber(chosen.shear_GPa, { digits: 1 })} GPa)`, value: `${formatNumber(chosen.required_GPa, { digits: 2 })} GPa` },
        { key: 'ratio', label: `G_interphase ÷ G_${v.metal}`, value: formatNumber(chosen.ratio, { digits: 2 }), note: meets ? 'meets the Monroe–Newman criterion (≥ 1.8)' : 'below the Monroe–Newman criterion (1.8)' },
      ],
      summary:
        `The interface costs ${eta} of overpotential. A ${formatNumber(v.interphaseShearModulus_GPa, { significant: 3 })} GPa interphase on ${v.metal} is ` +
        `${formatNumber(chosen.ratio, { digits: 2 })} times as stiff as the metal, ${meets ? 'enough' : 'not enough'} for the Monroe–Newman criterion.`,
    };
  },
};
