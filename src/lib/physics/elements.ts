import { requireChoice } from './errors';

/**
 * Element and ion data: one table for every metal the course mentions (the alkali metals of the
 * anodes, and the cations the self-healing electrostatic shield of Lee et al. 2020, Table 2,
 * considers). Units are in the field names.
 *
 * Sources, per field:
 * - molarMass_g_per_mol: IUPAC standard atomic weights. Li uses 6.941 (the pre-2009 standard
 *   value; the conventional value is now 6.94): it gives the 3861 mAh/g and 4.85 µm per mAh/cm²
 *   of shared/physics-reference.md.
 * - density_g_per_cm3: metal at about 20 °C (CRC Handbook). Li and Na as in Lee 2020, Table 1.
 * - charge / standardPotential_V: the M^z+/M couple and its potential vs SHE at 298.15 K from the
 *   CRC Handbook electrochemical series. These precise values (Li −3.0401, Cs −3.026, Ba −2.912,
 *   K −2.931, ...) are what reproduce Lee 2020 Table 2 to three decimals; the two-decimal values
 *   the reviews print are kept in `review`.
 * - ionicRadius_A: Shannon (1976, Acta Cryst. A32, 751) effective ionic radii, 6-coordinate;
 *   Li⁺ 0.76, Na⁺ 1.02, K⁺ 1.38 Å. Standard data; Xiang et al. 2019 print the same values in their
 *   solid-state section.
 * - shear/bulk moduli: polycrystalline, handbook-typical, approximate (literature spans 3–5 GPa
 *   for Li shear). Bulk Li 11 and Na 6.3 GPa are Lee 2020, Table 1. Null where the course
 *   needs no value.
 * - metallicRadius_pm, firstIonizationEnergy_kJ_per_mol, meltingPoint_K: Lee 2020, Table 1 for
 *   Li and Na; handbook values for K so the Li/Na/K comparison table is complete.
 */

/** The metals the course's anode calculators accept. */
export const ALKALI_METALS = ['Li', 'Na', 'K'] as const;
export type AlkaliMetal = (typeof ALKALI_METALS)[number];

export const ELEMENT_SYMBOLS = ['Li', 'Na', 'K', 'Rb', 'Cs', 'Ca', 'Sr', 'Ba', 'Sm', 'Eu'] as const;
export type ElementSymbol = (typeof ELEMENT_SYMBOLS)[number];

export interface ElementData {
  readonly symbol: ElementSymbol;
  readonly name: string;
  readonly molarMass_g_per_mol: number;
  /** Density of the metal near 20 °C. */
  readonly density_g_per_cm3: number;
  /** Charge number z of the cation in the couple M^z+/M whose potential is listed. */
  readonly charge: number;
  /** E° of M^z+/M vs SHE at 298.15 K, V (CRC Handbook). */
  readonly standardPotential_V: number;
  /** Effective ionic radius of M^z+, Å (Shannon, CN 6 unless `ionicRadiusNote` says otherwise). */
  readonly ionicRadius_A: number;
  readonly ionicRadiusNote?: string;
  /** Shear modulus of the polycrystalline metal, GPa (approximate). */
  readonly shearModulus_GPa: number | null;
  /** Bulk modulus of the metal, GPa. */
  readonly bulkModulus_GPa: number | null;
  readonly metallicRadius_pm: number | null;
  readonly firstIonizationEnergy_kJ_per_mol: number | null;
  readonly meltingPoint_K: number | null;
  /** Values as the reviews print them, for side-by-side display; never used in formulas. */
  readonly review: {
    /** Two-decimal E° vs SHE: Lee 2020, Table 2 (and Table 1 / Xiang 2019 introduction for Li, Na, K). */
    readonly standardPotential_V: number;
    /** Xiang 2019 introduction (Li, Na, K) and Lee 2020, Table 1 (Li, Na). */
    readonly specificCapacity_mAh_per_g?: number;
    /** Lee 2020, Table 1, atomic weight as printed (rounded). */
    readonly atomicWeight_g_per_mol?: number;
  };
}

export const ELEMENTS: Readonly<Record<ElementSymbol, ElementData>> = {
  Li: {
    symbol: 'Li',
    name: 'lithium',
    molarMass_g_per_mol: 6.941,
    density_g_per_cm3: 0.534, // Lee 2020, Table 1
    charge: 1,
    standardPotential_V: -3.0401, // CRC
    ionicRadius_A: 0.76, // Shannon 1976, CN 6
    shearModulus_GPa: 4.2, // handbook-typical, approximate
    bulkModulus_GPa: 11, // Lee 2020, Table 1
    metallicRadius_pm: 152, // Lee 2020, Table 1
    firstIonizationEnergy_kJ_per_mol: 520.2, // Lee 2020, Table 1
    meltingPoint_K: 454, // Lee 2020, Table 1 (180.5 °C)
    review: { standardPotential_V: -3.04, specificCapacity_mAh_per_g: 3860, atomicWeight_g_per_mol: 6.9 },
  },
  Na: {
    symbol: 'Na',
    name: 'sodium',
    molarMass_g_per_mol: 22.99,
    density_g_per_cm3: 0.968, // Lee 2020, Table 1
    charge: 1,
    standardPotential_V: -2.71, // CRC
    ionicRadius_A: 1.02, // Shannon 1976, CN 6
    shearModulus_GPa: 3.3, // handbook-typical, approximate
    bulkModulus_GPa: 6.3, // Lee 2020, Table 1
    metallicRadius_pm: 186, // Lee 2020, Table 1
    firstIonizationEnergy_kJ_per_mol: 495.8, // Lee 2020, Table 1
    meltingPoint_K: 371, // Lee 2020, Table 1 (98 °C)
    review: { standardPotential_V: -2.71, specificCapacity_mAh_per_g: 1166, atomicWeight_g_per_mol: 23 },
  },
  K: {
    symbol: 'K',
    name: 'potassium',
    molarMass_g_per_mol: 39.098,
    density_g_per_cm3: 0.862, // handbook, 20 °C
    charge: 1,
    standardPotential_V: -2.931, // CRC
    ionicRadius_A: 1.38, // Shannon 1976, CN 6
    shearModulus_GPa: 1.3, // handbook-typical, approximate
    bulkModulus_GPa: 3.1, // handbook-typical, approximate
    metallicRadius_pm: 227, // handbook metallic radius (12-coordinate), same basis as Li 152 / Na 186
    firstIonizationEnergy_kJ_per_mol: 418.8, // handbook
    meltingPoint_K: 336.7, // handbook (63.5 °C)
    review: { standardPotential_V: -2.93, specificCapacity_mAh_per_g: 685 },
  },
  Rb: {
    symbol: 'Rb',
    name: 'rubidium',
    molarMass_g_per_mol: 85.468,
    density_g_per_cm3: 1.532,
    charge: 1,
    standardPotential_V: -2.98, // CRC
    ionicRadius_A: 1.52,
    shearModulus_GPa: null,
    bulkModulus_GPa: null,
    metallicRadius_pm: null,
    firstIonizationEnergy_kJ_per_mol: null,
    meltingPoint_K: null,
    review: { standardPotential_V: -2.98 },
  },
  Cs: {
    symbol: 'Cs',
    name: 'caesium',
    molarMass_g_per_mol: 132.905,
    density_g_per_cm3: 1.93,
    charge: 1,
    // CRC −3.026 V. Table 2 prints −3.03, but its 0.578 M needs −3.026 (−3.03 would give 0.678 M).
    standardPotential_V: -3.026,
    ionicRadius_A: 1.67,
    shearModulus_GPa: null,
    bulkModulus_GPa: null,
    metallicRadius_pm: null,
    firstIonizationEnergy_kJ_per_mol: null,
    meltingPoint_K: null,
    review: { standardPotential_V: -3.03 },
  },
  Ca: {
    symbol: 'Ca',
    name: 'calcium',
    molarMass_g_per_mol: 40.078,
    density_g_per_cm3: 1.55,
    charge: 2,
    standardPotential_V: -2.868, // CRC
    ionicRadius_A: 1.0,
    shearModulus_GPa: null,
    bulkModulus_GPa: null,
    metallicRadius_pm: null,
    firstIonizationEnergy_kJ_per_mol: null,
    meltingPoint_K: null,
    review: { standardPotential_V: -2.87 },
  },
  Sr: {
    symbol: 'Sr',
    name: 'strontium',
    molarMass_g_per_mol: 87.62,
    density_g_per_cm3: 2.64,
    charge: 2,
    standardPotential_V: -2.899, // CRC
    ionicRadius_A: 1.18,
    shearModulus_GPa: null,
    bulkModulus_GPa: null,
    metallicRadius_pm: null,
    firstIonizationEnergy_kJ_per_mol: null,
    meltingPoint_K: null,
    review: { standardPotential_V: -2.9 },
  },
  Ba: {
    symbol: 'Ba',
    name: 'barium',
    molarMass_g_per_mol: 137.327,
    density_g_per_cm3: 3.51,
    charge: 2,
    // CRC −2.912 V; Table 2 prints −2.91, but its 0.007 M needs −2.912 (−2.91 would give 0.006 M).
    standardPotential_V: -2.912,
    ionicRadius_A: 1.35,
    shearModulus_GPa: null,
    bulkModulus_GPa: null,
    metallicRadius_pm: null,
    firstIonizationEnergy_kJ_per_mol: null,
    meltingPoint_K: null,
    review: { standardPotential_V: -2.91 },
  },
  Sm: {
    symbol: 'Sm',
    name: 'samarium',
    molarMass_g_per_mol: 150.36,
    density_g_per_cm3: 7.52,
    charge: 2, // the Sm²⁺/Sm couple is the one at −2.68 V (Sm³⁺/Sm is −2.304 V)
    standardPotential_V: -2.68, // CRC
    ionicRadius_A: 1.22,
    ionicRadiusNote: 'Shannon lists no 6-coordinate radius for Sm²⁺; 1.22 Å is 7-coordinate.',
    shearModulus_GPa: null,
    bulkModulus_GPa: null,
    metallicRadius_pm: null,
    firstIonizationEnergy_kJ_per_mol: null,
    meltingPoint_K: null,
    review: { standardPotential_V: -2.68 },
  },
  Eu: {
    symbol: 'Eu',
    name: 'europium',
    molarMass_g_per_mol: 151.964,
    density_g_per_cm3: 5.264,
    charge: 2, // Eu²⁺/Eu
    standardPotential_V: -2.812, // CRC
    ionicRadius_A: 1.17,
    shearModulus_GPa: null,
    bulkModulus_GPa: null,
    metallicRadius_pm: null,
    firstIonizationEnergy_kJ_per_mol: null,
    meltingPoint_K: null,
    review: { standardPotential_V: -2.81 },
  },
};

/** Returns the data of an anode metal; throws PhysicsInputError for anything but Li, Na, K. */
export function metalData(metal: AlkaliMetal, parameter = 'metal'): ElementData {
  return ELEMENTS[requireChoice(metal, ALKALI_METALS, parameter, 'Metal')];
}

/** Returns the data of any element in the table; throws PhysicsInputError for unknown symbols. */
export function elementData(symbol: string, parameter = 'element', label = 'Element'): ElementData {
  return ELEMENTS[requireChoice(symbol, ELEMENT_SYMBOLS, parameter, label)];
}
