/**
 * Data and wording for the SEI composition explorer (chapter 14): what share of a sodium SEI is
 * organic and inorganic without and with FEC, and what each named component is and does.
 * The shares are Yang and co-workers' ²³Na MAS NMR values as Lee et al. 2020 (§3.1.1, ref. 51)
 * quote them; they live in the chapter's facts file, which a test checks against the review.
 * The two shares without FEC add up to less than 100 at %: the rest is shown as "other /
 * unassigned", never spread over the known classes.
 */
import { electrolyteDesignForSodiumFacts as F } from '../facts/electrolyteDesignForSodium';
import { formatNumber } from '../format/formatNumber';

export const SEI_SCENARIO_IDS = ['without-fec', 'with-fec'] as const;
export type SeiScenarioId = (typeof SEI_SCENARIO_IDS)[number];

export type SeiClass = 'organic' | 'inorganic' | 'unassigned';
export const SEI_CLASSES: readonly SeiClass[] = ['organic', 'inorganic', 'unassigned'];
export const SEI_CLASS_LABELS: Readonly<Record<SeiClass, string>> = {
  organic: 'Organic',
  inorganic: 'Inorganic',
  unassigned: 'Other / unassigned',
};

/** Where a statement comes from: the review, its section and, if it cites one, its reference. */
export interface SeiCitation {
  review: 'lee2020';
  section: string;
  ref?: number;
}

export interface SeiScenario {
  id: SeiScenarioId;
  label: string;
  /** Organic and inorganic shares of the SEI, atomic %. */
  organic_at_pct: number;
  inorganic_at_pct: number;
  cite: SeiCitation;
}

const NMR_CITE: SeiCitation = { review: 'lee2020', section: '3.1.1', ref: F.organicWithFec.ref };

export const SEI_SCENARIOS: Readonly<Record<SeiScenarioId, SeiScenario>> = {
  'without-fec': {
    id: 'without-fec',
    label: 'Without FEC',
    organic_at_pct: F.organicWithoutFec.value,
    inorganic_at_pct: F.inorganicWithoutFec.value,
    cite: NMR_CITE,
  },
  'with-fec': {
    id: 'with-fec',
    label: 'With FEC',
    organic_at_pct: F.organicWithFec.value,
    inorganic_at_pct: F.inorganicWithFec.value,
    cite: NMR_CITE,
  },
};

export interface SeiShare {
  cls: SeiClass;
  label: string;
  /** Atomic %, ≥ 0; the three shares of a breakdown add up to exactly 100. */
  at_pct: number;
}

/**
 * The three shares of a scenario: organic, inorganic, and whatever the measurement left
 * unassigned (100 − organic − inorganic, floored at 0). Throws if the data ever overshoot 100,
 * because a chart that silently rescaled them would misreport the review.
 */
export function seiBreakdown(id: SeiScenarioId): SeiShare[] {
  const s = SEI_SCENARIOS[id];
  if (!s) throw new RangeError(`unknown SEI scenario "${String(id)}"`);
  const known = s.organic_at_pct + s.inorganic_at_pct;
  if (known > 100 + 1e-9) throw new RangeError(`${s.label}: shares add up to ${known} at %, more than 100`);
  return [
    { cls: 'organic', label: SEI_CLASS_LABELS.organic, at_pct: s.organic_at_pct },
    { cls: 'inorganic', label: SEI_CLASS_LABELS.inorganic, at_pct: s.inorganic_at_pct },
    { cls: 'unassigned', label: SEI_CLASS_LABELS.unassigned, at_pct: Math.max(0, 100 - known) },
  ];
}

/** Change of each class from one scenario to another, percentage points (to − from). */
export function seiChange(from: SeiScenarioId, to: SeiScenarioId): Record<SeiClass, number> {
  const a = seiBreakdown(from);
  const b = seiBreakdown(to);
  const out = {} as Record<SeiClass, number>;
  for (const [i, share] of a.entries()) out[share.cls] = b[i].at_pct - share.at_pct;
  return out;
}

const pct = (v: number) => `${formatNumber(v)} at %`;
const signed = (v: number) => (v === 0 ? 'no change' : `${v > 0 ? 'up' : 'down'} ${formatNumber(Math.abs(v))} points`);

/** The sentence a screen reader hears when the scenario changes (and the chart's text summary). */
export function describeSei(id: SeiScenarioId): string {
  const [organic, inorganic, rest] = seiBreakdown(id);
  const other: SeiScenarioId = id === 'with-fec' ? 'without-fec' : 'with-fec';
  const d = seiChange(other, id);
  const restText =
    rest.at_pct > 0
      ? ` The remaining ${pct(rest.at_pct)} is not assigned to either class in the review.`
      : ' Together the two classes account for the whole SEI.';
  return (
    `${SEI_SCENARIOS[id].label}: organic ${pct(organic.at_pct)} (${signed(d.organic)} from ${SEI_SCENARIOS[other].label.replace(/^W/, 'w')}), ` +
    `inorganic ${pct(inorganic.at_pct)} (${signed(d.inorganic)}).${restText}`
  );
}

export interface SeiComponent {
  id: string;
  /** Formula as shown, with Unicode subscripts. */
  formula: string;
  name: string;
  cls: 'organic' | 'inorganic';
  /** Where it comes from in the electrolyte. */
  origin: string;
  /** What it does in the SEI, as the review reports it; standard chemistry is marked "(textbook)". */
  role: string;
  cite: SeiCitation;
}

/**
 * The SEI components the review names (§3.1 and §3.1.1–3.1.3), one line each on what they do.
 * Roles come from the review's examples; a role marked "(textbook)" is standard chemistry.
 */
export const SEI_COMPONENTS: readonly SeiComponent[] = [
  {
    id: 'alkyl-carbonates',
    formula: 'ROCO₂Na',
    name: 'Sodium alkyl carbonates',
    cls: 'organic',
    origin: 'Reduction of carbonate solvent molecules.',
    role: 'The bulk of a solvent-derived film; such an SEI on sodium is mechanically weak, cracks easily and partly dissolves back into the electrolyte.',
    cite: { review: 'lee2020', section: '3.1', ref: 68 },
  },
  {
    id: 'formate',
    formula: 'HCOONa',
    name: 'Sodium formate',
    cls: 'organic',
    origin: 'Solvent decomposition.',
    role: 'A small organic salt from broken-down solvent; it counts toward the organic share that FEC pushes down.',
    cite: { review: 'lee2020', section: '3.1', ref: 68 },
  },
  {
    id: 'peo-oligomers',
    formula: '(–CH₂CH₂O–)ₙ',
    name: 'Polyethylene oxide oligomers',
    cls: 'organic',
    origin: 'Solvent fragments joined into short chains.',
    role: 'Polymer-like and so flexible (textbook); the review gives no property of these oligomers on sodium.',
    cite: { review: 'lee2020', section: '3.1', ref: 68 },
  },
  {
    id: 'naf',
    formula: 'NaF',
    name: 'Sodium fluoride',
    cls: 'inorganic',
    origin: 'Fluorinated anions (PF₆⁻, FSI⁻, AsF₆⁻) and fluorinated additives such as FEC or SbF₃.',
    role: 'Electronically insulating and barely soluble (textbook); a higher NaF fraction (NaAsF₆ additive) stabilised the metal and raised the Coulombic efficiency.',
    cite: { review: 'lee2020', section: '3.1.1', ref: 71 },
  },
  {
    id: 'nacl',
    formula: 'NaCl',
    name: 'Sodium chloride',
    cls: 'inorganic',
    origin: 'Chlorine-containing anions such as ClO₄⁻, or chloride additives such as SnCl₂.',
    role: 'A compact NaCl-rich layer over an Na–Sn alloy resisted Na⁺ transport less than the film from the blank electrolyte and, with the alloy, kept electrolyte away from the metal.',
    cite: { review: 'lee2020', section: '3.1.3', ref: 89 },
  },
  {
    id: 'carbonate',
    formula: 'Na₂CO₃',
    name: 'Sodium carbonate',
    cls: 'inorganic',
    origin: 'Further reduction of the carbonate solvent (EC, PC, DMC) and its alkyl carbonates, not of the salt: NaPF₆, NaClO₄, NaFSI and NaTFSI contain no carbonate. The review groups all inorganics as anion-derived, which is loose for this one.',
    role: 'An ionic solid that conducts almost no electrons (textbook); it adds to the inorganic share.',
    cite: { review: 'lee2020', section: '3.1', ref: 68 },
  },
  {
    id: 'sulfides',
    formula: 'Na₂O, Na₂S₂, Na₂S₆',
    name: 'Oxide and sulfides',
    cls: 'inorganic',
    origin: 'The sulfides come from the Na₂S₆ additive in a diglyme electrolyte. Na₂O was found in the same film, but the polysulfide holds no oxygen, so it cannot be its source; the review names none.',
    role: 'Formed a uniform, protective SEI; adding NaNO₃ as well gave a film with pinholes.',
    cite: { review: 'lee2020', section: '3.1.1', ref: 73 },
  },
  {
    id: 'nitrogen-species',
    formula: 'NaNₓOᵧ',
    name: 'Nitrogen–oxygen species',
    cls: 'inorganic',
    origin: 'TFSI⁻ anions of the KTFSI additive.',
    role: 'Part of a stable SEI, while the K⁺ of the same salt acted as an electrostatic shield.',
    cite: { review: 'lee2020', section: '3.1.1', ref: 72 },
  },
];

/** Citation as plain text for the widget, e.g. "Lee et al. 2020, §3.1.1, ref. 71". */
export function citationText(c: SeiCitation): string {
  return `Lee et al. 2020, §${c.section}${c.ref === undefined ? '' : `, ref. ${c.ref}`}`;
}
