import { FARADAY, JOULES_PER_WH, MOLAR_MASS_O, MOLAR_MASS_S } from './constants';
import { ELEMENTS, type AlkaliMetal } from './elements';
import { requireChoice, requireNumber } from './errors';
import { defineParameters } from './parameters';

export const METAL_CATHODE_SYSTEMS = ['Li-O2', 'Na-O2', 'K-O2', 'Li-S', 'Na-S'] as const;
export type MetalCathodeSystem = (typeof METAL_CATHODE_SYSTEMS)[number];

/** A review's figure for the same quantity, shown beside the computed one. */
export interface ReviewFigure {
  readonly value_Wh_per_kg: number;
  readonly approx: boolean;
  readonly source: string;
}

export interface CellReaction {
  readonly metal: AlkaliMetal;
  /** Discharge product, e.g. 'Li2O2'. */
  readonly product: string;
  /** Metal atoms per formula unit of product. */
  readonly metalAtoms: number;
  readonly oxygenAtoms: number;
  readonly sulfurAtoms: number;
  /** Electrons per formula unit of product. */
  readonly electrons: number;
  /** Voltage the energy is computed at, V. */
  readonly voltage_V: number;
  /** Where the voltage comes from. */
  readonly voltageSource: string;
  readonly productMolarMass_g_per_mol: number;
  readonly reviewFigures: readonly ReviewFigure[];
}

function reaction(
  r: Omit<CellReaction, 'productMolarMass_g_per_mol'>,
): CellReaction {
  const productMolarMass_g_per_mol =
    r.metalAtoms * ELEMENTS[r.metal].molarMass_g_per_mol +
    r.oxygenAtoms * MOLAR_MASS_O +
    r.sulfurAtoms * MOLAR_MASS_S;
  return { ...r, productMolarMass_g_per_mol };
}

/**
 * The five metal–oxygen / metal–sulfur systems of Xiang et al. 2019, with the discharge product,
 * the electrons per product and the voltage each theoretical energy is quoted at.
 */
export const CELL_REACTIONS: Readonly<Record<MetalCathodeSystem, CellReaction>> = {
  'Li-O2': reaction({
    metal: 'Li',
    product: 'Li2O2',
    metalAtoms: 2,
    oxygenAtoms: 2,
    sulfurAtoms: 0,
    electrons: 2,
    voltage_V: 2.96,
    voltageSource: 'E° of 2Li⁺ + O₂ ⇌ Li₂O₂, 2.96 V vs Li⁺/Li (Ge et al. 2024, Introduction).',
    reviewFigures: [
      { value_Wh_per_kg: 3450, approx: false, source: 'Xiang et al. 2019, Li–O₂ section' },
      { value_Wh_per_kg: 3500, approx: true, source: 'Ge et al. 2024, Introduction' },
    ],
  }),
  'Na-O2': reaction({
    metal: 'Na',
    product: 'NaO2',
    metalAtoms: 1,
    oxygenAtoms: 2,
    sulfurAtoms: 0,
    electrons: 1,
    voltage_V: 2.27,
    voltageSource:
      'E° of Na⁺ + O₂ ⇌ NaO₂, 2.27 V (Hartmann et al. 2013; the reviews state only the energy).',
    reviewFigures: [
      { value_Wh_per_kg: 1100, approx: true, source: 'Xiang et al. 2019, Na–O₂ section' },
      { value_Wh_per_kg: 1108, approx: false, source: 'Lee et al. 2020, Na–O₂ full cells' },
    ],
  }),
  'K-O2': reaction({
    metal: 'K',
    product: 'KO2',
    metalAtoms: 1,
    oxygenAtoms: 2,
    sulfurAtoms: 0,
    electrons: 1,
    voltage_V: 2.48,
    voltageSource:
      'E° of K⁺ + O₂ ⇌ KO₂, 2.48 V (Ren and Wu 2013; the review states only the energy).',
    reviewFigures: [{ value_Wh_per_kg: 935, approx: true, source: 'Xiang et al. 2019, K–O₂ section' }],
  }),
  'Li-S': reaction({
    metal: 'Li',
    product: 'Li2S',
    metalAtoms: 2,
    oxygenAtoms: 0,
    sulfurAtoms: 1,
    electrons: 2,
    voltage_V: 2.2,
    voltageSource:
      'Average discharge voltage 2.20 V (literature-typical); the review’s 2,600 Wh/kg is this figure rounded to two significant figures.',
    reviewFigures: [{ value_Wh_per_kg: 2600, approx: false, source: 'Xiang et al. 2019, Li–S section' }],
  }),
  'Na-S': reaction({
    metal: 'Na',
    product: 'Na2S',
    metalAtoms: 2,
    oxygenAtoms: 0,
    sulfurAtoms: 1,
    electrons: 2,
    voltage_V: 1.85,
    voltageSource:
      'Room-temperature Na–S to Na₂S at an average 1.85 V (literature-typical; the reviews quote capacities, 1,675 and 557 mAh/g of S, not an energy).',
    reviewFigures: [],
  }),
};

/**
 * Specific energy of a reaction per mass of one substance, Wh/kg: n F E / (3.6 M)
 * (J/g ÷ 3.6 = Wh/kg).
 */
export function reactionSpecificEnergy(o: {
  electrons: number;
  voltage_V: number;
  molarMass_g_per_mol: number;
}): number {
  const n = requireNumber(o.electrons, {
    parameter: 'electrons',
    label: 'Electrons transferred',
    min: 1,
    max: 16,
    integer: true,
  });
  const e = requireNumber(o.voltage_V, { parameter: 'voltage_V', label: 'Voltage', unit: 'V', min: 0, max: 10 });
  const m = requireNumber(o.molarMass_g_per_mol, {
    parameter: 'molarMass_g_per_mol',
    label: 'Molar mass',
    unit: 'g/mol',
    min: 0,
    minExclusive: true,
    max: 1e4,
  });
  return (n * FARADAY * e) / ((JOULES_PER_WH / 1000) * m);
}

/**
 * Voltage at which a reaction reaches a given specific energy, V — the inverse of
 * reactionSpecificEnergy, to ask "what voltage does a review's number imply?"
 */
export function impliedVoltage(o: {
  specificEnergy_Wh_per_kg: number;
  electrons: number;
  molarMass_g_per_mol: number;
}): number {
  const w = requireNumber(o.specificEnergy_Wh_per_kg, {
    parameter: 'specificEnergy_Wh_per_kg',
    label: 'Specific energy',
    unit: 'Wh/kg',
    min: 0,
  });
  return w / reactionSpecificEnergy({ electrons: o.electrons, voltage_V: 1, molarMass_g_per_mol: o.molarMass_g_per_mol });
}

function systemReaction(system: MetalCathodeSystem): CellReaction {
  return CELL_REACTIONS[requireChoice(system, METAL_CATHODE_SYSTEMS, 'system', 'Battery system')];
}

/**
 * Theoretical specific energy on the mass of the discharge product (= mass of the reactants,
 * metal + O₂ or S), Wh/kg, at the voltage in CELL_REACTIONS:
 * Li–O₂ 3458 (Li₂O₂, 2.96 V), Na–O₂ 1106 (NaO₂, 2.27 V), K–O₂ 935 (KO₂, 2.48 V),
 * Li–S 2567 (Li₂S, 2.20 V), Na–S 1271 (Na₂S, 1.85 V).
 */
export function theoreticalSpecificEnergy(system: MetalCathodeSystem): number {
  const r = systemReaction(system);
  return reactionSpecificEnergy({
    electrons: r.electrons,
    voltage_V: r.voltage_V,
    molarMass_g_per_mol: r.productMolarMass_g_per_mol,
  });
}

/**
 * Theoretical specific energy on the mass of the metal alone, Wh/kg — a larger number
 * (Li–O₂: 11,430) that some sources quote; say which basis a figure uses.
 */
export function theoreticalSpecificEnergyOnMetal(system: MetalCathodeSystem): number {
  const r = systemReaction(system);
  return reactionSpecificEnergy({
    electrons: r.electrons,
    voltage_V: r.voltage_V,
    molarMass_g_per_mol: r.metalAtoms * ELEMENTS[r.metal].molarMass_g_per_mol,
  });
}

export const theoreticalSpecificEnergyParameters = defineParameters({
  system: {
    kind: 'choice',
    label: 'Battery system',
    options: METAL_CATHODE_SYSTEMS,
    default: 'Li-O2',
    description: 'Metal and cathode; the discharge product and voltage are listed in CELL_REACTIONS.',
  },
});
