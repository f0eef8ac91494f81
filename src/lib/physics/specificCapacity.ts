import { COULOMBS_PER_MAH, FARADAY, MOLAR_MASS_S } from './constants';
import { ALKALI_METALS, metalData, type AlkaliMetal } from './elements';
import { requireNumber } from './errors';
import { defineParameters } from './parameters';

/**
 * Theoretical gravimetric capacity of a metal anode, mAh/g: Q = n F / (3.6 M), one electron per
 * atom. Li 3861, Na 1166, K 685.5 (Xiang et al. 2019, introduction, and Lee et al. 2020,
 * Table 1, print 3860, 1166, 685).
 */
export function specificCapacity(metal: AlkaliMetal): number {
  const m = metalData(metal);
  return (m.charge * FARADAY) / (COULOMBS_PER_MAH * m.molarMass_g_per_mol);
}

export const specificCapacityParameters = defineParameters({
  metal: {
    kind: 'choice',
    label: 'Metal',
    options: ALKALI_METALS,
    default: 'Li',
    description: 'Anode metal; one electron is exchanged per atom.',
  },
});

/**
 * Capacity of a sulfur cathode discharged to the metal sulfide M₂Sₓ, mAh per gram of sulfur:
 * 2 electrons per x sulfur atoms, Q = 2F / (3.6 · x · M_S).
 * x = 1 (Li₂S, Na₂S): 1672 mAh/g — Lee et al. 2020 (§4, RT Na–S) print 1,675, i.e. M_S = 32.00.
 * x = 3 (Na₂S₃): 557 mAh/g — the high-temperature Na–S figure in the same section; the
 * high-order sulfide it stops at is Na₂S₃ (Na₂S₄ would give 418 mAh/g).
 * @param sulfurAtoms x in M₂Sₓ (1–8)
 * @param sulfurMolarMass_g_per_mol defaults to the standard atomic weight 32.06
 */
export function sulfurSpecificCapacity(
  sulfurAtoms: number,
  sulfurMolarMass_g_per_mol: number = MOLAR_MASS_S,
): number {
  const x = requireNumber(sulfurAtoms, {
    parameter: 'sulfurAtoms',
    label: 'Sulfur atoms per sulfide',
    min: 1,
    max: 8,
    integer: true,
  });
  const mS = requireNumber(sulfurMolarMass_g_per_mol, {
    parameter: 'sulfurMolarMass_g_per_mol',
    label: 'Molar mass of sulfur',
    unit: 'g/mol',
    min: 30,
    max: 34,
  });
  return (2 * FARADAY) / (COULOMBS_PER_MAH * x * mS);
}

export const sulfurSpecificCapacityParameters = defineParameters({
  sulfurAtoms: {
    kind: 'number',
    label: 'Sulfur atoms per sulfide (x in M₂Sₓ)',
    unit: '',
    min: 1,
    max: 8,
    default: 1,
    step: 1,
    description: 'Discharge end product: 1 for M₂S (full discharge), 3 for Na₂S₃ (high-temperature Na–S).',
  },
  sulfurMolarMass_g_per_mol: {
    kind: 'number',
    label: 'Molar mass of sulfur',
    unit: 'g/mol',
    min: 32,
    max: 32.1,
    default: MOLAR_MASS_S,
    step: 0.01,
    description: 'Standard atomic weight 32.06; the review’s 1,675 mAh/g corresponds to 32.00.',
  },
});
