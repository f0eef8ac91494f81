import { ALKALI_METALS, metalData, type AlkaliMetal } from './elements';
import { requireNumber } from './errors';
import { defineParameters } from './parameters';

/**
 * Monroe–Newman criterion (Monroe & Newman, J. Electrochem. Soc. 152, A396, 2005): an
 * interphase suppresses protrusions when its shear modulus exceeds ≈ 1.8 × the metal's. Lee et
 * al. 2020 (§2.3, §3.3) use the modulus argument for Na: its low modulus makes a suppressing
 * SEI feasible.
 * A guide, not a law: soft cross-linked polymers have also been reported to resist dendrites.
 */
export const MONROE_NEWMAN_FACTOR = 1.8;

function shearModulusOf(metal: AlkaliMetal): number {
  const g = metalData(metal).shearModulus_GPa;
  // Every anode metal has one in the table; this guards the table against edits.
  if (g === null) throw new Error(`No shear modulus for ${metal} in the element table.`);
  return g;
}

/**
 * Shear modulus an interphase needs on this metal, GPa: 1.8 × G_metal, with the approximate
 * handbook moduli Li 4.2, Na 3.3, K 1.3 GPa → Li 7.6, Na 5.9, K 2.3 GPa.
 */
export function requiredShearModulus(metal: AlkaliMetal): number {
  return MONROE_NEWMAN_FACTOR * shearModulusOf(metal);
}

/**
 * Ratio G_interphase / G_metal; ≥ 1.8 meets the Monroe–Newman criterion. A > 6 GPa
 * PVDF-HFP/Al₂O₃ layer on Na (Lee et al. 2020, §3.3) gives ≥ 1.82.
 * @param o.interphaseShearModulus_GPa shear modulus of the SEI or coating, GPa (≥ 0)
 */
export function monroeNewmanRatio(o: { interphaseShearModulus_GPa: number; metal: AlkaliMetal }): number {
  const g = requireNumber(o.interphaseShearModulus_GPa, {
    parameter: 'interphaseShearModulus_GPa',
    label: 'Interphase shear modulus',
    unit: 'GPa',
    min: 0,
  });
  return g / shearModulusOf(o.metal);
}

export const requiredShearModulusParameters = defineParameters({
  metal: {
    kind: 'choice',
    label: 'Metal',
    options: ALKALI_METALS,
    default: 'Na',
    description: 'Anode metal; its shear modulus sets the bar.',
  },
});

export const monroeNewmanRatioParameters = defineParameters({
  interphaseShearModulus_GPa: {
    kind: 'number',
    label: 'Interphase shear modulus',
    unit: 'GPa',
    min: 0,
    max: 40,
    default: 6,
    step: 0.1,
    description: 'Shear modulus of the SEI or artificial layer; Lee et al. 2020 report > 6 GPa for PVDF-HFP/Al₂O₃.',
  },
  metal: requiredShearModulusParameters.metal,
});
