/**
 * Physical constants, CODATA 2018 (exact in the 2019 SI unless noted), and the unit factors the
 * calculators share. SI throughout.
 */

/** Elementary charge, C (CODATA 2018, exact). */
export const ELEMENTARY_CHARGE = 1.602176634e-19;

/** Avogadro constant, 1/mol (CODATA 2018, exact). */
export const AVOGADRO = 6.02214076e23;

/** Faraday constant F = e·N_A, C/mol (CODATA 2018, exact: 96 485.332 12...). */
export const FARADAY = ELEMENTARY_CHARGE * AVOGADRO;

/** Molar gas constant R = N_A·k_B, J/(mol·K) (CODATA 2018, exact: 8.314 462 618...). */
export const GAS_CONSTANT = 8.314462618;

/** Boltzmann constant, J/K (CODATA 2018, exact). */
export const BOLTZMANN = 1.380649e-23;

/** Standard temperature of the tabulated electrode potentials, K (25 °C). */
export const STANDARD_TEMPERATURE = 298.15;

/** Charge in one mAh, C (1 mA × 3600 s). Why "3.6" appears in Q = nF/(3.6 M). */
export const COULOMBS_PER_MAH = 3.6;

/** Energy in one Wh, J. */
export const JOULES_PER_WH = 3600;

/** Standard atomic weight of oxygen, g/mol (IUPAC conventional value). */
export const MOLAR_MASS_O = 15.999;

/** Standard atomic weight of hydrogen, g/mol (IUPAC conventional value). */
export const MOLAR_MASS_H = 1.008;

/** Standard atomic weight of sulfur, g/mol (IUPAC conventional value). */
export const MOLAR_MASS_S = 32.06;

/** mol/L → mol/m³. */
export const MOL_PER_M3_PER_MOLAR = 1000;

/** mA/cm² → A/m². */
export const A_PER_M2_PER_MA_PER_CM2 = 10;
