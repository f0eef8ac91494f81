/**
 * Problems for chapter 14 (electrolyte-design-for-sodium). Thresholds from the physics library's
 * Nernst/SHES functions and element data; efficiencies and compositions from the chapter's facts.
 */
import { ELEMENTS, FARADAY, GAS_CONSTANT, LEE2020_TABLE2, nernstThreshold, shesThreshold, thermalVoltage, type ElementSymbol } from '../../physics/index';
import { formatNumber } from '../../format/formatNumber';
import { formatAuto } from '../../calculators/formatAuto';
import { formatFact } from '../../facts/formatFact';
import { electrolyteDesignForSodiumFacts as F } from '../../facts/electrolyteDesignForSodium';
import { defineProblem, defineProblemSet } from '../defineProblems';

/**
 * The shielding limit while the host is plating: the electrode then sits |η| below E°_host, so
 * the additive stays unreduced only below c* · exp(−nF|η|/RT). Built from the physics library's
 * nernstThreshold with the host potential lowered by the overpotential (η in V, either sign).
 * With η = 0 it equals shesThreshold.
 */
export function shesThresholdWhilePlating(o: { additive: ElementSymbol; host: 'Li' | 'Na'; overpotential_V: number; electrons?: number }): number {
  return nernstThreshold({
    additivePotential_V: ELEMENTS[o.additive].standardPotential_V,
    hostPotential_V: ELEMENTS[o.host].standardPotential_V - Math.abs(o.overpotential_V),
    electrons: o.electrons ?? ELEMENTS[o.additive].charge,
  });
}
/** The plating overpotential the chapter uses for this estimate: the hybrid cell's, in V. */
export const PLATING_OVERPOTENTIAL_V = F.hybridOverpotential.value / 1000;
/** The Li potential as the library holds it (four decimals, −3.0401 V). */
const LI_E0 = formatNumber(ELEMENTS.Li.standardPotential_V, { digits: 4 });

const fmt = (x: number, significant = 3) => formatNumber(x, { significant });
/** What Table 2 prints for a divalent ion against lithium (only Ba²⁺ gets a number). */
const PRINTED = (el: 'Ba' | 'Sr' | 'Ca') => {
  const v = LEE2020_TABLE2.vsLi[el];
  return typeof v === 'number' ? `the review prints ${formatNumber(v, { digits: 3 })} M` : `the review prints "too low" here; only Ba²⁺ gets a number, ${formatNumber(LEE2020_TABLE2.vsLi.Ba as number, { digits: 3 })} M`;
};
const ION = ['Rb', 'K'] as const;
const DIV = ['Ba', 'Sr', 'Ca'] as const;
const NAME: Record<string, string> = { Rb: 'Rb⁺', K: 'K⁺', Ba: 'Ba²⁺', Sr: 'Sr²⁺', Ca: 'Ca²⁺' };
const E0 = (el: keyof typeof ELEMENTS) => formatNumber(ELEMENTS[el].standardPotential_V, { digits: 3 });
/** The constants a student needs to reproduce a Nernst threshold within 3 %. */
const CONSTANTS = `T = 298.15 K, R = ${formatNumber(GAS_CONSTANT, { digits: 3 })} J/(mol K), F = ${formatNumber(FARADAY, { digits: 0 })} C/mol`;

export const problems = defineProblemSet('electrolyte-design-for-sodium', {
  'shes-threshold': defineProblem({
    title: 'The shielding limit of a monovalent cation on lithium',
    kind: 'calculation',
    marks: 2,
    draw: { ion: [0, 1] },
    statement: (p) =>
      `${NAME[ION[p.ion]]} (E° = ${formatNumber(ELEMENTS[ION[p.ion]].standardPotential_V, { digits: 3 })} V) is added to a lithium electrolyte (Li⁺/Li: ${formatNumber(ELEMENTS.Li.standardPotential_V, { digits: 3 })} V) as an electrostatic shield; the Li⁺ in the electrolyte is at 1 M. Up to what concentration, in mol/L, does it stay unplated at equilibrium (no plating overpotential)? Use E° vs SHE and ${CONSTANTS}.`,
    hint: 'Set E° + (RT/nF) ln c equal to the host’s E° and solve for c, with n = 1.',
    numeric: {
      solve: (p) => {
        const el = ION[p.ion];
        const gap = ELEMENTS.Li.standardPotential_V - ELEMENTS[el].standardPotential_V;
        const vt = thermalVoltage();
        const whilePlating = shesThresholdWhilePlating({ additive: el, host: 'Li', overpotential_V: PLATING_OVERPOTENTIAL_V });
        return { gap, vt, lnc: gap / vt, whilePlating, answer: shesThreshold({ additive: el, host: 'Li' }) };
      },
      unit: 'M',
      tolerance: { relative: 0.03 },
      display: { significant: 3 },
      mistakes: (p, s) => [{ value: Math.exp(-s.lnc), explanation: 'The sign is reversed: the additive must stay *below* the host potential, so the threshold is less than 1 M here.' }],
    },
    solution: (p, s) => [
      `Gap: $E^\\circ_\\mathrm{Li} - E^\\circ_\\mathrm{${ION[p.ion]}}$ = ${formatNumber(s.gap, { digits: 4 })} V (kept to four decimals, with the library's E°(Li) = ${LI_E0} V); $RT/F$ (the thermal voltage) = ${formatNumber(s.vt, { significant: 5 })} V.`,
      `$\\ln c^* = ${formatNumber(s.gap, { digits: 4 })}/${formatNumber(s.vt, { significant: 5 })} = ${formatNumber(s.lnc, { digits: 3 })}$.`,
      `$c^* = e^{${formatNumber(s.lnc, { digits: 3 })}}$ = ${formatNumber(s.answer, { significant: 3 })} M.`,
      `Caveat: this is the equilibrium limit. While lithium plates, the electrode lies an overpotential below E°(Li); with ${formatFact(F.hybridOverpotential)} (the value the review reports for sodium plating in a Li–Na hybrid cell, ref. 83) the limit falls by $e^{-|\\eta|F/RT}$ to ${formatNumber(s.whilePlating, { significant: 2 })} M, and the tips where the shield gathers hold more than the bulk concentration.`,
      `Check: the gap is ${formatNumber(Math.abs(s.gap) * 1000, { digits: 0 })} mV, about ${formatNumber(Math.abs(s.lnc), { digits: 1 })} thermal voltages, so $c^*$ is $e^{-${formatNumber(Math.abs(s.lnc), { digits: 1 })}}$ of 1 M: the larger the gap, the smaller the threshold (Cs⁺, only ${formatNumber((ELEMENTS.Cs.standardPotential_V - ELEMENTS.Li.standardPotential_V) * 1000, { digits: 0 })} mV above lithium, reaches ${formatNumber(shesThreshold({ additive: 'Cs', host: 'Li' }), { digits: 3 })} M). The review lists Cs⁺, Rb⁺ and K⁺ as lithium’s few candidates (Lee et al. 2020, ref. 80). All of this is on aqueous potentials${ION[p.ion] === 'K' ? '; in carbonate solvents K⁺/K lies close to, or slightly below, Li⁺/Li (Komaba et al. 2015, see chapter 1), so K⁺ might not plate on lithium at any concentration' : ''}.`,
    ],
    facts: [F.hybridOverpotential],
    sources: [{ review: 'lee2020', ref: 80 }],
  }),
  'divalent-correction': defineProblem({
    title: 'The charge number of a divalent shield',
    kind: 'calculation',
    marks: 3,
    draw: { ion: [0, 1, 2] },
    statement: (p) =>
      `The review's Table 2 treats every shielding cation as if it carried one charge (n = 1). For ${NAME[DIV[p.ion]]} on a lithium anode whose electrolyte holds Li⁺ at 1 M, compute the shielding threshold with the ion's real charge, n = 2, and give it in mol/L. Use E°(Li⁺/Li) = ${E0('Li')} V and E°(${NAME[DIV[p.ion]]}/${DIV[p.ion]}) = ${E0(DIV[p.ion])} V vs SHE, ${CONSTANTS}.`,
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
        { value: s.n1, explanation: 'That is the n = 1 value, the simplification Table 2 uses for every ion; a divalent ion takes two electrons, which halves RT/nF.' },
        { value: s.n1 / 2, explanation: 'Halving the threshold is not the correction: n multiplies the exponent, so the threshold is squared.' },
      ],
    },
    solution: (p, s) => [
      `With n = 1: $c^* = \\exp[F(E^\\circ_\\mathrm{Li} - E^\\circ)/RT]$ = ${fmt(s.n1)} M (${PRINTED(DIV[p.ion])}).`,
      'With n = 2 the exponent doubles: $c^*_{n=2} = (c^*_{n=1})^2$.',
      `Corrected threshold: ${formatAuto(s.answer, 3)} M.`,
      `Check: $(${fmt(s.n1)})^2$ = ${formatAuto(s.n1 * s.n1, 2)} M, that is ${fmt(s.answer * 1e6, 2)} µM, about 1/${fmt(F.csPf6Concentration.value / s.answer, 2)} of the ${formatFact(F.csPf6Concentration)} of CsPF₆ in the first shield, too dilute to build a useful shield. (The review also names only Cs⁺, Rb⁺ and K⁺ for lithium, but for a different reason, their strongly reductive nature; ref. 80.)`,
    ],
    facts: [F.csPf6Concentration],
    sources: [{ review: 'lee2020', ref: 80 }],
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
      `Check: the efficiency comes from a plating/stripping test over ${formatFact(F.hceCycles)} whose cell design the review does not give; a measured efficiency does not say how long a cell with limited spare sodium lasts, which is what this calculation estimates.`,
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
      'Solvent: a carbonate, or an ether only if it is tied up in a (localized) high-concentration electrolyte, which lowers its HOMO (Lee et al. 2020, §3.2); a dilute ether such as DME is commonly reported to oxidise at around 4 V vs Na⁺/Na (textbook), and carbonates alone give a thick organic film on sodium.',
      'Salt: NaFSI at high concentration (or an LHCE with an inert fluorinated diluent). The anion then holds the lowest LUMO and builds an inorganic, anion-derived SEI; the bound solvent is harder to oxidise; and with no free solvent the Al–FSI surface film on the aluminium is not dissolved, so it passivates instead of corroding (Lee et al. 2020, ref. 107).',
      'Additive: a small dose of FEC, which is reduced before the solvent and raises the inorganic share (ref. 51), or K⁺ as a shield that never plates on sodium (but note that the only electrolyte the review gives for the KTFSI work is an ether, 1 M NaOTf in TEGDME, for its Na‖Cu cells, so the review reports no test of it at 4 V or in a carbonate); keep the dose low, since the film thickens as the additive is consumed.',
      'Check the choices against each other: a dilute NaFSI electrolyte would corrode the aluminium; a *dilute* ether would fail at the cathode; an additive alone would not protect the collector.',
    ],
    facts: [F.ktfsiSaltConcentration],
    sources: [{ review: 'lee2020', ref: 107 }],
  }),
  'ktfsi-claim': defineProblem({
    title: 'Reading an "ultrahigh capacity" result',
    kind: 'critical-reading',
    marks: 2,
    statement: () =>
      `Lee et al. (2020), on ref. 72, credit a symmetric Na‖Na cell with KTFSI additive with "a long cycle life": plating and stripping at ${formatFact(F.ktfsiCapacity)} (an "ultrahigh capacity" in the review's words) and ${formatFact(F.ktfsiCurrent)}, for ${formatFact(F.ktfsiCycles)}. A summary calls KTFSI "a solution for practical sodium anodes". What do the test conditions support, and what do they leave open?`,
    hint: 'Work out how long each cycle lasts and how much sodium a symmetric cell holds in reserve.',
    solution: () => [
      `Each half-cycle at ${formatFact(F.ktfsiCurrent)} to ${formatFact(F.ktfsiCapacity)} lasts ${formatNumber(F.ktfsiCapacity.value / F.ktfsiCurrent.value)} h, so the test covered of order ${formatNumber((2 * F.ktfsiCycles.value * F.ktfsiCapacity.value) / F.ktfsiCurrent.value)} h of plating and stripping: a demanding depth, but few cycles.`,
      'A symmetric cell has thick sodium on both sides, so lost sodium is replaced from a large reservoir; a stable voltage does not show a high Coulombic efficiency.',
      `The review asks for symmetric-cell data above ${formatFact(F.realisticCurrent).replace(/^>\s*/, '')} and ${formatFact(F.realisticCapacity).replace(/^>\s*/, '')}, then tests at a low negative-to-positive capacity ratio (N/P) and with little electrolyte (a low E/S ratio): this test meets the capacity benchmark but not the current, and its roughly ${formatNumber((2 * F.ktfsiCycles.value * F.ktfsiCapacity.value) / F.ktfsiCurrent.value)} h is in the short-term range (${formatFact(F.typicalTestLength)}) that the review says most papers stop at.`,
      'Check: the result supports "KTFSI stabilises deep plating over tens of cycles"; "long cycle life" overstates about 40 cycles, and it does not show long life in a full cell with limited sodium. (The KTFSI work used an ether base, 1 M NaOTf–TEGDME, in its Na‖Cu tests; the review does not state the symmetric cell\'s electrolyte.)',
    ],
    facts: [F.ktfsiCycles, F.ktfsiCapacity, F.ktfsiCurrent, F.realisticCurrent, F.realisticCapacity, F.typicalTestLength],
  }),
});
