/**
 * The choices of the "design an SEI" studio (chapter 15): electrolytes, additives and artificial
 * layers for a sodium metal anode, each with one line of evidence from Lee et al. 2020, the SEI
 * properties it supplies, and how it turns the growth simulation's knobs.
 *
 * The property assignments are our reading of the review's text (cited per choice). The knob
 * values are illustrative settings of the course's model, chosen to show the trend the review
 * describes (like growthPresets.ts), not fitted to any cell.
 */
import { artificialSeiAndSodiumFullCellsFacts as F } from '../facts/artificialSeiAndSodiumFullCells';
import { seiDesignPrinciplesFacts as P } from '../facts/seiDesignPrinciples';
import { formatFact } from '../facts/formatFact';
import { electrolyteDesignForSodiumFacts as E } from '../facts/electrolyteDesignForSodium';
import { monroeNewmanRatio } from '../physics/mechanics';

/**
 * What an SEI has to supply; the first three are the review's requirements of an artificial SEI.
 * 'uniformity' is the review's third requirement (homogeneous thickness and composition), widened
 * to "or even plating" so a shielding cation, which evens the current at tips but builds no film,
 * can be credited with what it does without being credited with a uniform film.
 */
export const SEI_PROPERTIES = ['ionConduction', 'mechanical', 'uniformity', 'electronBlocking', 'chemicalStability'] as const;
export type SeiProperty = (typeof SEI_PROPERTIES)[number];

export const PROPERTY_LABELS: Record<SeiProperty, string> = {
  ionConduction: 'fast Na⁺ conduction',
  mechanical: 'mechanical resilience',
  uniformity: 'uniform film or even plating',
  electronBlocking: 'electron blocking',
  chemicalStability: 'chemical stability',
};

/** Where a line of evidence comes from: Lee et al. 2020, a section, and the review's ref. N. */
export interface Evidence {
  text: string;
  section: string;
  /** The review's reference number when it cites a primary work. */
  ref?: number;
}

/** How one choice turns the simulation's knobs (see combineKnobs in seiDesign.ts). */
export interface KnobEffect {
  /** Electrolytes set the native SEI's spread; additives shift it. */
  seiSpread?: number;
  seiSpreadChange?: number;
  /** An artificial layer replaces the native film: the spread cannot exceed the layer's own. */
  seiSpreadCap?: number;
  concentration_M?: number;
  shieldStrength?: number;
  /** G_interphase / G_Na; the stiffest component sets the film's stiffness. */
  interphaseModulusRatio?: number;
}

export interface DesignChoice<Id extends string = string> {
  id: Id;
  label: string;
  evidence: Evidence;
  supplies: readonly SeiProperty[];
  /** A price or limit worth knowing, one sentence. */
  tradeOff?: string;
  knobs: KnobEffect;
  /**
   * Directions of effect the course states in several places (chapter 14, the capstone, the
   * composition explorer); tests/unit/sei/effectConsistency.test.ts keeps them in agreement.
   */
  effects?: {
    /** Does the choice make the film, and so the current through it, more even? */
    filmUniformity?: 'raises' | 'no-effect';
    /** Does it steer ions away from a growing tip (a shield)? */
    steersCurrentFromTips?: boolean;
    /** Aluminium current-collector corrosion. */
    aluminiumCorrosion?: 'prevents' | 'causes';
  };
  /** For a shielding cation: the ions meant, per host metal (symbols from physics/elements). */
  shieldCations?: readonly ('Li' | 'K' | 'Rb' | 'Cs')[];
}

export const ELECTROLYTE_IDS = ['carbonate', 'ether', 'high-concentration'] as const;
export const ADDITIVE_IDS = ['none', 'fec', 'shielding-cation', 'sncl2'] as const;
export const LAYER_IDS = ['none', 'ald-al2o3', 'nabr', 'sn-alloy', 'polymer-ceramic'] as const;
export type ElectrolyteId = (typeof ELECTROLYTE_IDS)[number];
export type AdditiveId = (typeof ADDITIVE_IDS)[number];
export type LayerId = (typeof LAYER_IDS)[number];

const S31 = '§3.1';
const S33 = '§3.3';

/** Shear modulus ratio of the > 6 GPa PVDF-HFP/Al₂O₃ layer on sodium, from the physics library. */
export const POLYMER_CERAMIC_RATIO = Math.round(monroeNewmanRatio({ interphaseShearModulus_GPa: F.cplShearModulus.value, metal: 'Na' }) * 100) / 100;

export const ELECTROLYTES: readonly DesignChoice<ElectrolyteId>[] = [
  {
    id: 'carbonate',
    label: 'Carbonate (e.g. NaPF₆ in EC/DMC)',
    evidence: {
      text: `Decomposes into a thick, patchy film; unstable at current densities ${formatFact(F.carbonateCurrentLimit)}.`,
      section: '§6',
    },
    supplies: [],
    tradeOff: `Oxidation-stable at the cathode, so it allows charging to ${formatFact(F.carbonateVoltage)}.`,
    knobs: { seiSpread: 1.5, concentration_M: 1 },
  },
  {
    id: 'ether',
    label: 'Ether (e.g. NaPF₆ in DME)',
    evidence: {
      text: 'Builds a comparatively even, stable film on sodium and cycles long, even at higher current.',
      section: '§6',
    },
    supplies: ['uniformity', 'chemicalStability'],
    tradeOff: 'Oxidizes at high voltage, so it suits sulfur, O₂ and CO₂ cathodes rather than 4 V oxides.',
    knobs: { seiSpread: 0.6, concentration_M: 1 },
  },
  {
    id: 'high-concentration',
    label: `High-concentration (${formatFact(P.hceConcentration)} salt)`,
    evidence: {
      text: "The anion, not the solvent, is reduced first, giving an inorganic film; Sand's time grows; with no free solvent left to dissolve the Al–FSI passivation film, the aluminium current collector at the positive electrode (where the corrosion happens) does not corrode.",
      section: '§3.2',
      ref: 107,
    },
    // The anion-derived layer helps homogeneous plating (§3.2), hence 'uniformity', matching effects.filmUniformity.
    supplies: ['chemicalStability', 'electronBlocking', 'uniformity'],
    tradeOff: 'Costly and viscous; diluting with an inert solvent (LHCE) keeps the solvation structure.',
    knobs: { seiSpread: 0.8, concentration_M: 4 },
    effects: { aluminiumCorrosion: 'prevents', filmUniformity: 'raises' },
  },
];

export const ADDITIVES: readonly DesignChoice<AdditiveId>[] = [
  {
    id: 'none',
    label: 'No additive',
    evidence: { text: 'The film is whatever the electrolyte leaves behind.', section: S31 },
    supplies: [],
    knobs: {},
  },
  {
    id: 'fec',
    label: 'FEC (fluoroethylene carbonate)',
    evidence: {
      text: `Reduced before the solvent, it turns the film inorganic (NaF-containing): by ²³Na NMR the inorganic share rose from ${formatFact(E.inorganicWithoutFec)} to ${formatFact(E.inorganicWithFec)}, which changed the film's modulus (stiffer, in the review's conclusions). That it also evens the film is our inference, not a measurement: a dense inorganic film has fewer fast-conducting patches (chapter 16).`,
      section: '§3.1.1',
      ref: 51,
    },
    // 'uniformity' is the course's inference (chapter 16: an additive evens the current only indirectly); the review reports a modulus change, not evenness, and the evidence text says so.
    supplies: ['mechanical', 'chemicalStability', 'uniformity'],
    tradeOff: 'It is consumed as it works, and the film it builds keeps thickening and raising the interfacial resistance (ref. 70); at best it evens the film indirectly and cannot steer ions away from a tip that has already formed.',
    knobs: { seiSpreadChange: -0.4, interphaseModulusRatio: 0.8 },
    effects: { filmUniformity: 'raises', steersCurrentFromTips: false },
  },
  {
    id: 'shielding-cation',
    label: 'Shielding cation (Li⁺ or K⁺, e.g. KTFSI)',
    evidence: {
      text: 'On sodium neither Li⁺ nor K⁺ can plate at any soluble concentration (Nernst thresholds far above 10³ M); the cation gathers at tips and steers Na⁺ to the valleys (SHES). The smaller the cation, the stronger the shield, so the review names Li⁺ the most powerful candidate.',
      section: '§3.1.2',
      ref: 81,
    },
    // Ticks 'uniformity' for even plating only (see PROPERTY_LABELS); effects.filmUniformity stays 'no-effect'.
    supplies: ['uniformity'],
    tradeOff: 'It evens the plating, not the film: it builds no film, so a uniform film and the other properties must come from elsewhere.',
    knobs: { shieldStrength: 0.6 },
    effects: { steersCurrentFromTips: true, filmUniformity: 'no-effect' },
    shieldCations: ['Li', 'K'],
  },
  {
    id: 'sncl2',
    label: 'SnCl₂ (alloy former)',
    evidence: {
      text: 'Galvanic replacement leaves a Na–Sn alloy under a NaCl-rich film; Na⁺ spreads fast and evenly.',
      section: S31,
      ref: 89,
    },
    supplies: ['ionConduction', 'uniformity'],
    tradeOff: `The dose is a choice: ${formatFact(E.sncl2Concentration)} was picked from several concentrations tested (ref. 89). Whether excess SnCl₂ harms is not reported; the "thicker, slower layer" result is SnTFSI on lithium (ref. 127).`,
    knobs: { seiSpreadChange: -0.5, interphaseModulusRatio: 0.3 },
  },
];

export const LAYERS: readonly DesignChoice<LayerId>[] = [
  {
    id: 'none',
    label: 'No artificial layer',
    evidence: { text: 'Bare sodium meets the electrolyte directly.', section: S33 },
    supplies: [],
    knobs: {},
  },
  {
    id: 'ald-al2o3',
    label: 'ALD Al₂O₃',
    evidence: {
      text: `${formatFact(F.aldThickness)} film: symmetric cell stable ${formatFact(F.aldHours)} at ${formatFact(F.aldCurrent)} and ${formatFact(F.aldCapacity)}.`,
      section: S33,
      ref: 117,
    },
    supplies: ['ionConduction', 'uniformity', 'electronBlocking'],
    tradeOff: `Must be grown below sodium's ${formatFact(F.naMeltingPoint)} melting point; too thin to resist dendrites mechanically.`,
    knobs: { seiSpreadCap: 0.3, interphaseModulusRatio: 0.4 },
  },
  {
    id: 'nabr',
    label: 'NaBr (Wurtz reaction)',
    evidence: {
      text: `Lowest surface diffusion barrier of the sodium halides; ${formatFact(F.nabrCycles)} at ${formatFact(F.nabrCurrent)} and ${formatFact(F.nabrCapacity)} in carbonate.`,
      section: S33,
      ref: 120,
    },
    supplies: ['ionConduction', 'chemicalStability'],
    tradeOff: `A ${F.nabrLayerLow.value}–${formatFact(F.nabrLayerHigh)} layer by cross-sectional SEM, depending on reaction time (the review also calls it 'sub-micron'): far thicker than a ${formatFact(F.aldThickness)} ALD film.`,
    knobs: { seiSpreadCap: 0.5 },
  },
  {
    id: 'sn-alloy',
    label: 'Na–Sn alloy (SnCl₄ vapour)',
    evidence: {
      text: `A uniform ${formatFact(F.maiThicknessLow).replace(/\s?nm$/, '')}–${formatFact(F.maiThicknessHigh)} alloy interphase; the Na–S cell kept ${formatFact(F.maiRetention)} after ${formatFact(F.maiCycles)} at ${formatFact(F.maiRate)} (sulfur loading not given), where bare sodium shorted before ${F.maiBareShort.value} cycles.`,
      section: '§4.1',
      ref: 151,
    },
    supplies: ['ionConduction', 'uniformity', 'chemicalStability'],
    tradeOff: 'Conducts electrons itself, so an outer salt layer must do the blocking (NaCl is the expected by-product; the review does not describe this layer).',
    knobs: { seiSpreadCap: 0.2, interphaseModulusRatio: 0.5 },
  },
  {
    id: 'polymer-ceramic',
    label: 'PVDF-HFP/Al₂O₃ composite',
    evidence: {
      text: `Shear modulus ${formatFact(F.cplShearModulus)}; ${formatFact(F.cplRetention)} vs ${formatFact(F.cplBareRetention)} capacity retention after ${formatFact(F.cplCycles)} in full cells with a layered-oxide cathode.`,
      section: S33,
      ref: 132,
    },
    supplies: ['mechanical', 'electronBlocking'],
    tradeOff: 'Chosen for stiffness: the review gives no figure for how fast Na⁺ crosses it.',
    knobs: { seiSpreadCap: 0.6, interphaseModulusRatio: POLYMER_CERAMIC_RATIO },
  },
];

export function findChoice<Id extends string>(list: readonly DesignChoice<Id>[], id: Id): DesignChoice<Id> {
  const found = list.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown SEI design choice “${id}”.`);
  return found;
}

/** "Lee et al. 2020, §3.3, ref. 117" */
export function evidenceSource(e: Evidence): string {
  return `Lee et al. 2020, ${e.section}${e.ref === undefined ? '' : `, ref. ${e.ref}`}`;
}
