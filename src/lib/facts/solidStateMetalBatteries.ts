/**
 * Numbers chapter 4 (`solid-state-metal-batteries`) states because Xiang et al. 2019 state them
 * (section "Solid-State Li-, Na-, and K-Metal Batteries"). What the physics library computes
 * (the ionic radii of Li⁺, Na⁺, K⁺ from its element table; interfacial overpotentials J × ASR;
 * Monroe–Newman thresholds) is not here: the chapter and its figure render those from src/lib/physics.
 */
import { defineFacts } from './types';

const section = 'Solid-State Li-, Na-, and K-Metal Batteries';

export const solidStateMetalBatteriesFacts = defineFacts({
  /** Reduction potential of garnet LLZO, the lowest among oxide inorganic solid electrolytes. */
  llzoReductionPotential: {
    value: 0.05,
    unit: 'V vs Li/Li⁺',
    review: 'xiang2019',
    section,
    ref: 53,
    evidence: 'lowest reduction potential (0.05 V versus Li/Li^+)',
  },
  /** Exponent of the area-specific resistance of a Li/ISE contact made only by pressing: ASR up to 10^value Ω cm².
   * Stored as the exponent because the review prints it as a power of ten. */
  pressedContactAsrExponent: {
    value: 4,
    unit: '',
    review: 'xiang2019',
    section,
    evidence: 'usually as high as $10^4 \\Omega \\text{ cm}^2$',
  },
  /** Melting point of Li metal, the temperature a Li/ISE cell is heated above to wet the electrolyte. */
  liMeltingPoint: {
    value: 180.5,
    unit: '°C',
    review: 'xiang2019',
    section,
    evidence: 'melting point of metallic Li (180.5°C)',
  },
  /** Annealing temperature at which LAGP was reported to pulverize and run away thermally. */
  lagpAnnealTemperature: {
    value: 200,
    unit: '°C',
    review: 'xiang2019',
    section,
    ref: 67,
    evidence: 'a high annealing temperature (200°C)',
  },
  /** Li/garnet interfacial resistance before an ALD Al₂O₃ coating. */
  aldAsrBefore: {
    value: 1710,
    unit: 'Ω cm²',
    review: 'xiang2019',
    section,
    ref: 34,
    evidence: 'from 1,710 to 1 $\\Omega \\text{ cm}^2$',
  },
  /** The same interface after the ALD Al₂O₃ coating. */
  aldAsrAfter: {
    value: 1,
    unit: 'Ω cm²',
    review: 'xiang2019',
    section,
    ref: 34,
    evidence: 'from 1,710 to 1 $\\Omega \\text{ cm}^2$',
  },
  /** Cycles a Li symmetric cell ran with the MOF + ionic-liquid "nanowetted" electrolyte. */
  mofCycles: {
    value: 1000,
    unit: 'cycles',
    review: 'xiang2019',
    section,
    ref: 61,
    evidence: 'run stably for 1,000 cycles',
  },
  /** Hours of stable Na plating/stripping with a solid polymer electrolyte… */
  naSpeHours: {
    value: 1000,
    unit: 'h',
    bound: '>',
    review: 'xiang2019',
    section,
    ref: 83,
    evidence: 'over 1,000 h at a current density of 0.1 mA cm⁻²',
  },
  /** …at this current density. */
  naSpeCurrent: {
    value: 0.1,
    unit: 'mA/cm²',
    review: 'xiang2019',
    section,
    ref: 83,
    evidence: 'over 1,000 h at a current density of 0.1 mA cm⁻²',
  },
  /** Oxidation limit of the closo-borate hydride electrolyte Na₂(B₁₂H₁₂)₀.₅(B₁₀H₁₀)₀.₅. */
  hydrideOxidationLimit: {
    value: 3,
    unit: 'V vs Na/Na⁺',
    review: 'xiang2019',
    section,
    ref: 89,
    evidence: 'low oxidation potential (3 V versus Na/Na⁺)',
  },
  /** Ionic conductivity of the poly(propylene carbonate) K-ion electrolyte (no reference number in the review)… */
  pccConductivity: {
    value: 1.36e-5,
    unit: 'S/cm',
    review: 'xiang2019',
    section,
    evidence: 'ionic conductivity of $1.36 \\times 10^{-5} \\text{ S cm}^{-1}$ at 20°C',
  },
  /** …measured at this temperature. */
  pccTemperature: {
    value: 20,
    unit: '°C',
    review: 'xiang2019',
    section,
    evidence: 'ionic conductivity of $1.36 \\times 10^{-5} \\text{ S cm}^{-1}$ at 20°C',
  },
  /** Potassium compounds screened in the high-throughput search… */
  kScreenedCompounds: {
    value: 374,
    unit: 'compounds',
    review: 'xiang2019',
    section,
    ref: 93,
    evidence: 'narrowed 374 potential compounds down to fewer than 10',
  },
  /** …and the promising candidates left. */
  kPromisingCompounds: {
    value: 10,
    unit: 'compounds',
    bound: '<',
    review: 'xiang2019',
    section,
    ref: 93,
    evidence: 'narrowed 374 potential compounds down to fewer than 10',
  },
  /** β-alumina (BASE) conductivity in high-temperature Na–S cells (Lee et al. quote it without a temperature; such cells run at 300–350 °C). */
  baseConductivityHot: {
    value: 0.1,
    unit: 'S/cm',
    review: 'lee2020',
    section: '4.1. Na–S batteries',
    ref: 140,
    evidence: 'high sodium ion conductivity of 0.1 S cm^{-1}',
  },
  /** Areal capacity per half-cycle the heat-treated NASICON cell was later raised to (after starting at 0.15 mAh/cm²). */
  hNasiconLaterCapacity: {
    value: 0.25,
    unit: 'mAh/cm²',
    review: 'lee2020',
    section: '3.3. Artificial metal/electrolyte interphase film',
    ref: 124,
    evidence: 'later increased to 0.25 mA cm^{−2}, 0.25 mA h cm^{−2}',
  },
});
