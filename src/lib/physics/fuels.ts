/*
 * Reference figures for comparing metal–air cells with a liquid fuel (chapter 8). Not from the
 * reviews, so each value cites its source here.
 */

/**
 * Gasoline's specific energy, Wh/kg: lower heating value ≈ 43 MJ/kg (engineering-handbook value
 * for petrol), ÷ 3.6 kJ/Wh ≈ 12,000 Wh/kg. Girishkumar et al. 2010 (J. Phys. Chem. Lett. 1, 2193)
 * quote a slightly higher round figure, 13,000 Wh/kg.
 */
export const GASOLINE_SPECIFIC_ENERGY_WH_PER_KG = 12000;

/**
 * Energy a gasoline car delivers at the wheels per kg of fuel, Wh/kg: Girishkumar et al. 2010
 * (≈ 1,700 Wh/kg, from an average tank-to-wheel efficiency of about 13 %).
 */
export const GASOLINE_AT_WHEELS_WH_PER_KG = 1700;

/**
 * Battery-to-wheel efficiency of an electric drivetrain used in the course's estimates (a round
 * assumption, stated wherever it is used; real values lie roughly between 0.8 and 0.9).
 */
export const ELECTRIC_DRIVETRAIN_EFFICIENCY = 0.9;
