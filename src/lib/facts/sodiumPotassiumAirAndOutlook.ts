/**
 * Numbers chapter 11 (`sodium-potassium-air-and-outlook`) states because Ge et al. 2024 states
 * them (§6 Na/K–air anodes). Theoretical specific energies of Na–O₂ and K–O₂ are not here: the
 * chapter computes them with src/lib/physics (theoreticalSpecificEnergy). The review's "three
 * times longer" for the S-graphene K anode is written as a word and stays in the prose.
 */
import { defineFacts } from './types';

const naK = '6. Anode interface stabilization in Na/K–air batteries';

export const sodiumPotassiumAirAndOutlookFacts = defineFacts({
  /** FEC content of the electrolyte in which Na was pre-cycled to grow a NaF-rich SEI. */
  fecContent: {
    value: 2,
    unit: 'wt %',
    review: 'ge2024',
    section: naK,
    ref: 160,
    evidence: 'containing 2 wt.% fluoroethylene carbonate',
  },
  /** Na–O₂ cells with the FEC-tailored Na anode cycled stably for longer than this in O₂… */
  tailoredNaHours: {
    value: 300,
    unit: 'h',
    bound: '>',
    review: 'ge2024',
    section: naK,
    ref: 160,
    evidence: 'stable cycling for over 300 hours in O₂',
  },
  /** …while cells with pristine Na short-circuited after this time. */
  pristineNaShortHours: {
    value: 230,
    unit: 'h',
    review: 'ge2024',
    section: naK,
    ref: 160,
    evidence: 'short-circuited after 230 hours',
  },
  /** Stable cycles of the K–O₂ cell whose K anode wears the S-doped graphene armour. */
  sGrapheneKCycles: {
    value: 140,
    unit: 'cycles',
    review: 'ge2024',
    section: naK,
    ref: 73,
    evidence: 'boosted lifespan of 140 stable cycles',
  },
});
