import { COULOMBS_PER_MAH, FARADAY } from '../../src/lib/physics/constants';

/** Standard atomic weight of carbon, g/mol (IUPAC conventional value). */
const MOLAR_MASS_C = 12.011;

/**
 * Theoretical capacity of a graphite anode, mAh per gram of carbon: one Li⁺ (one electron) per
 * six carbon atoms in fully lithiated LiC₆, Q = F / (3.6 · 6 · M_C) ≈ 372 mAh/g. Textbook value,
 * not taken from the reviews; used by chapter 1 and its capacity figure as the benchmark.
 */
export const GRAPHITE_CAPACITY_mAh_per_g = FARADAY / (COULOMBS_PER_MAH * 6 * MOLAR_MASS_C);
