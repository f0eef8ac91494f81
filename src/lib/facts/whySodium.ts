/**
 * Numbers chapter 12 (`why-sodium`) states because Lee et al. 2020 states them. The Li / Na / K
 * properties of Table 1 are not here: they live in the physics library's element data and are
 * rendered from src/lib/tables/alkaliProperties.ts (tested against Table 1).
 */
import { defineFacts } from './types';

export const whySodiumFacts = defineFacts({
  /** Year by which more than a third of global lithium reserves are forecast to be used up (ref. 22). */
  lithiumReservesYear: {
    value: 2050,
    unit: '',
    review: 'lee2020',
    section: '1. Introduction',
    ref: 22,
    evidence: 'exhausted by the year 2050',
  },
  /** Year lithium-ion batteries were commercialized. */
  lithiumIonLaunch: {
    value: 1991,
    unit: '',
    review: 'lee2020',
    section: '1. Introduction',
    evidence: 'commercialized in 1991',
  },
  /** Cyclic-voltammetry cycles after which IR spectra of the Li and Na surfaces were compared (ref. 43). */
  irCycles: {
    value: 30,
    unit: '',
    review: 'lee2020',
    section: '2.1. Intrinsic properties of Na metal',
    ref: 43,
    evidence: 'after 30 cyclic voltammetry cycles',
  },
  /** Salt concentration of the NaClO₄ EC/DMC electrolyte in the optical-microscopy cell (ref. 44). */
  opticalCellConcentration: {
    value: 1,
    unit: 'M',
    review: 'lee2020',
    section: '2.1. Intrinsic properties of Na metal',
    ref: 44,
    evidence: 'filled with 1 M NaClO₄ EC/DMC electrolyte',
  },
  /** Longest time the Na surface was watched in that cell (Fig. 2A, panel f; ref. 44). */
  opticalCellDays: {
    value: 10,
    unit: 'days',
    review: 'lee2020',
    section: '2.1. Intrinsic properties of Na metal',
    ref: 44,
    evidence: '(f) 10 d',
  },
  /** Plating current of the Li and Na dendrites later left at rest (Fig. 2B; ref. 45). */
  restDendriteCurrent: {
    value: 0.4,
    unit: 'mA/cm²',
    review: 'lee2020',
    section: '2.1. Intrinsic properties of Na metal',
    ref: 45,
    evidence: 'density was 0.4 mA cm⁻² in both',
  },
});
