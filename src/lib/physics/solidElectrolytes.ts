import { requireNumber } from './errors';

/**
 * Bulk properties of solid electrolytes that the reviews state loosely or not at all. Values are
 * literature-typical and approximate, like the handbook values in elements.ts.
 */

/**
 * Room-temperature (25 °C) Na⁺ conductivity of sodium β″-alumina, S/cm: of the order of 10⁻³ for
 * dense polycrystalline ceramics (literature-typical; single crystals conduct more, and about
 * 0.1 S/cm is reached near 300 °C, as Lee et al. 2020 quote for Na–S cells). Xiang et al. 2019
 * call its room-temperature conductivity "low"; chapter 4 explains why that is loose.
 */
export const BETA_ALUMINA_RT_CONDUCTIVITY_S_per_cm = 1e-3;

/**
 * Area-specific resistance of a solid-electrolyte layer, Ω·cm² = thickness / conductivity.
 * 30 µm at 10⁻³ S/cm → 3 Ω·cm².
 */
export function layerAreaSpecificResistance_Ohm_cm2(thickness_um: number, conductivity_S_per_cm: number): number {
  const l = requireNumber(thickness_um, { parameter: 'thickness_um', label: 'Layer thickness', unit: 'µm', min: 0, max: 1e5 });
  const sigma = requireNumber(conductivity_S_per_cm, { parameter: 'conductivity_S_per_cm', label: 'Ionic conductivity', unit: 'S/cm', min: 1e-12, max: 10 });
  return (l * 1e-4) / sigma;
}

/**
 * Melting point of high-molecular-weight poly(ethylene oxide), °C: about 65 (literature-typical;
 * 60–66 °C depending on molecular weight and salt). PEO electrolytes are usually run above it,
 * typically at 60–80 °C. Xiang et al. 2019 say only that it is higher than potassium's (63.5 °C).
 */
export const PEO_MELTING_POINT_C = 65;

/**
 * Shear modulus of lithium used by Monroe & Newman (J. Electrochem. Soc. 152, A396, 2005) when
 * they derived the factor 1.8, GPa: 3.4. It gives the often-quoted ≈ 6 GPa bar for lithium; the
 * course's handbook value (elements.ts, 4.2 GPa) gives 7.6 GPa. Chapter 4 shows both.
 */
export const MONROE_NEWMAN_LI_SHEAR_MODULUS_GPa = 3.4;
