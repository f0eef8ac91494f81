/**
 * Problems for chapter 14 (electrolyte-design-for-sodium). Thresholds from the physics library's
 * Nernst/SHES functions and element data; efficiencies and compositions from the chapter's facts.
 */
import { ELEMENTS, shesThreshold, thermalVoltage } from '../../physics/index';
import { formatNumber } from '../../format/formatNumber';
import { formatFact } from '../../facts/formatFact';
import { electrolyteDesignForSodiumFacts as F } from '../../facts/electrolyteDesignForSodium';
import { defineProblem, defineProblemSet } from '../defineProblems';

const fmt = (x: number, significant = 3) => formatNumber(x, { significant });
const ION = ['Rb', 'K'] as const;
const DIV = ['Ba', 'Sr', 'Ca'] as const;
const NAME: Record<string, string> = { Rb: 'Rb⁺', K: 'K⁺', Ba: 'Ba²⁺', Sr: 'Sr²⁺', Ca: 'Ca²⁺' };

export const problems = defineProblemSet('electrolyte-design-for-sodium', {
  'shes-threshold': defineProblem({
    title: 'The shielding limit of a monovalent cation on lithium',
    kind: 'calculation',
    marks: 2,
    draw: { ion: [0, 1] },
    statement: (p) =>
      `${NAME[ION[p.ion]]} (E° = ${formatNumber(ELEMENTS[ION[p.ion]].standardPotential_V, { digits: 3 })} V) is added to a lithium electrolyte (Li⁺/Li: ${formatNumber(ELEMENTS.Li.standardPotential_V, { digits: 3 })} V) as an electrostatic shield. Up to what concentration, in mol/L, does it stay unplated at 298 K?`,
    hint: 'Set E° + (RT/nF) ln c equal to the host’s E° and solve for c, with n = 1.',
    numeric: {
      solve: (p) => {
        const el = ION[p.ion];
        const gap = ELEMENTS.Li.standardPotential_V - ELEMENTS[el].standardPotential_V;
        const vt = thermalVoltage();
        return { gap, vt, lnc: gap / vt, answer: shesThreshold({ additive: el, host: 'Li' }) };
      },
      unit: 'M',
      tolerance: { relative: 0.03 },
      display: { significant: 3 },
      mistakes: (p, s) => [{ value: Math.exp(-s.lnc), explanation: 'The sign is reversed: the additive must stay *below* the host potential, so the threshold is less than 1 M here.' }],
    },
    solution: (p, s) => [
      `Gap: $E^\\circ_\\mathrm{Li} - E^\\circ_\\mathrm{${ION[p.ion]}}$ = ${formatNumber(s.gap, { digits: 3 })} V; $RT/F$ = ${formatNumber(s.vt, { digits: 5 })} V.`,
      `$\\ln c^* = ${formatNumber(s.gap, { digits: 3 })}/${formatNumber(s.vt, { digits: 5 })} = ${formatNumber(s.lnc, { digits: 3 })}$.`,
      `$c^* = e^{${formatNumber(s.lnc, { digits: 3 })}}$ = ${formatNumber(s.answer, { significant: 3 })} M.`,
      'Check: both Rb⁺ and K⁺ lie only a little above lithium, so their thresholds are tens of millimolar to a tenth of a molar; the review lists Cs⁺, Rb⁺ and K⁺ as lithium’s few candidates (Lee et al. 2020, ref. 80).',
    ],
    sources: [{ review: 'lee2020', ref: 80 }],
  }),
  'divalent-correction': defineProblem({
    title: 'The charge number of a divalent shield',
    kind: 'calculation',
    marks: 3,
    draw: { ion: [0, 1, 2] },
    statement: (p) =>
      `The review's Table 2 computes the shielding threshold of ${NAME[DIV[p.ion]]} on lithium with n = 1. Recompute it with the ion's real charge, n = 2, and give the corrected threshold in mol/L.`,
    hint: 'With n = 2 the exponent doubles, so the threshold is the square of the n = 1 value.',
    numeric: {
      solve: (p) => {
        const el = DIV[p.ion];
        const n1 = shesThreshold({ additive: el, host: 'Li', electrons: 1 });
        return { n1, answer: shesThreshold({ additive: el, host: 'Li' }) };
      },
      unit: 'M',
      tolerance: { relative: 0.03 },
      display: { significant: 3 },
      mistakes: (p, s) => [
        { value: s.n1, explanation: 'That is the published n = 1 value; a divalent ion takes two electrons, which halves RT/nF.' },
        { value: s.n1 / 2, explanation: 'Halving the threshold is not the correction: n multiplies the exponent, so the threshold is squared.' },
      ],
    },
    solution: (p, s) => [
      `With n = 1: $c^* = \\exp[F(E^\\circ_\\mathrm{Li} - E^\\circ)/RT]$ = ${fmt(s.n1)} M, the review's value.`,
      'With n = 2 the exponent doubles: $c^*_{n=2} = (c^*_{n=1})^2$.',
      `Corrected threshold: ${formatNumber(s.answer, { significant: 3 })} M.`,
      'Check: the corrected value is micromolar or less, too dilute for a shield to gather at tips; this is why only the monovalent Cs⁺, Rb⁺ and K⁺ qualify on lithium.',
    ],
  }),
  'reservoir-cycles': defineProblem({
    title: 'How long does spare sodium last?',
    kind: 'calculation',
    marks: 2,
    draw: { excessPercent: [50, 100, 200, 300] },
    statement: (p) =>
      `A sodium cell plates and strips at a Coulombic efficiency of ${formatFact(F.hceCE)} (concentrated electrolyte). It carries ${p.excessPercent} % spare sodium relative to the charge cycled. For how many whole cycles does it keep its full capacity?`,
    hint: 'While spare metal remains, each cycle takes (1 − CE) of the cycled charge from the reservoir.',
    numeric: {
      solve: (p) => {
        const loss = 1 - F.hceCE.value / 100;
        return { loss, exact: p.excessPercent / 100 / loss, answer: Math.floor(p.excessPercent / 100 / loss + 1e-9) };
      },
      unit: 'cycles',
      tolerance: { absolute: 1 },
      display: { digits: 0 },
      mistakes: (p, s) => [{ value: Math.round(Math.log(0.8) / Math.log(1 - s.loss)), explanation: 'That is the cycle life to 80 % without any spare metal; here the reservoir absorbs the losses first.' }],
    },
    solution: (p, s) => [
      `Loss per cycle: 1 − CE = ${formatNumber(s.loss, { significant: 3 })} of the cycled charge.`,
      `The reservoir, ${p.excessPercent / 100} cycled amounts, lasts ${formatNumber(p.excessPercent / 100, { significant: 3 })} / ${formatNumber(s.loss, { significant: 3 })} = ${fmt(s.exact)} cycles.`,
      `Full capacity is kept for ${formatNumber(s.answer, { digits: 0 })} whole cycles; after that the capacity falls each cycle.`,
      `Check: the test that measured this efficiency ran ${formatFact(F.hceCycles)} in a cell with plenty of metal, so it shows the efficiency, not that a lean cell would last that long.`,
    ],
    facts: [F.hceCE, F.hceCycles],
  }),
  'formulate-high-voltage': defineProblem({
    title: 'Formulate an electrolyte for a 4 V sodium-metal cell',
    kind: 'design',
    marks: 3,
    statement: () =>
      'You need an electrolyte for a sodium-metal anode against a layered-oxide cathode charged above 4 V, with aluminium current collectors. Choose the solvent family, the salt and its concentration, and one additive, and justify each choice with a mechanism from this chapter.',
    hint: 'Which solvent family survives the cathode? What turns its film on sodium inorganic? What keeps the aluminium from corroding?',
    solution: () => [
      'Solvent: a carbonate (or a solvent bound up in a concentrated electrolyte), because ethers oxidise below 4 V; carbonates alone, however, give a thick organic film on sodium.',
      'Salt: NaFSI at high concentration (or an LHCE with an inert fluorinated diluent). The anion then holds the lowest LUMO and builds an inorganic, anion-derived SEI; the bound solvent is harder to oxidise; and with no free solvent the Al–FSI surface film on the aluminium is not dissolved, so it passivates instead of corroding (Lee et al. 2020, ref. 107).',
      'Additive: a small dose of FEC, which is reduced before the solvent and raises the inorganic share (ref. 51), or K⁺ as a shield that never plates on sodium; keep the dose low, since the film thickens as the additive is consumed.',
      'Check the choices against each other: a dilute NaFSI electrolyte would corrode the aluminium; an ether would fail at the cathode; an additive alone would not protect the collector.',
    ],
    sources: [{ review: 'lee2020', ref: 107 }],
  }),
  'ktfsi-claim': defineProblem({
    title: 'Reading an "ultrahigh capacity" result',
    kind: 'critical-reading',
    marks: 2,
    statement: () =>
      `A symmetric Na‖Na cell with KTFSI additive "survived ${formatFact(F.ktfsiCycles)} at an ultrahigh capacity of ${formatFact(F.ktfsiCapacity)} and ${formatFact(F.ktfsiCurrent)}". A summary calls KTFSI "a solution for practical sodium anodes". What do the test conditions support, and what do they leave open?`,
    hint: 'Work out how long each cycle lasts and how much sodium a symmetric cell holds in reserve.',
    solution: () => [
      `Each half-cycle at ${formatFact(F.ktfsiCurrent)} to ${formatFact(F.ktfsiCapacity)} lasts ${formatNumber(F.ktfsiCapacity.value / F.ktfsiCurrent.value)} h, so the test covered of order ${formatNumber((2 * F.ktfsiCycles.value * F.ktfsiCapacity.value) / F.ktfsiCurrent.value)} h of plating and stripping: a demanding depth, but few cycles.`,
      'A symmetric cell has thick sodium on both sides, so lost sodium is replaced from a large reservoir; a stable voltage does not show a high Coulombic efficiency.',
      'The current density is moderate; the review asks for higher current and capacity, lean electrolyte and low N/P before a strategy is called practical.',
      'Check: the result supports "KTFSI stabilises deep plating over tens of cycles"; it does not show long life in a full cell with limited sodium.',
    ],
    facts: [F.ktfsiCycles, F.ktfsiCapacity, F.ktfsiCurrent],
  }),
});
