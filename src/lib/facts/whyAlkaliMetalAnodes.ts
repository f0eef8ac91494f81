/**
 * Numbers chapter 1 (`why-alkali-metal-anodes`) states because a review states them. Values the
 * physics library can compute (specific capacities, standard potentials, theoretical specific
 * energies) are not here: the chapter renders those from src/lib/physics and quotes the review's
 * rounded figures below only to compare.
 */
import { defineFacts } from './types';

export const whyAlkaliMetalAnodesFacts = defineFacts({
  /** Theoretical ceiling of a fully developed Li-ion cell (the seed's "×" is an OCR'd "~"). */
  liIonCeiling: {
    value: 390,
    unit: 'Wh/kg',
    approx: true,
    review: 'xiang2019',
    section: 'Introduction',
    ref: 1,
    evidence: '390 \\text{ Wh kg}^{-1}',
  },
  /** What commercial Li-ion cells delivered when the review was written, 2019 (no citation number in its sentence). */
  liIonCommercial: {
    value: 250,
    unit: 'Wh/kg',
    approx: true,
    review: 'xiang2019',
    section: 'Introduction',
    evidence: '250 \\text{ Wh kg}^{-1}',
  },
  /** Driving range of mainstream Li-ion electric vehicles on one charge, as of 2019. */
  evRange: {
    value: 500,
    unit: 'km',
    bound: '<',
    review: 'xiang2019',
    section: 'Introduction',
    evidence: 'less than 500 km',
  },
  /** The review's rounded capacities; the chapter shows the computed values beside them. */
  capacityLi: {
    value: 3860,
    unit: 'mAh/g',
    review: 'xiang2019',
    section: 'Introduction',
    ref: 3,
    evidence: '3,860 \\text{ mAh g}^{-1}',
  },
  capacityNa: {
    value: 1166,
    unit: 'mAh/g',
    review: 'xiang2019',
    section: 'Introduction',
    ref: 3,
    evidence: '1,166 \\text{ mAh g}^{-1}',
  },
  capacityK: {
    value: 685,
    unit: 'mAh/g',
    review: 'xiang2019',
    section: 'Introduction',
    ref: 3,
    evidence: 'K: 685 mAh g^{-1}',
  },
  /** Cell-level energy that AM–S and AM–O2 batteries could reach (refs 5 and 6). */
  nextGenTarget: {
    value: 500,
    unit: 'Wh/kg',
    review: 'xiang2019',
    section: 'Introduction',
    ref: 5,
    evidence: 'energy density of 500 Wh kg^{-1}',
  },
  /** Theoretical energy density of Li–S quoted by the review (ref 4). */
  liSTheoretical: {
    value: 2600,
    unit: 'Wh/kg',
    review: 'xiang2019',
    section: 'Li-Metal Anode in Li-S Batteries',
    ref: 4,
    evidence: '2,600 \\text{ Wh kg}^{-1}',
  },
  /** Theoretical energy density of Li–O2 quoted by the review (refs 94 and 95). */
  liO2Theoretical: {
    value: 3450,
    unit: 'Wh/kg',
    review: 'xiang2019',
    section: 'Li-Metal Anode in Li-O2 Batteries',
    ref: 94,
    evidence: '3,450 \\text{ Wh kg}^{-1}',
  },
  /** Li–air on the Li2O2 basis, "comparable to gasoline" (Ge et al., refs 12–14). */
  liAirGe: {
    value: 3500,
    unit: 'Wh/kg',
    approx: true,
    review: 'ge2024',
    section: '1. Introduction',
    ref: 12,
    evidence: '≈ 3500 Wh kg⁻¹',
  },
  /** Energy densities reported for Li-metal cells in recent announcements (a range). */
  lmbReportedLow: {
    value: 400,
    unit: 'Wh/kg',
    review: 'xiang2019',
    section: 'Processing Feasibility',
    evidence: '(400–500 Wh kg⁻¹)',
  },
  lmbReportedHigh: {
    value: 500,
    unit: 'Wh/kg',
    review: 'xiang2019',
    section: 'Processing Feasibility',
    evidence: '(400–500 Wh kg⁻¹)',
  },
  /** The peer-reviewed benchmark the review cites: Liu and co-workers' Li-metal pouch cell. */
  pouchCellEnergy: {
    value: 300,
    unit: 'Wh/kg',
    review: 'xiang2019',
    section: 'Practical Evaluation of Battery Performance',
    ref: 163,
    evidence: '300 Wh kg⁻¹ Li metal pouch cell',
  },
  pouchCellCycles: {
    value: 200,
    unit: 'cycles',
    review: 'xiang2019',
    section: 'Practical Evaluation of Battery Performance',
    ref: 163,
    evidence: 'undergo 200 cycles',
  },
  pouchCellRetention: {
    value: 86,
    unit: '%',
    review: 'xiang2019',
    section: 'Practical Evaluation of Battery Performance',
    ref: 163,
    evidence: '86% capacity retention',
  },
});
