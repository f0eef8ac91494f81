/**
 * Numbers chapter 2 (`how-metal-anodes-fail`) states because a review states them. Values the
 * physics library can compute (plated thickness per mAh/cm², a foil's areal capacity, capacity
 * retained after N cycles at a given CE) are not here: the chapter renders those from
 * src/lib/physics.
 */
import { defineFacts } from './types';

export const howMetalAnodesFailFacts = defineFacts({
  /** Thickness of the Li foil commonly used in coin cells. */
  coinCellFoil: {
    value: 500,
    unit: 'µm',
    review: 'xiang2019',
    section: 'Practical Evaluation of Battery Performance',
    evidence: 'Li foil of 500 μm thick',
  },
  /** Depth of plating/stripping per cycle in typical coin-cell studies (500 µm Li foil). */
  coinCellDepth: {
    value: 3,
    unit: 'mAh/cm²',
    bound: '<',
    review: 'xiang2019',
    section: 'Practical Evaluation of Battery Performance',
    evidence: 'lower than 3% (3 mAh cm⁻²) per cycle',
  },
  /** Current densities used in most protection studies, too low to mimic real cells. */
  labCurrentDensity: {
    value: 5,
    unit: 'mA/cm²',
    bound: '<',
    review: 'xiang2019',
    section: 'Application of New Probing Techniques',
    evidence: '($<5 \\text{ mA cm}^{-2}$)',
  },
  /** Coulombic efficiencies reported for Li-metal batteries ("Short Cycle Life"). */
  reportedCe: {
    value: 99.5,
    unit: '%',
    bound: '<',
    review: 'xiang2019',
    section: 'Practical Evaluation of Battery Performance',
    evidence: '(generally below 99.5%)',
  },
  /**
   * CE of Na plating/stripping in a carbonate electrolyte with FEC. Lee 2020 gives it with no
   * citation and no test conditions (current, capacity, substrate, first-cycle or average), so no
   * reference number: the NMR study (ref. 51) in the sentence before is not necessarily its source.
   */
  naCeWithFec: {
    value: 88,
    unit: '%',
    review: 'lee2020',
    section: '3.1.1. In situ stable SEI film formation',
    evidence: 'improved CE of 88%',
  },
  /** Share of organic species in the Na SEI without and with FEC (²³Na NMR, ref. 51). */
  seiOrganicNoAdditive: {
    value: 62,
    unit: 'at%',
    review: 'lee2020',
    section: '3.1.1. In situ stable SEI film formation',
    ref: 51,
    evidence: 'decreased from 62 at% to 39 at%',
  },
  seiOrganicFec: {
    value: 39,
    unit: 'at%',
    review: 'lee2020',
    section: '3.1.1. In situ stable SEI film formation',
    ref: 51,
    evidence: 'decreased from 62 at% to 39 at%',
  },
  /** Share of inorganic species in the Na SEI without and with FEC (ref. 51). */
  seiInorganicNoAdditive: {
    value: 27,
    unit: 'at%',
    review: 'lee2020',
    section: '3.1.1. In situ stable SEI film formation',
    ref: 51,
    evidence: 'increased from 27 at% to 61 at%',
  },
  seiInorganicFec: {
    value: 61,
    unit: 'at%',
    review: 'lee2020',
    section: '3.1.1. In situ stable SEI film formation',
    ref: 51,
    evidence: 'increased from 27 at% to 61 at%',
  },
  /** Plating current in the in-situ Li vs Na dendrite comparison (Lee 2020, Fig. 2B, ref. 45). */
  restDendriteCurrent: {
    value: 0.4,
    unit: 'mA/cm²',
    review: 'lee2020',
    section: '2.1. Intrinsic properties of Na metal',
    ref: 45,
    evidence: '0.4 mA cm⁻² in both the cases',
  },
});
