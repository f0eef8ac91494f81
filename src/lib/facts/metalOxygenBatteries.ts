/**
 * Numbers chapter 5 (`metal-oxygen-batteries`) states because Xiang et al. 2019 state them. The
 * theoretical specific energies the chapter compares them with are computed by src/lib/physics
 * (theoreticalSpecificEnergy), not stored here.
 */
import { defineFacts } from './types';

export const metalOxygenBatteriesFacts = defineFacts({
  /** Theoretical energy density of Li–O₂ (Li₂O₂), as the review prints it (its refs 94, 95). */
  liO2Theoretical: {
    value: 3450,
    unit: 'Wh/kg',
    review: 'xiang2019',
    section: 'Li-Metal Anode in Li-O2 Batteries',
    ref: 94,
    evidence: 'is as high as $3,450',
  },
  /** Current density at which a Li₃P-coated Li electrode plated and stripped stably (ref 108). */
  li3pCurrent: {
    value: 3,
    unit: 'mA/cm²',
    review: 'xiang2019',
    section: 'Li-Metal Anode in Li-O2 Batteries',
    ref: 108,
    evidence: 'stripping process at 3 mA cm⁻²',
  },
  /** Water content a GeCl₄-pretreated Li electrode withstood (ref 114). */
  geCl4Water: {
    value: 10000,
    unit: 'ppm H₂O',
    review: 'xiang2019',
    section: 'Li-Metal Anode in Li-O2 Batteries',
    ref: 114,
    evidence: 'presence of 10,000 ppm of H₂O',
  },
  /** Electrons per O₂ in the Na–O₂ cell (superoxide, NaO₂). */
  naO2Electrons: {
    value: 1,
    unit: 'e⁻ per O₂',
    review: 'xiang2019',
    section: 'Na-Metal Anode in Na-O2 Batteries',
    evidence: 'single electron ($1\\text{e}^-/\\text{O}_2$)',
  },
  /** Theoretical energy density of Na–O₂ (NaO₂), approximate as the review prints it. */
  naO2Theoretical: {
    value: 1100,
    unit: 'Wh/kg',
    approx: true,
    review: 'xiang2019',
    section: 'Na-Metal Anode in Na-O2 Batteries',
    evidence: 'approximately $1,100',
  },
  /** Theoretical energy density of K–O₂ (KO₂), approximate (the review cites ref 126 nearby). */
  kO2Theoretical: {
    value: 935,
    unit: 'Wh/kg',
    approx: true,
    review: 'xiang2019',
    section: 'K-Metal Anode in K-O2 Batteries',
    ref: 126,
    evidence: 'approximately 935 Wh',
  },
  /** Overpotential of the KO₂ ⇌ O₂ couple. */
  kO2Overpotential: {
    value: 50,
    unit: 'mV',
    review: 'xiang2019',
    section: 'K-Metal Anode in K-O2 Batteries',
    evidence: 'as low as 50 mV',
  },
});
