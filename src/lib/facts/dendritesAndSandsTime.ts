/**
 * Numbers chapter 13 (`dendrites-and-sands-time`) states because Lee et al. 2020 states them.
 * Sand's times, critical currents, moduli and thicknesses are computed by src/lib/physics and
 * are not here; the review's §2.2–2.3 give equations and mechanisms rather than numbers.
 */
import { defineFacts } from './types';

export const dendritesAndSandsTimeFacts = defineFacts({
  /** Concentration above which the review calls an electrolyte "high-concentration" (§3.2). */
  hceThreshold: {
    value: 3,
    unit: 'M',
    bound: '>',
    review: 'lee2020',
    section: '3.2. High concentration electrolytes',
    evidence: 'high-concentration electrolyte (>3 M)',
  },
});
