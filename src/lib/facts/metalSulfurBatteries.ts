/**
 * Numbers chapter 6 (`metal-sulfur-batteries`) states because a review states them. Theoretical
 * specific energies and sulfur capacities are computed by src/lib/physics, not stored here.
 */
import { defineFacts } from './types';

export const metalSulfurBatteriesFacts = defineFacts({
  /** Theoretical energy density of Li–S as the review prints it (its ref 4). */
  liSTheoretical: {
    value: 2600,
    unit: 'Wh/kg',
    review: 'xiang2019',
    section: 'Li-Metal Anode in Li-S Batteries',
    ref: 4,
    evidence: 'theoretical energy density of $2,600',
  },
  /** Polysulfide concentration at which the Li surface is gradually etched (ref 131). */
  polysulfideEtch: {
    value: 0.5,
    unit: 'M',
    review: 'xiang2019',
    section: 'Li-Metal Anode in Li-S Batteries',
    ref: 131,
    evidence: 'highly concentrated (0.5 M) polysulfide',
  },
  /** LiNO₃ concentration that protected Li best (ref 134)… */
  lino3HighConc: {
    value: 3,
    unit: 'M',
    review: 'xiang2019',
    section: 'Li-Metal Anode in Li-S Batteries',
    ref: 134,
    evidence: 'LiNO_3 to 3 M',
  },
  /** …and the Coulombic efficiency it gave. */
  lino3HighConcCE: {
    value: 99.5,
    unit: '%',
    review: 'xiang2019',
    section: 'Li-Metal Anode in Li-S Batteries',
    ref: 134,
    evidence: 'high CE (99.5%)',
  },
  /** Li₂S₅ added together with LiNO₃ to grow a LiF–Li₂Sₓ SEI (ref 131). */
  li2s5Additive: {
    value: 0.02,
    unit: 'M',
    review: 'xiang2019',
    section: 'Li-Metal Anode in Li-S Batteries',
    ref: 131,
    evidence: 'adding 0.02 M Li_2S_5',
  },
  /** LiNO₃ content of the same hybrid additive. */
  lino3Hybrid: {
    value: 5,
    unit: 'wt %',
    review: 'xiang2019',
    section: 'Li-Metal Anode in Li-S Batteries',
    ref: 131,
    evidence: '5 wt % LiNO_3 into',
  },
  /** Coulombic efficiency with the hybrid additive… */
  hybridCE: {
    value: 95,
    unit: '%',
    review: 'xiang2019',
    section: 'Li-Metal Anode in Li-S Batteries',
    ref: 131,
    evidence: 'a CE of 95% after 233 cycles',
  },
  /** …after this many cycles. */
  hybridCycles: {
    value: 233,
    unit: 'cycles',
    review: 'xiang2019',
    section: 'Li-Metal Anode in Li-S Batteries',
    ref: 131,
    evidence: 'a CE of 95% after 233 cycles',
  },
  /** Operating temperature of high-temperature Na–S, lower end (Commercialized Systems). */
  htNaSLow: {
    value: 300,
    unit: '°C',
    review: 'xiang2019',
    section: 'Commercial Application',
    evidence: '(300°C–350°C)',
  },
  /** Upper end. */
  htNaSHigh: {
    value: 350,
    unit: '°C',
    review: 'xiang2019',
    section: 'Commercial Application',
    evidence: '(300°C–350°C)',
  },
  /** NGK's NAS installations: locations worldwide. */
  ngkSites: {
    value: 200,
    unit: 'locations',
    bound: '>',
    review: 'xiang2019',
    section: 'Commercial Application',
    evidence: 'more than 200 locations',
  },
  /** NGK's NAS installations: total capacity. */
  ngkPower: {
    value: 500,
    unit: 'MW',
    bound: '>',
    review: 'xiang2019',
    section: 'Commercial Application',
    evidence: 'capacity over 500 MW',
  },
  /** Specific capacity of K metal as the K–S section prints it (ref 158); the chapter shows the
   * library's computed value beside it. */
  kCapacity: {
    value: 685,
    unit: 'mAh/g',
    review: 'xiang2019',
    section: 'K-Metal Anode in K-S Batteries',
    ref: 158,
    evidence: 'capacity of 685 mAh g⁻¹',
  },
});
