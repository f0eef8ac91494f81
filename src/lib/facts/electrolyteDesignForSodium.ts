/**
 * Numbers chapter 14 (`electrolyte-design-for-sodium`) states because Lee et al. 2020 (§3.1–3.2)
 * states them. The SHES thresholds of Table 2 are not here: the physics library recomputes them
 * (src/lib/physics/shes.ts, which also keeps the published table) and the chapter renders them.
 */
import { defineFacts } from './types';

const S311 = '3.1.1. In situ stable SEI film formation';
const S312 = '3.1.2. Self-healing electrostatic shield';
const S313 = '3.1.3. Na–metal alloy interphase';
const S32 = '3.2. High concentration electrolytes';
const S6 = '6. Perspectives';

export const electrolyteDesignForSodiumFacts = defineFacts({
  /** Share of organic species in the Na SEI without FEC (²³Na MAS NMR, Yang and co-workers). */
  organicWithoutFec: { value: 62, unit: 'at %', review: 'lee2020', section: S311, ref: 51, evidence: 'decreased from 62 at% to 39 at%' },
  /** Share of organic species with FEC. */
  organicWithFec: { value: 39, unit: 'at %', review: 'lee2020', section: S311, ref: 51, evidence: 'decreased from 62 at% to 39 at%' },
  /** Share of inorganic species without FEC. */
  inorganicWithoutFec: { value: 27, unit: 'at %', review: 'lee2020', section: S311, ref: 51, evidence: 'increased from 27 at% to 61 at%' },
  /** Share of inorganic species with FEC. */
  inorganicWithFec: { value: 61, unit: 'at %', review: 'lee2020', section: S311, ref: 51, evidence: 'increased from 27 at% to 61 at%' },
  /** Cycles after which the SEI was harvested from Cu foil for the NMR study (Fig. 6B caption). */
  nmrHarvestCycles: { value: 50, unit: 'cycles', review: 'lee2020', section: S311, ref: 51, evidence: 'harvested from Cu foil after 50 cycles' },
  /** Coulombic efficiency of Na plating/stripping in a carbonate electrolyte with FEC (no ref number given in the sentence). */
  fecCE: { value: 88, unit: '%', review: 'lee2020', section: S311, evidence: 'leading to an improved CE of 88%' },
  /** FEC content in Dugas et al.'s gas-pressure test cell (Fig. 6A caption). */
  fecGasTestShare: { value: 3, unit: '% by mass', review: 'lee2020', section: S311, ref: 70, evidence: 'with 3% FEC in mass' },
  /** KTFSI additive: symmetric-cell cycles at ultrahigh capacity… */
  ktfsiCycles: { value: 40, unit: 'cycles', bound: '>', review: 'lee2020', section: S311, ref: 72, evidence: 'more than 40 cycles at an ultrahigh capacity' },
  /** …at this areal capacity… */
  ktfsiCapacity: { value: 10, unit: 'mAh/cm²', review: 'lee2020', section: S311, ref: 72, evidence: 'capacity of 10 mA h cm⁻²' },
  /** …and this current density. */
  ktfsiCurrent: { value: 2, unit: 'mA/cm²', review: 'lee2020', section: S311, ref: 72, evidence: 'at a current density of 2 mA cm⁻²' },
  /** Salt concentration of the base electrolyte (NaOTf in TEGDME) in the KTFSI study, from the Fig. 7A caption credited to ref. 72. */
  ktfsiSaltConcentration: { value: 1, unit: 'M', review: 'lee2020', section: S311, ref: 72, evidence: 'in 1 M NaOTf in TEGDME electrolyte' },
  /** Concentration of the polysulfide additive alone in Wang et al.'s SEM comparison (Fig. 7B caption). */
  na2s6Concentration: { value: 0.033, unit: 'M', review: 'lee2020', section: S311, ref: 73, evidence: '(c) 0.033 M PS alone' },
  /** CsPF6 concentration in Zhang and co-workers' original SHES electrolyte for Li. */
  csPf6Concentration: { value: 0.05, unit: 'M', review: 'lee2020', section: S312, ref: 75, evidence: 'introduced 0.05 M CsPF₆' },
  /** Na/Li ratio of Ma et al.'s bimetallic anode. */
  liNaAlloyRatio: { value: 6, unit: '', review: 'lee2020', section: S312, ref: 81, evidence: 'Li–Na (Na/Li = 6) bimetallic anode' },
  /** Cycles of the Li–Na alloy anode with DOL… */
  liNaAlloyCycles: { value: 137, unit: 'cycles', review: 'lee2020', section: S312, ref: 81, evidence: 'better cyclability (137 cycles)' },
  /** …of the Li anode… */
  liOnlyCycles: { value: 34, unit: 'cycles', review: 'lee2020', section: S312, ref: 81, evidence: 'compared to the Li (34 cycles)' },
  /** …and of the Na anode, all at this capacity limit. */
  naOnlyCycles: { value: 31, unit: 'cycles', review: 'lee2020', section: S312, ref: 81, evidence: 'or Na metal (31 cycles) anodes' },
  /** Capacity limit of those galvanostatic tests. */
  liNaAlloyCapacity: { value: 1000, unit: 'mAh/g', review: 'lee2020', section: S312, ref: 81, evidence: 'with 1000 mA h g^{-1} capacity' },
  /** Salt concentration in the Li–Na hybrid electrolyte (LiPF6 and NaPF6 in DME; the review does not say whether per salt or in total). */
  hybridSaltConcentration: { value: 0.5, unit: 'M', review: 'lee2020', section: S312, ref: 83, evidence: 'containing 0.5 M LiPF_6 and NaPF_6 in DME' },
  /** Li–Na hybrid battery: CE of the Na anode (the review credits it to the hybrid battery but gives no cell format, current or capacity)… */
  hybridCE: { value: 99.2, unit: '%', review: 'lee2020', section: S312, ref: 83, evidence: '(99.2% CE, 100 cycles)' },
  /** …over this many cycles… */
  hybridCycles: { value: 100, unit: 'cycles', review: 'lee2020', section: S312, ref: 83, evidence: '(99.2% CE, 100 cycles)' },
  /** …with this overpotential… */
  hybridOverpotential: { value: 42, unit: 'mV', review: 'lee2020', section: S312, ref: 83, evidence: 'lower overpotential (42 mV at 2 mA cm^{-2})' },
  /** …at this current density. */
  hybridCurrent: { value: 2, unit: 'mA/cm²', review: 'lee2020', section: S312, ref: 83, evidence: '(42 mV at 2 mA cm^{-2})' },
  /** SnCl2 additive concentration chosen by Zheng et al. */
  sncl2Concentration: { value: 50, unit: 'mM', review: 'lee2020', section: S313, ref: 89, evidence: '50 mM of SnCl_2 additives' },
  /** Na/NVP full-cell capacity retention with SnCl2… */
  sncl2Retention: { value: 87, unit: '%', review: 'lee2020', section: S313, ref: 89, evidence: 'capacity retention of 87%' },
  /** …and with the blank electrolyte. */
  blankRetention: { value: 75, unit: '%', review: 'lee2020', section: S313, ref: 89, evidence: 'exhibited a capacity retention of 75%' },
  /** SbF3 share in Fang et al.'s HCE (Fig. 9B caption). */
  sbf3Share: { value: 1, unit: '%', review: 'lee2020', section: S313, ref: 90, evidence: 'HCE + 1% SbF₃ electrolytes' },
  /** What the review counts as a high-concentration electrolyte. */
  hceThreshold: { value: 3, unit: 'M', bound: '>', review: 'lee2020', section: S32, evidence: 'the high-concentration electrolyte (>3 M)' },
  /** CE with the NaFSI anion-derived SEI… */
  hceCE: { value: 97.7, unit: '%', review: 'lee2020', section: S32, ref: 108, evidence: 'Coulombic efficiency of 97.7% over 250 cycles' },
  /** …over this many cycles. */
  hceCycles: { value: 250, unit: 'cycles', review: 'lee2020', section: S32, ref: 108, evidence: 'Coulombic efficiency of 97.7% over 250 cycles' },
  /** Concentrated NaFSI–DME used in the Al-corrosion comparison (Fig. 10B caption)… */
  alTestConcentrated: { value: 5, unit: 'M', review: 'lee2020', section: S32, ref: 107, evidence: '(c) 5 M NaFSI–DME' },
  /** …against the dilute one. */
  alTestDilute: { value: 1, unit: 'M', review: 'lee2020', section: S32, ref: 107, evidence: '(b) 1 M NaFSI–DME' },
  /** Current at which Na plating/stripping in an LHCE stayed small and stable. */
  lhceCurrent: { value: 2, unit: 'mA/cm²', review: 'lee2020', section: S32, evidence: 'at a high current of 2 mA cm^{-2}' },
  /** The review's benchmark for symmetric-cell tests: current density… */
  realisticCurrent: { value: 5, unit: 'mA/cm²', bound: '>', review: 'lee2020', section: S6, evidence: '(over 5 mA cm^{-2})' },
  /** …and areal capacity. */
  realisticCapacity: { value: 5, unit: 'mAh/cm²', bound: '>', review: 'lee2020', section: S6, evidence: '(over 5 mA h cm^{-2})' },
  /** Most papers' cycling tests are this short. */
  typicalTestLength: { value: 1000, unit: 'h', bound: '<', review: 'lee2020', section: S6, evidence: '(below 1000 h)' },
});
