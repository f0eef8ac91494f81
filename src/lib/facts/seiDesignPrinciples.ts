/**
 * Numbers the capstone (`sei-design-principles`) states because a review states them. The
 * Monroe–Newman factor, the shear moduli it implies and the shielding-cation thresholds come from
 * src/lib/physics, not from here.
 */
import { defineFacts } from './types';

const LEE = { review: 'lee2020' as const };

export const seiDesignPrinciplesFacts = defineFacts({
  /** Organic share of the SEI on Na without FEC (²³Na MAS NMR, the review's ref 51). */
  organicWithoutFec: { value: 62, unit: 'at %', ...LEE, section: '3.1.1. In situ stable SEI film formation', ref: 51, evidence: '62 at% to 39 at%' },
  /** Organic share with FEC. */
  organicWithFec: { value: 39, unit: 'at %', ...LEE, section: '3.1.1. In situ stable SEI film formation', ref: 51, evidence: '62 at% to 39 at%' },
  /** Inorganic share without FEC. */
  inorganicWithoutFec: { value: 27, unit: 'at %', ...LEE, section: '3.1.1. In situ stable SEI film formation', ref: 51, evidence: '27 at% to 61 at%' },
  /** Inorganic share with FEC. */
  inorganicWithFec: { value: 61, unit: 'at %', ...LEE, section: '3.1.1. In situ stable SEI film formation', ref: 51, evidence: '27 at% to 61 at%' },
  /** Coulombic efficiency of Na with FEC in a carbonate electrolyte. */
  fecEfficiency: { value: 88, unit: '%', ...LEE, section: '3.1.1. In situ stable SEI film formation', evidence: 'improved CE of 88%' },
  /** What counts as a high-concentration electrolyte. */
  hceConcentration: { value: 3, unit: 'M', bound: '>', ...LEE, section: '3.2. High concentration electrolytes', evidence: '(>3 M)' },
  /** CsPF₆ concentration of the first shielding-cation electrolyte (for Li; ref 75). */
  cesiumShieldConcentration: { value: 0.05, unit: 'M', ...LEE, section: '3.1.2. Self-healing electrostatic shield', ref: 75, evidence: 'introduced 0.05 M CsPF₆' },
  /** Current density above which carbonate electrolytes on Na show poor stability and high overpotential. */
  carbonateCurrentLimit: { value: 1, unit: 'mA/cm²', bound: '>', ...LEE, section: '6. Perspectives', evidence: 'current densities ($> 1 \\text{ mA cm}^{-2}$)' },
  /** Cut-off voltage carbonate electrolytes allow at the cathode. */
  carbonateVoltage: { value: 4.2, unit: 'V', bound: '>', ...LEE, section: '6. Perspectives', evidence: 'voltage operation ($> 4.2 \\text{ V}$)' },
  /** Specific energy a practical sodium-metal battery should exceed (the review does not say on what basis: cell, pack or active material). */
  practicalEnergy: { value: 250, unit: 'Wh/kg', bound: '>', ...LEE, section: '6. Perspectives', evidence: 'over 250 W h kg^{-1}' },
  /** Current density for testing under realistic conditions. */
  realisticCurrent: { value: 5, unit: 'mA/cm²', bound: '>', ...LEE, section: '6. Perspectives', evidence: '(over 5 mA cm^{-2})' },
  /** Areal capacity for testing under realistic conditions. */
  realisticCapacity: { value: 5, unit: 'mAh/cm²', bound: '>', ...LEE, section: '6. Perspectives', evidence: '(over 5 mA h cm^{-2})' },
  /** Typical length of the cycling reported so far. */
  typicalTestLength: { value: 1000, unit: 'h', bound: '<', ...LEE, section: '6. Perspectives', evidence: 'below 1000 h' },
});
