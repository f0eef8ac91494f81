/**
 * Numbers chapter 3 (`protection-strategies`) states because a review states them. What the
 * physics library computes from them (the Li⁺ activity ratio that a 0.2–0.3 V shift needs, the
 * Nernst shift of a 1 → 4–5 M concentration change, plated thickness per mAh/cm²) is not here:
 * the chapter and its figures render those from src/lib/physics.
 */
import { defineFacts } from './types';

export const protectionStrategiesFacts = defineFacts({
  /** What counts as a high-concentration electrolyte (the review cites ref 13 for HCEs). */
  hceConcentration: {
    value: 3,
    unit: 'M',
    bound: '>',
    review: 'xiang2019',
    section: 'Electrolyte Optimization',
    ref: 13,
    evidence: '(usually >3 M)',
  },
  /** Lower end of the upward shift of the Li/Li⁺ equilibrium potential in concentrated electrolytes. */
  equilibriumShiftLow: {
    value: 0.2,
    unit: 'V',
    review: 'xiang2019',
    section: 'Electrolyte Optimization',
    ref: 29,
    evidence: 'by around 0.2–0.3 V',
  },
  /** Upper end of the same shift. */
  equilibriumShiftHigh: {
    value: 0.3,
    unit: 'V',
    review: 'xiang2019',
    section: 'Electrolyte Optimization',
    ref: 29,
    evidence: 'by around 0.2–0.3 V',
  },
  /** Current density at which the review asks future protection strategies to be tested. */
  practicalTestCurrent: {
    value: 5,
    unit: 'mA/cm²',
    review: 'xiang2019',
    section: 'General Protection Strategies for Alkali-Metal Anodes',
    evidence: 'high current densities (5 mA cm⁻²)',
  },
  /** Current at which Na plating/stripping in a localized high-concentration electrolyte stayed stable
   * (the review's sentence carries no reference number; it follows its refs 110–112). */
  lhceNaCurrent: {
    value: 2,
    unit: 'mA/cm²',
    review: 'lee2020',
    section: '3.2. High concentration electrolytes',
    evidence: 'at a high current of 2 mA cm^{-2}',
  },
  /** Coulombic efficiency of Na with an anion-derived SEI from a concentrated electrolyte… */
  naAnionSeiCE: {
    value: 97.7,
    unit: '%',
    review: 'lee2020',
    section: '3.2. High concentration electrolytes',
    ref: 108,
    evidence: '97.7% over 250 cycles',
  },
  /** …held over this many cycles. */
  naAnionSeiCycles: {
    value: 250,
    unit: 'cycles',
    review: 'lee2020',
    section: '3.2. High concentration electrolytes',
    ref: 108,
    evidence: '97.7% over 250 cycles',
  },
});
