/**
 * The strategy × threat matrix of Part II (Ge et al. 2024, sections 3–5): which published way of
 * protecting a lithium anode in a metal–air cell shields it from which corrosive species, and how.
 * Every cell cites the review's reference number for the work it describes; tests/unit/strategies
 * check each number against the review's text near the strategy's name. Pure data, no view code:
 * components/strategies/StrategyThreatMatrix.svelte draws it.
 */

import { electrolytesForMetalAirFacts as F } from '../facts/electrolytesForMetalAir';
import { formatFact as fact } from '../facts/formatFact';

/** What attacks the anode of a metal–air cell, as the review lists it (section 2). */
export const threats = [
  { id: 'o2', label: 'O₂', long: 'Oxygen crossing to the anode' },
  { id: 'h2o', label: 'H₂O', long: 'Water and moisture' },
  { id: 'co2', label: 'CO₂', long: 'Carbon dioxide' },
  { id: 'n2', label: 'N₂', long: 'Nitrogen' },
  { id: 'ros', label: 'Reactive oxygen species', long: 'Superoxide, peroxide and singlet oxygen' },
  { id: 'rm-shuttle', label: 'Mediator shuttle', long: 'Oxidised redox mediators crossing to the anode' },
  { id: 'electrolyte', label: 'Electrolyte attack', long: 'Solvent or electrolyte reacting with, or decomposing at, the metal' },
  { id: 'dendrites', label: 'Dendrites, volume change', long: 'Uneven deposition and swelling of the metal' },
] as const;
export type ThreatId = (typeof threats)[number]['id'];

/** Families of strategies, in the order the review treats them. */
export const families = [
  { id: 'additive', label: 'Liquid-electrolyte additives and formulations', section: '3.1' },
  { id: 'solid', label: 'Solid and polymer electrolytes', section: '3.2' },
  { id: 'artificial-sei', label: 'Artificial SEI layers', section: '4.1' },
  { id: 'anode', label: 'Composite, alloy and liquid anodes', section: '4.2' },
  { id: 'separator', label: 'Functional separators', section: '5' },
] as const;
export type FamilyId = (typeof families)[number]['id'];

export interface Shield {
  threat: ThreatId;
  /** How the strategy shields against this threat, in one short clause (our words). */
  how: string;
  /** Reference number in Ge et al. 2024 for the work the clause describes. */
  ref: number;
}

export interface Strategy {
  id: string;
  /** Short name shown as the row header. */
  name: string;
  family: FamilyId;
  /** A fragment of the review's text that names the strategy; the tests find the refs near it. */
  seedName: string;
  shields: Shield[];
  /** Where the course teaches it: chapter slug and heading anchor (github-slugger id). */
  taught: { chapter: string; anchor: string };
}

// Numbers in the cells come from the chapter's facts file (checked against the review), never typed.
const CH9 = 'electrolytes-for-metal-air';
const CH10 = 'anodes-and-separators-for-metal-air';

export const strategies: readonly Strategy[] = [
  // ── Section 3.1: liquid electrolytes (chapter 9) ──
  {
    id: 'lino3-amide',
    name: 'LiNO₃ in an alkyl-amide electrolyte',
    family: 'additive',
    seedName: 'alkyl amide-based electrolyte',
    shields: [{ threat: 'electrolyte', how: 'Nitrate builds an SEI that stops the amide solvent reacting with Li', ref: 101 }],
    taught: { chapter: CH9, anchor: 'nitrate-the-first-fix' },
  },
  {
    id: 'lino3-dmso',
    name: 'LiNO₃ in DMSO',
    family: 'additive',
    seedName: 'Roberts',
    shields: [{ threat: 'electrolyte', how: 'Passivating film keeps DMSO off the Li and heals itself when damaged', ref: 102 }],
    taught: { chapter: CH9, anchor: 'nitrate-the-first-fix' },
  },
  {
    id: 'libr-lino3',
    name: 'LiBr + LiNO₃ in TEGDME',
    family: 'additive',
    seedName: 'Kubo',
    shields: [
      { threat: 'rm-shuttle', how: 'Nitrate oxidises the Li surface, so the Br₃⁻ shuttle reaction is held back', ref: 98 },
      { threat: 'dendrites', how: `The two anions together grow a thin (${fact(F.li2oFilmThickness)}) Li₂O film that suppresses dendrites`, ref: 98 },
    ],
    taught: { chapter: CH9, anchor: 'two-anions-one-thin-oxide' },
  },
  {
    id: 'inbr3',
    name: 'InBr₃ self-defence mediator',
    family: 'additive',
    seedName: 'InBr_3',
    shields: [{ threat: 'electrolyte', how: 'In³⁺ forms an indium-rich layer on Li in situ that blocks side reactions with the electrolyte', ref: 103 }],
    taught: { chapter: CH9, anchor: 'additives-that-build-or-repair-the-film' },
  },
  {
    id: 'teos',
    name: 'TEOS additive',
    family: 'additive',
    seedName: 'tetraethyl orthosilicate',
    shields: [{ threat: 'h2o', how: 'Not a water barrier: turns LiOH on the Li (from water and oxygen-species attack) into a self-healing film', ref: 104 }],
    taught: { chapter: CH9, anchor: 'additives-that-build-or-repair-the-film' },
  },
  {
    id: 'hsce',
    name: 'Hydrophobic silica colloid electrolyte (10 wt %)',
    family: 'additive',
    seedName: 'hydrophobic silica colloid electrolyte',
    shields: [
      { threat: 'o2', how: `Slower gas diffusion; reported “${fact(F.hsceAnticorrosion)} more effective” against corrosion (quantity unstated)`, ref: 105 },
      { threat: 'h2o', how: 'Slowed diffusion keeps moisture and other contaminants off the Li', ref: 105 },
      { threat: 'dendrites', how: `Triflate anions pinned on silica avoid anion depletion; stable SEI, ${fact(F.hsceCycles)}`, ref: 105 },
    ],
    taught: { chapter: CH9, anchor: 'slowing-the-gases-down' },
  },
  {
    id: 'pdi-tempo',
    name: 'PDI-TEMPO quencher',
    family: 'additive',
    seedName: 'PDI-TEMPO',
    shields: [{ threat: 'ros', how: 'The PDI backbone quenches superoxide; the molecule was designed against both O₂•⁻ and ¹O₂', ref: 44 }],
    taught: { chapter: CH9, anchor: 'quenching-reactive-oxygen' },
  },
  {
    id: 'impbr',
    name: 'IMPBr tri-functional additive',
    family: 'additive',
    seedName: 'IMPBr',
    shields: [
      { threat: 'rm-shuttle', how: 'IMP⁺ adsorbs on Li and builds an SEI that keeps Br₃⁻ and Br₂ off the metal', ref: 109 },
      { threat: 'electrolyte', how: 'The IMP⁺-built SEI also protects the Li from corrosion by DMSO', ref: 109 },
      { threat: 'dendrites', how: 'Enables dendrite-free Li deposition', ref: 109 },
    ],
    taught: { chapter: CH9, anchor: 'additives-that-build-or-repair-the-film' },
  },
  {
    id: 'hce-dmso',
    name: 'Concentrated LiTFSI–DMSO',
    family: 'additive',
    seedName: 'highly concentrated electrolyte based on LiTFSI',
    shields: [
      { threat: 'ros', how: 'Raises the activation barrier for superoxide to break a C–H bond of DMSO', ref: 110 },
      { threat: 'electrolyte', how: 'Altered solvation hardens the liquid against corrosive species (Xiang et al.: little free DMSO, stabler Li)', ref: 110 },
    ],
    taught: { chapter: CH9, anchor: 'concentrated-dmso' },
  },
  // ── Section 3.2: solid electrolytes (chapter 9) ──
  {
    id: 'udpe',
    name: 'Ultra-dry polymer electrolyte (UDPE)',
    family: 'solid',
    seedName: 'ultra-dry polymer electrolyte',
    shields: [
      { threat: 'o2', how: 'Free-standing polymer with no liquid strongly inhibits O₂ crossover to the Li', ref: 120 },
      { threat: 'ros', how: 'No liquid plasticiser for oxygen species to attack; Li₂CO₃/LiOH by-products no longer build up', ref: 120 },
    ],
    taught: { chapter: CH9, anchor: 'polymer-electrolytes' },
  },
  {
    id: 'des-pe',
    name: 'In-situ deep-eutectic polymer electrolyte',
    family: 'solid',
    seedName: 'deep eutectic solvent-based polymer electrolyte',
    shields: [
      { threat: 'o2', how: 'Polymerised on the Li, it keeps O₂ from penetrating', ref: 121 },
      { threat: 'n2', how: 'Keeps N₂ from penetrating to the metal', ref: 121 },
      { threat: 'h2o', how: 'Keeps water from penetrating to the metal', ref: 121 },
      { threat: 'co2', how: 'Keeps the "other gases in the ambient air" from penetrating (CO₂ inferred; the review does not name it)', ref: 121 },
    ],
    taught: { chapter: CH9, anchor: 'polymer-electrolytes' },
  },
  {
    id: 'ltap',
    name: 'LTAP ceramic electrolyte',
    family: 'solid',
    seedName: '(LTAP)',
    shields: [
      { threat: 'o2', how: 'Ceramic catholyte and Li protector: no parasitic reaction with the O₂ of the gas mixture', ref: 117 },
      { threat: 'h2o', how: 'No parasitic reaction with the H₂O of the mixed gas', ref: 117 },
      { threat: 'co2', how: 'No parasitic reaction with the CO₂ of the mixed gas', ref: 117 },
      { threat: 'electrolyte', how: 'No liquid left to decompose, though Li reduces LTAP itself unless an interlayer separates them', ref: 117 },
      { threat: 'dendrites', how: 'Review: dendrite growth circumvented in this cell (a solid does not rule out dendrites in general)', ref: 117 },
    ],
    taught: { chapter: CH9, anchor: 'ceramic-electrolytes' },
  },
  {
    id: 'lix-zeolite',
    name: 'Li⁺-exchanged zeolite X membrane',
    family: 'solid',
    seedName: 'zeolite X (LiX) membrane',
    shields: [
      { threat: 'o2', how: `Air permeates ultra-slowly; Li keeps its metallic luster after ${fact(F.zeoliteAgeing)}`, ref: 74 },
      { threat: 'h2o', how: 'Air, and the moisture in it, crosses the membrane ultra-slowly (inferred from air as a whole)', ref: 74 },
      { threat: 'co2', how: 'Air, and the CO₂ in it, crosses the membrane ultra-slowly (inferred from air as a whole)', ref: 74 },
      { threat: 'n2', how: 'Air, and the N₂ in it, crosses the membrane ultra-slowly (inferred from air as a whole)', ref: 74 },
      { threat: 'electrolyte', how: 'Stable zeolite: degradation by Li or air strongly inhibited; no Li₂CO₃, HCO₂Li, CH₃CO₂Li', ref: 74 },
    ],
    taught: { chapter: CH9, anchor: 'ceramic-electrolytes' },
  },
  // ── Section 4.1: artificial SEI (chapter 10) ──
  {
    id: 'li2co3-osaka',
    name: 'Li₂CO₃ from a CO₂-saturated electrolyte',
    family: 'artificial-sei',
    seedName: 'Osaka',
    shields: [{ threat: 'dendrites', how: 'Li₂CO₃ formed on the Li surface inhibits dendritic deposition', ref: 136 }],
    taught: { chapter: CH10, anchor: 'carbonate-shells-grown-in-carbon-dioxide' },
  },
  {
    id: 'li2co3-c',
    name: 'Li₂CO₃/C coating grown in CO₂',
    family: 'artificial-sei',
    seedName: 'Li₂CO₃/C anode-protection coating',
    shields: [
      { threat: 'o2', how: 'A high energy barrier (density functional theory) blocks O₂ adsorption on the Li₂CO₃', ref: 87 },
      { threat: 'n2', how: 'The Li₂CO₃ energy barrier blocks N₂ adsorption; the anode works in air as in O₂', ref: 87 },
    ],
    taught: { chapter: CH10, anchor: 'carbonate-shells-grown-in-carbon-dioxide' },
  },
  {
    id: 'asls',
    name: 'Air-stable Li spheres (Li₂CO₃ shell)',
    family: 'artificial-sei',
    seedName: 'air-stable lithium spheres',
    shields: [
      { threat: 'o2', how: 'The carbonate shell does not react with O₂', ref: 137 },
      { threat: 'n2', how: 'The shell does not react with N₂', ref: 137 },
      { threat: 'h2o', how: 'The shell is strongly hydrophobic', ref: 137 },
    ],
    taught: { chapter: CH10, anchor: 'carbonate-shells-grown-in-carbon-dioxide' },
  },
  {
    id: 'ipa-li',
    name: 'Iodine-polymer/LiZn hybrid layer (IPA-Li)',
    family: 'artificial-sei',
    seedName: 'IPA-Li',
    shields: [
      { threat: 'o2', how: 'Flexible polymer layer protects Li from O₂ attack', ref: 138 },
      { threat: 'h2o', how: 'Protects Li from H₂O; the anode can be stored in air', ref: 138 },
      { threat: 'dendrites', how: 'LiZn particles favour even nucleation; the polymer relieves surface stress', ref: 138 },
    ],
    taught: { chapter: CH10, anchor: 'films-made-by-chemical-reaction' },
  },
  {
    id: 'dcdms',
    name: 'Self-eliminating DCDMS layer',
    family: 'artificial-sei',
    seedName: 'DCDMS',
    shields: [
      { threat: 'dendrites', how: 'Young dendrites react away with DCDMS (Wurtz-type reaction)', ref: 133 },
      { threat: 'h2o', how: 'Chloride/poly(dimethylsilylene) layer is hydrophobic', ref: 133 },
    ],
    taught: { chapter: CH10, anchor: 'vapour-phase-layers' },
  },
  {
    id: 'lii-layer',
    name: 'LiI layer from I₂ vapour',
    family: 'artificial-sei',
    seedName: 'I_2 steam',
    shields: [
      { threat: 'rm-shuttle', how: 'Ion-conducting LiI layer alleviates the mediator shuttle to the Li', ref: 112 },
      { threat: 'dendrites', how: 'Suppresses dendrite growth', ref: 112 },
    ],
    taught: { chapter: CH10, anchor: 'vapour-phase-layers' },
  },
  // ── Section 4.2: Li-containing anodes (chapter 10) ──
  {
    id: 'cnt-3d',
    name: '3D cross-stacked CNT–Li',
    family: 'anode',
    seedName: 'cross-stacked layer by layer',
    shields: [{ threat: 'dendrites', how: 'Dendrite-free deposition in the CNT network and a steadier SEI', ref: 142 }],
    taught: { chapter: CH10, anchor: 'carbon-nanotube-composites' },
  },
  {
    id: 'li-cnt-sam',
    name: 'Li–CNT with phosphonic-acid monolayer',
    family: 'anode',
    seedName: 'octadecyl phosphonic acid',
    shields: [
      { threat: 'dendrites', how: 'Deposition inside the network without large volume expansion', ref: 143 },
      { threat: 'electrolyte', how: 'The monolayer SEI restrains side reactions with the electrolyte', ref: 143 },
    ],
    taught: { chapter: CH10, anchor: 'carbon-nanotube-composites' },
  },
  {
    id: 'si-fec',
    name: 'Lithiated Si with FEC-derived SEI',
    family: 'anode',
    seedName: 'commercial silicon particles',
    shields: [{ threat: 'o2', how: 'Deformable Li₂CO₃/LiF/polyfluorocarbon SEI resists oxygen crossover', ref: 147 }],
    taught: { chapter: CH10, anchor: 'lithium-alloys-and-silicon' },
  },
  {
    id: 'bp-li',
    name: 'Biphenyl-Li liquid anode with ZIF-7',
    family: 'anode',
    seedName: 'biphenyl Li (Bp-Li)',
    shields: [
      { threat: 'h2o', how: 'Bp-Li resists corrosion by water dropped into it', ref: 148 },
      { threat: 'rm-shuttle', how: 'The ZIF-7 membrane confines mediators to the anode side (which mediators, and direction, not stated)', ref: 148 },
    ],
    taught: { chapter: CH10, anchor: 'a-liquid-anode' },
  },
  // ── Section 5: functional separators (chapter 10) ──
  {
    id: 'pu-separator',
    name: 'Poreless polyurethane separator',
    family: 'separator',
    seedName: 'poreless polyurethane',
    shields: [
      { threat: 'o2', how: 'No pores: O₂ cannot infiltrate, while Li⁺ still passes', ref: 54 },
      { threat: 'h2o', how: 'No pores: water cannot reach the Li surface', ref: 54 },
    ],
    taught: { chapter: CH10, anchor: 'keeping-out-gas-and-water' },
  },
  {
    id: 'tbf',
    name: 'Tissue-directed/reinforced bifunctional film (TBF)',
    family: 'separator',
    seedName: '(TBF)',
    shields: [
      { threat: 'ros', how: 'Shields Li from corrosion by oxygen species', ref: 150 },
      { threat: 'h2o', how: 'Shields Li from moisture', ref: 150 },
      { threat: 'electrolyte', how: 'Shields Li from the electrolyte', ref: 150 },
    ],
    taught: { chapter: CH10, anchor: 'keeping-out-gas-and-water' },
  },
  {
    id: 'pedot-pss',
    name: 'PEDOT:PSS-coated glass fibre',
    family: 'separator',
    seedName: 'polystyrene sulfonate (PSS)',
    shields: [{ threat: 'rm-shuttle', how: 'Strong Coulombic interaction keeps mediators from migrating to the Li', ref: 153 }],
    taught: { chapter: CH10, anchor: 'holding-back-redox-mediators' },
  },
  {
    id: 'mxene-bc',
    name: 'MXene/bacterial-cellulose separator',
    family: 'separator',
    seedName: 'MXene nanosheets',
    shields: [{ threat: 'rm-shuttle', how: '–OH groups on MXene bind I₃⁻ and restrain its shuttle', ref: 154 }],
    taught: { chapter: CH10, anchor: 'holding-back-redox-mediators' },
  },
];

/** The shield a strategy offers against a threat, if any. */
export function shieldFor(strategy: Strategy, threat: ThreatId): Shield | undefined {
  return strategy.shields.find((s) => s.threat === threat);
}

export function familyLabel(id: FamilyId): string {
  return families.find((f) => f.id === id)!.label;
}

export function threatLabel(id: ThreatId): string {
  return threats.find((t) => t.id === id)!.label;
}
