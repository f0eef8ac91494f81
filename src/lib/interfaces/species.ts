/**
 * Species that take part in the anode reactions of chapter 8, as data: a formula the parser can
 * read, a charge, the phase it ends up in, and a name. Labels with real subscripts and charges
 * (Li₂CO₃, O₂•⁻, ¹O₂) are derived from the data, never typed twice.
 */
import { parseFormula, type Composition } from './formula';

export const METALS = ['Li', 'Na', 'K'] as const;
export type Metal = (typeof METALS)[number];

/** Where a species sits after the reaction: a solid on the anode, a gas, a liquid, or dissolved. */
export type Phase = 'solid' | 'gas' | 'liquid' | 'dissolved';

export interface Species {
  /** Formula for the parser, e.g. "Li2CO3", "(CH2OCO2Li)2"; the charge is separate. */
  readonly formula: string;
  /** Net charge in units of e, e.g. −1 for superoxide O₂•⁻. */
  readonly charge: number;
  readonly phase: Phase;
  readonly name: string;
  /** True for a radical (an unpaired electron), shown as "•". */
  readonly radical?: boolean;
  /** Spin-state prefix, e.g. "¹" for singlet oxygen. */
  readonly prefix?: string;
  /** Display formula when the parser's form reads badly (e.g. a condensed organic formula). */
  readonly display?: string;
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';
const SUP: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻' };

/** "Li2CO3" → "Li₂CO₃"; digits become subscripts. */
export const subscriptDigits = (formula: string) => formula.replace(/\d/g, (d) => SUB[Number(d)]);

/** Charge as a superscript: +1 → "⁺", −2 → "²⁻", 0 → "". */
export function chargeLabel(charge: number): string {
  if (charge === 0) return '';
  const mag = Math.abs(charge) === 1 ? '' : String(Math.abs(charge));
  return [...mag, charge > 0 ? '+' : '-'].map((c) => SUP[c]).join('');
}

/** What a reader sees: "O₂•⁻", "¹O₂", "Li₂CO₃", "Li⁺". */
export function speciesLabel(s: Species): string {
  return `${s.prefix ?? ''}${subscriptDigits(s.display ?? s.formula)}${s.radical ? '•' : ''}${chargeLabel(s.charge)}`;
}

export const speciesComposition = (s: Species): Composition => parseFormula(s.formula);

const METAL_NAMES: Record<Metal, string> = { Li: 'lithium', Na: 'sodium', K: 'potassium' };
export const metalName = (m: Metal) => METAL_NAMES[m];

const sp = (formula: string, phase: Phase, name: string, more: Partial<Species> = {}): Species => ({
  formula,
  charge: 0,
  phase,
  name,
  ...more,
});

/** Gases and molecules that do not depend on the metal. */
export const O2 = sp('O2', 'gas', 'oxygen');
export const CO2 = sp('CO2', 'gas', 'carbon dioxide');
export const N2 = sp('N2', 'gas', 'nitrogen');
export const H2O = sp('H2O', 'gas', 'water (moisture)');
export const H2 = sp('H2', 'gas', 'hydrogen');
export const NH3 = sp('NH3', 'gas', 'ammonia');
export const CARBON = sp('C', 'solid', 'carbon');
export const SUPEROXIDE = sp('O2', 'dissolved', 'superoxide anion', { charge: -1, radical: true });
export const PEROXIDE = sp('O2', 'dissolved', 'peroxide anion', { charge: -2 });
export const SINGLET_O2 = sp('O2', 'dissolved', 'singlet oxygen', { prefix: '¹' });
export const TRIIODIDE = sp('I3', 'dissolved', 'triiodide (oxidized iodide mediator)', { charge: -1 });
export const IODIDE = sp('I', 'dissolved', 'iodide', { charge: -1 });
/** TEMPO, the nitroxyl radical C9H18NO; its oxidized form TEMPO⁺ is the charging mediator. */
export const TEMPO = sp('C9H18NO', 'dissolved', 'TEMPO (reduced mediator)', { radical: true, display: 'TEMPO' });
export const TEMPO_PLUS = sp('C9H18NO', 'dissolved', 'TEMPO⁺ (oxidized mediator)', { charge: 1, display: 'TEMPO' });
/** Ethylene carbonate, C3H4O3, the archetypal carbonate solvent. */
export const EC = sp('C3H4O3', 'liquid', 'ethylene carbonate (EC)', { display: 'EC' });
export const ETHYLENE = sp('C2H4', 'gas', 'ethylene');
/** Ring-opened adduct of superoxide with EC (first step of the nucleophilic attack). */
export const EC_SUPEROXIDE_ADDUCT = sp('C3H4O5', 'dissolved', 'ring-opened peroxy-carbonate radical anion', {
  charge: -1,
  radical: true,
  display: 'EC–O2',
});
/** 1,2-Dimethoxyethane, C4H10O2, the archetypal ether solvent. */
export const DME = sp('C4H10O2', 'liquid', '1,2-dimethoxyethane (DME)', { display: 'DME' });
export const DME_RADICAL = sp('C4H9O2', 'dissolved', 'DME radical after losing an α-H', { radical: true, display: 'DME(–H)' });
export const HYDROPEROXYL = sp('HO2', 'dissolved', 'hydroperoxyl radical', { radical: true });
export const DME_HYDROPEROXIDE = sp('C4H10O4', 'dissolved', 'DME hydroperoxide', { display: 'DME–OOH' });

/** Metal-dependent species: the metal, its ion and its compounds. */
export function metalSpecies(m: Metal) {
  const n = METAL_NAMES[m];
  return {
    metal: sp(m, 'solid', `${n} metal`),
    ion: sp(m, 'dissolved', `${n} ion`, { charge: 1 }),
    oxide: sp(`${m}2O`, 'solid', `${n} oxide`),
    peroxide: sp(`${m}2O2`, 'solid', `${n} peroxide`),
    superoxide: sp(`${m}O2`, 'solid', `${n} superoxide`),
    hydroxide: sp(`${m}OH`, 'solid', `${n} hydroxide`),
    carbonate: sp(`${m}2CO3`, 'solid', `${n} carbonate`),
    nitride: sp(`${m}3N`, 'solid', `${n} nitride`),
    /** Ethylene dicarbonate, (CH2OCO2M)2: the classic alkyl carbonate of a carbonate SEI. */
    alkylCarbonate: sp(`(CH2OCO2${m})2`, 'solid', `${n} ethylene dicarbonate (an alkyl carbonate)`),
  };
}
