import { ALKALI_METALS, type AlkaliMetal } from './elements';
import { requireNumber } from './errors';
import { defineParameters } from './parameters';
import { foilArealCapacity, platingThickness } from './platingThickness';
import { specificCapacity } from './specificCapacity';

/*
 * A simple practical-cell model: everything per cm² of one cathode layer (one repeating unit of a
 * stack), energy = areal capacity × average voltage, mass = cathode coating + metal +
 * electrolyte + current collectors + separator, then packaging as a fraction of the whole cell.
 * It is the arithmetic behind Xiang et al. 2019 ("Practical Evaluation", Figure 6): thick metal,
 * thin cathodes and flooded electrolyte make lab cells a poor guide to practical energy.
 */

/** Inputs of the cell model; areal masses in mg per cm² of cathode layer. */
export interface CellDesign {
  metal: AlkaliMetal;
  /** Reversible capacity of the cathode active material, mAh/g. */
  cathodeSpecificCapacity_mAh_per_g: number;
  /** Cathode active-material loading, mg/cm² (Xiang et al. 2019 ask > 20 for LiCoO₂). */
  cathodeLoading_mg_per_cm2: number;
  /** Active material ÷ whole coating (binder and carbon make up the rest), (0, 1]. */
  cathodeActiveFraction: number;
  /** Average discharge voltage, V. */
  averageVoltage_V: number;
  /**
   * Metal foil capacity ÷ cathode capacity (N/P). With a lithiated (sodiated) cathode the foil is
   * all excess: N/P 1 is the "100 % excess" of capacityRetention, 0 is anode-free.
   */
  npRatio: number;
  /** Electrolyte mass per cell capacity (E/C), g/Ah; ~3 in practical Li-metal pouch cells. */
  electrolyte_g_per_Ah: number;
  /** Cathode current collector per cathode layer, mg/cm² (double-sided: half the foil). */
  cathodeCurrentCollector_mg_per_cm2: number;
  /** Anode current collector per cathode layer, mg/cm² (0 for a bare metal foil). */
  anodeCurrentCollector_mg_per_cm2: number;
  /** Separator, mg/cm². */
  separator_mg_per_cm2: number;
  /** Tabs, casing, pouch foil: fraction of the whole cell mass, [0, 1). */
  packagingFraction: number;
}

export interface CellEnergy {
  arealCapacity_mAh_per_cm2: number;
  arealEnergy_mWh_per_cm2: number;
  /** Thickness of the metal foil the N/P ratio implies, µm (dense metal). */
  metalThickness_um: number;
  masses_mg_per_cm2: {
    cathodeCoating: number;
    metal: number;
    electrolyte: number;
    cathodeCurrentCollector: number;
    anodeCurrentCollector: number;
    separator: number;
    packaging: number;
  };
  totalMass_mg_per_cm2: number;
  /** Without packaging, Wh/kg. */
  stackSpecificEnergy_Wh_per_kg: number;
  cellSpecificEnergy_Wh_per_kg: number;
}

/*
 * Upper limits are generous physical bounds (no cathode stores more than Li metal's 3861 mAh/g,
 * no electrode weighs a gram per cm²); they also keep every product below overflow.
 */
function nonNegative(value: number, parameter: string, label: string, unit: string, max: number): number {
  return requireNumber(value, { parameter, label, unit, min: 0, max });
}

/** Cell specific energy, Wh/kg, and the mass breakdown behind it. */
export function practicalCellSpecificEnergy(d: CellDesign): CellEnergy {
  const qAm = requireNumber(d.cathodeSpecificCapacity_mAh_per_g, {
    parameter: 'cathodeSpecificCapacity_mAh_per_g',
    label: 'Cathode specific capacity',
    unit: 'mAh/g',
    min: 0,
    minExclusive: true,
    max: 4000,
  });
  const loading = requireNumber(d.cathodeLoading_mg_per_cm2, {
    parameter: 'cathodeLoading_mg_per_cm2',
    label: 'Cathode loading',
    unit: 'mg/cm²',
    min: 0,
    minExclusive: true,
    max: 1000,
  });
  const activeFraction = requireNumber(d.cathodeActiveFraction, {
    parameter: 'cathodeActiveFraction',
    label: 'Cathode active fraction',
    min: 0,
    minExclusive: true,
    max: 1,
  });
  const voltage = requireNumber(d.averageVoltage_V, {
    parameter: 'averageVoltage_V',
    label: 'Average voltage',
    unit: 'V',
    min: 0,
    minExclusive: true,
    max: 6,
  });
  const np = nonNegative(d.npRatio, 'npRatio', 'N/P ratio', '', 1000);
  const ec = nonNegative(d.electrolyte_g_per_Ah, 'electrolyte_g_per_Ah', 'Electrolyte per capacity', 'g/Ah', 1000);
  const ccCathode = nonNegative(
    d.cathodeCurrentCollector_mg_per_cm2,
    'cathodeCurrentCollector_mg_per_cm2',
    'Cathode current collector',
    'mg/cm²',
    1000,
  );
  const ccAnode = nonNegative(
    d.anodeCurrentCollector_mg_per_cm2,
    'anodeCurrentCollector_mg_per_cm2',
    'Anode current collector',
    'mg/cm²',
    1000,
  );
  const separator = nonNegative(d.separator_mg_per_cm2, 'separator_mg_per_cm2', 'Separator', 'mg/cm²', 1000);
  const packagingFraction = requireNumber(d.packagingFraction, {
    parameter: 'packagingFraction',
    label: 'Packaging fraction',
    min: 0,
    max: 1,
    maxExclusive: true,
  });

  // mg × mAh/g / 1000 = mAh.
  const arealCapacity = (loading * qAm) / 1000;
  const arealEnergy = arealCapacity * voltage;
  const metalCapacity = np * arealCapacity;
  const masses = {
    cathodeCoating: loading / activeFraction,
    metal: (metalCapacity / specificCapacity(d.metal)) * 1000,
    // g/Ah × mAh = mg.
    electrolyte: ec * arealCapacity,
    cathodeCurrentCollector: ccCathode,
    anodeCurrentCollector: ccAnode,
    separator,
    packaging: 0,
  };
  const stack =
    masses.cathodeCoating +
    masses.metal +
    masses.electrolyte +
    masses.cathodeCurrentCollector +
    masses.anodeCurrentCollector +
    masses.separator;
  const total = stack / (1 - packagingFraction);
  masses.packaging = total - stack;
  // mWh/mg = Wh/g = 1000 Wh/kg.
  return {
    arealCapacity_mAh_per_cm2: arealCapacity,
    arealEnergy_mWh_per_cm2: arealEnergy,
    metalThickness_um: platingThickness(d.metal, metalCapacity),
    masses_mg_per_cm2: masses,
    totalMass_mg_per_cm2: total,
    stackSpecificEnergy_Wh_per_kg: (arealEnergy / stack) * 1000,
    cellSpecificEnergy_Wh_per_kg: (arealEnergy / total) * 1000,
  };
}

/**
 * A typical lab coin cell (Xiang et al. 2019, Figure 6A): NMC811-type cathode at 200 mAh/g and
 * only 4 mg/cm² (0.8 mAh/cm²), a 500 µm Li disc (103 mAh/cm²: N/P ≈ 129), ~75 µL of electrolyte
 * over 1.13 cm² (≈ 100 g/Ah), 20 µm Al, a 25 µm separator, no Cu. The steel case (≈ 2 g) is
 * left out (packagingFraction 0): counted, it would bring the cell to ~1.6 Wh/kg (3.44 mWh over 2.13 g).
 * Result: ≈ 26 Wh/kg.
 */
export const TYPICAL_COIN_CELL: Readonly<CellDesign> = {
  metal: 'Li',
  cathodeSpecificCapacity_mAh_per_g: 200,
  cathodeLoading_mg_per_cm2: 4,
  cathodeActiveFraction: 0.9,
  averageVoltage_V: 3.8,
  npRatio: foilArealCapacity('Li', 500) / 0.8,
  electrolyte_g_per_Ah: 100,
  cathodeCurrentCollector_mg_per_cm2: 5.4,
  anodeCurrentCollector_mg_per_cm2: 0,
  separator_mg_per_cm2: 1.4,
  packagingFraction: 0,
};

/**
 * A practical Li-metal pouch-cell design (Xiang et al. 2019, Figure 6B, and the 300 Wh/kg pouch
 * cell of their ref. 163): 200 mAh/g × 20 mg/cm² (4 mAh/cm²), N/P 1 (≈ 19 µm Li: metal equal to the
 * cathode capacity, as the review recommends, which with a lithiated cathode is the 100 % excess of
 * its 2 × 0.998⁵⁰⁰ arithmetic), E/C 3 g/Ah,
 * double-sided 12 µm Al and 8 µm Cu (half of each per layer), 12 µm separator, 8 % packaging.
 * Result: ≈ 382 Wh/kg stack, ≈ 352 Wh/kg cell.
 */
export const PRACTICAL_CELL: Readonly<CellDesign> = {
  metal: 'Li',
  cathodeSpecificCapacity_mAh_per_g: 200,
  cathodeLoading_mg_per_cm2: 20,
  cathodeActiveFraction: 0.96,
  averageVoltage_V: 3.8,
  npRatio: 1,
  electrolyte_g_per_Ah: 3,
  cathodeCurrentCollector_mg_per_cm2: 1.62,
  anodeCurrentCollector_mg_per_cm2: 3.58,
  separator_mg_per_cm2: 0.68,
  packagingFraction: 0.08,
};

/**
 * An illustrative lean Li–S pouch design (chapter 6's "from 2,600 Wh/kg to a cell"): sulfur
 * delivering 1000 mAh/g (the typical value of electrolytePerCapacityParameters) at 5 mg/cm²
 * (5 mAh/cm²) in a 70 % sulfur–carbon coating, 2.1 V average; sulfur brings no lithium, so the foil
 * is all the lithium and N/P 2 is 100 % excess; electrolyte at Xiang et al. 2019's recommended
 * E/AM ≈ 2 µL/mg with an ether density of 1.1 g/mL (2.2 g/Ah); collectors, separator and
 * packaging as PRACTICAL_CELL. These are the course's assumptions, typical of lean-electrolyte
 * Li–S literature, not numbers from the reviews. Result: ≈ 395 Wh/kg stack, ≈ 363 Wh/kg cell.
 */
export const ILLUSTRATIVE_LI_S_CELL: Readonly<CellDesign> = {
  metal: 'Li',
  cathodeSpecificCapacity_mAh_per_g: 1000,
  cathodeLoading_mg_per_cm2: 5,
  cathodeActiveFraction: 0.7,
  averageVoltage_V: 2.1,
  npRatio: 2,
  electrolyte_g_per_Ah: 2.2,
  cathodeCurrentCollector_mg_per_cm2: 1.62,
  anodeCurrentCollector_mg_per_cm2: 3.58,
  separator_mg_per_cm2: 0.68,
  packagingFraction: 0.08,
};

export const practicalCellSpecificEnergyParameters = defineParameters({
  metal: {
    kind: 'choice',
    label: 'Metal',
    options: ALKALI_METALS,
    default: 'Li',
    description: 'Anode metal.',
  },
  cathodeSpecificCapacity_mAh_per_g: {
    kind: 'number',
    label: 'Cathode specific capacity',
    unit: 'mAh/g',
    min: 100,
    max: 1200,
    default: 200,
    step: 5,
    description: 'Reversible capacity of the active material: ~140 LiCoO₂, ~200 NMC811, ~1000 practical sulfur.',
  },
  cathodeLoading_mg_per_cm2: {
    kind: 'number',
    label: 'Cathode loading',
    unit: 'mg/cm²',
    min: 1,
    max: 40,
    default: 20,
    step: 0.5,
    description: 'Active material per area; Xiang et al. 2019 ask > 20 mg/cm² for LiCoO₂.',
  },
  cathodeActiveFraction: {
    kind: 'number',
    label: 'Cathode active fraction',
    unit: '',
    min: 0.5,
    max: 1,
    default: 0.96,
    step: 0.01,
    description: 'Active material ÷ coating; binder and conductive carbon make up the rest.',
  },
  averageVoltage_V: {
    kind: 'number',
    label: 'Average voltage',
    unit: 'V',
    min: 1.5,
    max: 4.5,
    default: 3.8,
    step: 0.05,
    description: 'Average discharge voltage against the metal: ~3.8 V NMC, ~2.1 V Li–S.',
  },
  npRatio: {
    kind: 'number',
    label: 'N/P ratio (metal excess)',
    unit: '',
    min: 0,
    max: 150,
    default: 1,
    step: 0.1,
    description: 'Foil capacity ÷ cathode capacity; 0 is anode-free, 1 is 100 % excess (the review’s target), a 500 µm Li foil against a few mAh/cm² of cathode is about 30 or more.',
  },
  electrolyte_g_per_Ah: {
    kind: 'number',
    label: 'Electrolyte per capacity (E/C)',
    unit: 'g/Ah',
    min: 1,
    max: 150,
    default: 3,
    step: 0.5,
    description: 'Electrolyte mass per cell capacity; ~3 g/Ah in practical cells, ~100 in coin cells.',
  },
  cathodeCurrentCollector_mg_per_cm2: {
    kind: 'number',
    label: 'Cathode current collector',
    unit: 'mg/cm²',
    min: 0,
    max: 10,
    default: 1.62,
    step: 0.01,
    description: 'Al foil per cathode layer: 12 µm Al is 3.24 mg/cm², half per layer when coated on both sides.',
  },
  anodeCurrentCollector_mg_per_cm2: {
    kind: 'number',
    label: 'Anode current collector',
    unit: 'mg/cm²',
    min: 0,
    max: 10,
    default: 3.58,
    step: 0.01,
    description: 'Cu foil per layer: 8 µm Cu is 7.17 mg/cm², half per layer when shared; 0 for a bare foil.',
  },
  separator_mg_per_cm2: {
    kind: 'number',
    label: 'Separator',
    unit: 'mg/cm²',
    min: 0,
    max: 3,
    default: 0.68,
    step: 0.01,
    description: 'Polyolefin separator: ~0.7 mg/cm² at 12 µm, ~1.4 at 25 µm.',
  },
  packagingFraction: {
    kind: 'number',
    label: 'Packaging fraction',
    unit: '',
    min: 0,
    max: 0.5,
    default: 0.08,
    step: 0.01,
    description: 'Tabs and casing as a share of the cell mass; a few % for large pouches.',
  },
});

/**
 * Electrolyte per capacity, g/Ah, from the electrolyte-to-active-material ratio E/AM (µL/mg):
 * E/C = E/AM × ρ × 1000 / Q. Xiang et al. 2019 recommend E/AM ≈ 2 µL/mg for Li–S (studies use
 * > 15; Li-ion ≈ 0.3).
 * @param o.electrolyteDensity_g_per_mL ≈ 1.1–1.3 for organic electrolytes
 * @param o.activeSpecificCapacity_mAh_per_g capacity of the active material, mAh/g
 */
export function electrolytePerCapacity(o: {
  electrolyteToActive_uL_per_mg: number;
  electrolyteDensity_g_per_mL: number;
  activeSpecificCapacity_mAh_per_g: number;
}): number {
  const eam = nonNegative(o.electrolyteToActive_uL_per_mg, 'electrolyteToActive_uL_per_mg', 'E/AM ratio', 'µL/mg', 1000);
  const rho = requireNumber(o.electrolyteDensity_g_per_mL, {
    parameter: 'electrolyteDensity_g_per_mL',
    label: 'Electrolyte density',
    unit: 'g/mL',
    min: 0.5,
    max: 3,
  });
  const q = requireNumber(o.activeSpecificCapacity_mAh_per_g, {
    parameter: 'activeSpecificCapacity_mAh_per_g',
    label: 'Active-material capacity',
    unit: 'mAh/g',
    min: 1,
    max: 4000,
  });
  return (eam * rho * 1000) / q;
}

export const electrolytePerCapacityParameters = defineParameters({
  electrolyteToActive_uL_per_mg: {
    kind: 'number',
    label: 'E/AM ratio',
    unit: 'µL/mg',
    min: 0.1,
    max: 20,
    default: 2,
    step: 0.1,
    description: 'Electrolyte volume per active-material mass; Li–S studies use > 15, Xiang et al. 2019 recommend ~2, Li-ion ~0.3.',
  },
  electrolyteDensity_g_per_mL: {
    kind: 'number',
    label: 'Electrolyte density',
    unit: 'g/mL',
    min: 0.8,
    max: 1.6,
    default: 1.1,
    step: 0.01,
    description: 'Ether electrolytes ≈ 1.1, carbonates ≈ 1.2–1.3 g/mL.',
  },
  activeSpecificCapacity_mAh_per_g: {
    kind: 'number',
    label: 'Active-material capacity',
    unit: 'mAh/g',
    min: 100,
    max: 1675,
    default: 1000,
    step: 10,
    description: 'Delivered capacity of the active material (sulfur ≈ 1000 mAh/g in practice).',
  },
});
