/**
 * Numbers chapter 10 (`anodes-and-separators-for-metal-air`) states because Ge et al. 2024 states
 * them (§4 artificial SEI and Li-containing anodes, §5 functional separators). What the chapter
 * derives from them (Boltzmann factors of the DFT barriers, the hours per half-cycle of the Bp-Li
 * cell, lithium's specific capacity) is computed in the chapter from these values and
 * src/lib/physics.
 */
import { defineFacts } from './types';

const artificialSei = '4.1. Constructing artificial SEI layer';
const liContaining = '4.2. Li-containing anode design for stabilizing the interfaces';
const separators = '5. Design of functional separators';

export const anodesAndSeparatorsForMetalAirFacts = defineFacts({
  /** The review's round figure for the Li–air energy density (the chapter prints the computed value beside it). */
  liAirEnergy: {
    value: 3500,
    unit: 'Wh/kg',
    approx: true,
    review: 'ge2024',
    section: '1. Introduction',
    ref: 12,
    evidence: '≈ 3500 Wh kg⁻¹',
  },
  /**
   * Lower end of the DFT energy barrier of a Li₂CO₃ layer. The review's text says it blocks N₂ and
   * O₂ adsorption; its figure captions point to O₂ entering and crossing the carbonate.
   */
  carbonateBarrierLow: {
    value: 1.2,
    unit: 'eV',
    review: 'ge2024',
    section: artificialSei,
    ref: 87,
    evidence: 'high energy barrier of 1.2–3.2 eV',
  },
  /** Upper end of the same barrier. */
  carbonateBarrierHigh: {
    value: 3.2,
    unit: 'eV',
    review: 'ge2024',
    section: artificialSei,
    ref: 87,
    evidence: 'high energy barrier of 1.2–3.2 eV',
  },
  /** Cycle life of a Li–air cell whose Li carries the DCDMS-derived self-eliminating layer. */
  dcdmsCycles: {
    value: 200,
    unit: 'cycles',
    bound: '>',
    review: 'ge2024',
    section: artificialSei,
    ref: 133,
    evidence: 'long cycling lifespan of over 200 cycles',
  },
  /** Reversible capacity of the organic O₂ cell with the biphenyl-lithium liquid anode… */
  bpLiCapacity: {
    value: 2000,
    unit: 'mAh/g',
    review: 'ge2024',
    section: liContaining,
    ref: 148,
    evidence: 'specific capacity of 2000 mAh g⁻¹',
  },
  /** …at this current… */
  bpLiCurrent: {
    value: 4000,
    unit: 'mA/g',
    review: 'ge2024',
    section: liContaining,
    ref: 148,
    evidence: 'current density of 4000 mA g⁻¹ for 100 cycles',
  },
  /** …for this many cycles. */
  bpLiCycles: {
    value: 100,
    unit: 'cycles',
    review: 'ge2024',
    section: liContaining,
    ref: 148,
    evidence: '4000 mA g⁻¹ for 100 cycles',
  },
  /** Cycle life of the LiI-mediated Li–air cell with the MXene/bacterial-cellulose separator. */
  mxeneSeparatorCycles: {
    value: 100,
    unit: 'cycles',
    review: 'ge2024',
    section: separators,
    ref: 154,
    evidence: 'stable cycle life of up to 100 cycles',
  },
});
