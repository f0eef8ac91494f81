/**
 * Numbers chapter 8 (`triple-phase-interface`) states because Ge et al. 2024 state them. The
 * theoretical specific energy of Li–O₂ on the product and on the metal is computed by the physics
 * library (theoreticalSpecificEnergy, theoreticalSpecificEnergyOnMetal), not stored here.
 */
import { defineFacts } from './types';

export const triplePhaseInterfaceFacts = defineFacts({
  /** The review's round figure for the Li–air energy density (it cites refs 12–14). */
  liAirEnergy: {
    value: 3500,
    unit: 'Wh/kg',
    approx: true,
    review: 'ge2024',
    section: '1. Introduction',
    ref: 12,
    evidence: '≈ 3500 Wh kg⁻¹',
  },
  /** Standard potential of 2Li⁺ + O₂ ⇌ Li₂O₂ vs Li⁺/Li. */
  liO2StandardPotential: {
    value: 2.96,
    unit: 'V',
    review: 'ge2024',
    section: '1. Introduction',
    ref: 12,
    evidence: 'E^0 = 2.96',
  },
  /** How long Li-ion intercalation chemistry took to approach its energy limit. */
  liIonYears: {
    value: 30,
    unit: 'years',
    review: 'ge2024',
    section: '1. Introduction',
    ref: 4,
    evidence: 'after 30 years',
  },
});
