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
  /** ALD Al₂O₃ on sodium (Zhao et al.): film thickness. */
  aldNaThickness: {
    value: 3.5,
    unit: 'nm',
    review: 'lee2020',
    section: '3.3. Artificial metal/electrolyte interphase film',
    ref: 117,
    evidence: 'extremely thin Al₂O₃ layer (3.5 nm)',
  },
  /** ALD Al₂O₃ on Na, symmetric cell: current density. */
  aldNaCurrent: {
    value: 3,
    unit: 'mA/cm²',
    review: 'lee2020',
    section: '3.3. Artificial metal/electrolyte interphase film',
    ref: 117,
    evidence: '(3 mA cm⁻², 1 mA h cm⁻²) for over 500 h',
  },
  /** ALD Al₂O₃ on Na, symmetric cell: areal capacity per half-cycle. */
  aldNaCapacity: {
    value: 1,
    unit: 'mAh/cm²',
    review: 'lee2020',
    section: '3.3. Artificial metal/electrolyte interphase film',
    ref: 117,
    evidence: '(3 mA cm⁻², 1 mA h cm⁻²) for over 500 h',
  },
  /** ALD Al₂O₃ on Na, symmetric cell: duration of stable cycling. */
  aldNaHours: {
    value: 500,
    unit: 'h',
    bound: '>',
    review: 'lee2020',
    section: '3.3. Artificial metal/electrolyte interphase film',
    ref: 117,
    evidence: '(3 mA cm⁻², 1 mA h cm⁻²) for over 500 h',
  },
  /** NaBr layer made by reacting Na with 1-bromopropane (Choudhary et al.): cycles, coin cell, carbonate. */
  nabrCycles: {
    value: 250,
    unit: 'cycles',
    review: 'lee2020',
    section: '3.3. Artificial metal/electrolyte interphase film',
    ref: 120,
    evidence: 'stable voltage profile up to 250 cycles at 0.5 mA cm⁻² and 0.25 mA h cm⁻²',
  },
  /** NaBr on Na: current density. */
  nabrCurrent: {
    value: 0.5,
    unit: 'mA/cm²',
    review: 'lee2020',
    section: '3.3. Artificial metal/electrolyte interphase film',
    ref: 120,
    evidence: 'up to 250 cycles at 0.5 mA cm⁻² and 0.25 mA h cm⁻²',
  },
  /** NaBr on Na: areal capacity. */
  nabrCapacity: {
    value: 0.25,
    unit: 'mAh/cm²',
    review: 'lee2020',
    section: '3.3. Artificial metal/electrolyte interphase film',
    ref: 120,
    evidence: 'at 0.5 mA cm⁻² and 0.25 mA h cm⁻²',
  },
  /** Bare Na under the same test: unstable within this many cycles. */
  nabrBareCycles: {
    value: 50,
    unit: 'cycles',
    bound: '<',
    review: 'lee2020',
    section: '3.3. Artificial metal/electrolyte interphase film',
    ref: 120,
    evidence: 'unstable and increasing voltage profile within 50 cycles',
  },
  /** PVDF–HFP/Al₂O₃ composite protective layer (Kim et al.): shear modulus. */
  cplShear: {
    value: 6.0,
    unit: 'GPa',
    bound: '>',
    review: 'lee2020',
    section: '3.3. Artificial metal/electrolyte interphase film',
    ref: 132,
    evidence: 'shear modulus (over 6.0 GPa)',
  },
  /** CPL-protected Na in a full cell with a layered oxide: capacity retention. */
  cplRetention: {
    value: 91.6,
    unit: '%',
    review: 'lee2020',
    section: '3.3. Artificial metal/electrolyte interphase film',
    ref: 132,
    evidence: '(91.6% at 60 cycles)',
  },
  /** …after this many cycles. */
  cplCycles: {
    value: 60,
    unit: 'cycles',
    review: 'lee2020',
    section: '3.3. Artificial metal/electrolyte interphase film',
    ref: 132,
    evidence: '(91.6% at 60 cycles)',
  },
  /** Bare Na in the same full cell: retention. */
  cplBareRetention: {
    value: 76.7,
    unit: '%',
    review: 'lee2020',
    section: '3.3. Artificial metal/electrolyte interphase film',
    ref: 132,
    evidence: '(76.7% for the same number of cycles)',
  },
});
