/**
 * Problems for chapter 1 (why-alkali-metal-anodes). Capacities, molar masses and theoretical
 * specific energies come from the physics library; graphite's capacity from LiC₆ stoichiometry;
 * cell-level figures from the chapter's facts. Drawn cathode capacities, voltages and ranges are
 * the problem's own assumptions, stated in each statement.
 */
import { ELEMENTS, FARADAY, specificCapacity, theoreticalSpecificEnergy } from '../../physics/index';
import { formatNumber } from '../../format/formatNumber';
import { formatFact } from '../../facts/formatFact';
import { whyAlkaliMetalAnodesFacts as F } from '../../facts/whyAlkaliMetalAnodes';
import { GRAPHITE_CAPACITY_mAh_per_g as qG } from '../../../../components/figures/graphiteCapacity';
import { defineProblem, defineProblemSet } from '../defineProblems';

const fmt = (x: number, significant = 3) => formatNumber(x, { significant });
const METALS = ['Li', 'Na', 'K'] as const;
/** Electrode-pair capacity, mAh/g of anode + cathode: the two masses add, so the inverses add. */
const pair = (qa: number, qc: number) => 1 / (1 / qa + 1 / qc);

export const problems = defineProblemSet('why-alkali-metal-anodes', {
  'metal-capacity': defineProblem({
    title: 'The specific capacity of a metal anode',
    kind: 'calculation',
    marks: 2,
    draw: { metal: [0, 1, 2] },
    statement: (p) =>
      `Compute the theoretical specific capacity, in mAh/g, of ${['lithium', 'sodium', 'potassium'][p.metal]} metal used as an anode, from its molar mass (${formatNumber(ELEMENTS[METALS[p.metal]].molarMass_g_per_mol, { digits: 3 })} g/mol) and the Faraday constant.`,
    hint: 'Each atom gives one electron. Find the charge per gram in coulombs, then remember that 1 mAh is 3.6 C.',
    numeric: {
      solve: (p) => {
        const m = METALS[p.metal];
        const M = ELEMENTS[m].molarMass_g_per_mol;
        const perGram = FARADAY / M;
        return { M, perGram, answer: specificCapacity(m) };
      },
      unit: 'mAh/g',
      tolerance: { relative: 0.01 },
      display: { digits: 0 },
      mistakes: (p, s) => [
        { value: s.perGram, explanation: 'That is coulombs per gram; divide by 3.6 C per mAh to get mAh/g.' },
        { value: s.perGram / 3600, explanation: 'Dividing by 3600 gives Ah/g, not mAh/g: one mAh is 3.6 C, not 3600 C.' },
      ],
    },
    solution: (p, s) => [
      `One mole of metal (${formatNumber(s.M, { digits: 3 })} g) releases one mole of electrons, $F = ${formatNumber(FARADAY)}$ C.`,
      `Per gram: $F/M = ${fmt(s.perGram, 4)}$ C/g.`,
      `Divide by 3.6 C per mAh: $Q = ${formatNumber(s.answer)}$ mAh/g.`,
      `Check: graphite stores about ${formatNumber(qG)} mAh/g, so the metal is ${formatNumber(s.answer / qG, { digits: 1 })} times better per gram; the ratio of capacities between two metals is the inverse ratio of their molar masses.`,
    ],
  }),
  'electrode-pair': defineProblem({
    title: 'Why a tenfold better anode is not a tenfold better cell',
    kind: 'calculation',
    marks: 3,
    draw: { qc: [150, 180, 200, 220, 250] },
    statement: (p) =>
      `A cathode stores ${p.qc} mAh/g (an assumption typical of layered oxides). Pair it first with graphite (${formatNumber(qG)} mAh/g) and then with lithium metal (${formatNumber(specificCapacity('Li'))} mAh/g), each anode holding exactly the cathode's charge (for lithium metal this means a foil of spare lithium equal to the charge the lithiated cathode already holds: an N/P ratio of 1, where N/P is the capacity of the negative electrode, the foil, over that of the positive one). By what percentage does the capacity per gram of anode plus cathode rise when graphite is replaced by lithium?`,
    hint: 'For the same charge Q, the anode weighs Q/q_a and the cathode Q/q_c. The pair therefore stores 1/(1/q_a + 1/q_c) per gram.',
    numeric: {
      solve: (p) => {
        const withG = pair(qG, p.qc);
        const withLi = pair(specificCapacity('Li'), p.qc);
        return { withG, withLi, answer: 100 * (withLi / withG - 1) };
      },
      unit: '%',
      tolerance: { relative: 0.03 },
      display: { digits: 0 },
      mistakes: (p, s) => [
        { value: 100 * (specificCapacity('Li') / qG - 1), explanation: 'That is the gain of the anode alone; the cathode mass is unchanged, so the pair gains far less.' },
      ],
    },
    solution: (p, s) => [
      'For a charge $Q$ the anode weighs $Q/q_a$ and the cathode $Q/q_c$, so the pair stores $q = 1/(1/q_a + 1/q_c)$ per gram.',
      `With graphite: $q = 1/(1/${formatNumber(qG)} + 1/${p.qc}) = ${fmt(s.withG)}$ mAh/g.`,
      `With lithium: $q = 1/(1/${formatNumber(specificCapacity('Li'))} + 1/${p.qc}) = ${fmt(s.withLi)}$ mAh/g.`,
      `The gain is ${formatNumber(s.answer)} %.`,
      `Check: the pair can never beat the cathode alone (${p.qc} mAh/g), and with lithium it comes close to it; the cathode is now the bottleneck, which is why the chapter looks to sulfur and oxygen. An anode-free cell, with no spare lithium at all, would reach the cathode's own ${p.qc} mAh/g, a gain of ${formatNumber(100 * (p.qc / s.withG - 1))} %: the answer above depends on the assumed N/P ratio.`,
    ],
  }),
  'lithium-per-kwh': defineProblem({
    title: 'How much lithium metal does a kilowatt-hour need?',
    kind: 'calculation',
    marks: 2,
    draw: { volts: [3.6, 3.7, 3.8, 3.9] },
    statement: (p) =>
      `A lithium-metal cell discharges at an average ${p.volts} V. What mass of lithium, in grams, must be stripped to deliver 1 kWh, if every stripped atom counts (no excess)?`,
    hint: 'Energy = charge × voltage, so the charge is 1000 Wh divided by the voltage. Then use lithium’s specific capacity.',
    numeric: {
      solve: (p) => {
        const ah = 1000 / p.volts;
        const q = specificCapacity('Li');
        return { ah, q, answer: (ah * 1000) / q };
      },
      unit: 'g',
      tolerance: { relative: 0.02 },
      display: { digits: 0 },
      mistakes: (p, s) => [{ value: (s.ah * 1000) / qG, explanation: 'That uses graphite’s capacity: it is the mass of carbon a graphite anode would need, not of lithium.' }],
    },
    solution: (p, s) => [
      `Charge: $1000\\ \\mathrm{Wh} / ${p.volts}\\ \\mathrm{V} = ${fmt(s.ah)}$ Ah $= ${fmt(s.ah * 1000)}$ mAh.`,
      `Lithium stores ${formatNumber(s.q)} mAh/g.`,
      `Mass: $${fmt(s.ah * 1000)} / ${formatNumber(s.q)} = ${formatNumber(s.answer)}$ g.`,
      `Check: a graphite anode would need ${formatNumber((s.ah * 1000) / qG)} g of carbon for the same charge, about ten times as much, as the capacity ratio says. Real cells add excess metal, so they carry more lithium than this.`,
    ],
  }),
  'range-estimate': defineProblem({
    title: 'What would doubling the specific energy do to a car’s range?',
    kind: 'estimation',
    marks: 2,
    draw: { range: [300, 350, 400, 450] },
    statement: (p) =>
      `An electric car with cells of ${formatFact(F.liIonCommercial)} (a commercial cell in 2019) drives ${p.range} km on a charge. Estimate its range with cells at the ${formatFact(F.nextGenTarget)} that metal–sulfur and metal–oxygen cells aim for, if the battery keeps its mass. Then name two things the estimate ignores.`,
    hint: 'At fixed mass, the energy on board scales with the cell’s specific energy; assume the consumption per km does not change.',
    numeric: {
      solve: (p) => ({ factor: F.nextGenTarget.value / F.liIonCommercial.value, answer: (p.range * F.nextGenTarget.value) / F.liIonCommercial.value }),
      unit: 'km',
      tolerance: { relative: 0.05 },
      display: { digits: 0 },
    },
    solution: (p, s) => [
      `Energy on board scales with specific energy at fixed mass: the factor is ${F.nextGenTarget.value}/${F.liIonCommercial.value} = ${formatNumber(s.factor, { digits: 1 })}.`,
      `If consumption per km stays the same, the range becomes ${p.range} × ${formatNumber(s.factor, { digits: 1 })} = ${formatNumber(s.answer)} km.`,
      'The estimate ignores that a pack weighs more than its cells (housing, cooling, wiring), and that cells with a metal anode may need pressure plates or more cooling; it also assumes the new cells last as long and deliver the power the car needs.',
      `Check: read as a cell-level value (as this chapter reads the review's target), it compares like with like with a cell-level ${formatFact(F.liIonCommercial)}; comparing it with a theoretical reaction energy would not.`,
    ],
    facts: [F.liIonCommercial, F.nextGenTarget],
  }),
  'ten-times-claim': defineProblem({
    title: 'Reading a "ten times lithium-ion" claim',
    kind: 'critical-reading',
    marks: 2,
    statement: () =>
      `A news story says a lithium–oxygen battery "stores ${formatFact(F.liO2Theoretical)}, more than ten times a lithium-ion cell". Using this chapter, judge what the number is, what it was divided by, and what a fair comparison would be.`,
    hint: 'Is the number a cell-level value or a reaction value? What mass is in the denominator?',
    solution: () => [
      `${formatFact(F.liO2Theoretical)} is a theoretical specific energy of the reaction that forms Li₂O₂: charge × voltage divided by the mass of the reacting materials only (our library gives ${formatNumber(theoreticalSpecificEnergy('Li-O2'))} Wh/kg on the mass of Li₂O₂).`,
      'A cell also carries electrolyte, separator, current collectors, packaging, excess lithium and, for oxygen, a porous cathode and gas handling; none of these stores charge.',
      `The fair comparison is cell against cell: ${formatFact(F.liIonCommercial)} for commercial lithium-ion cells when the review was written (2019) against a metal–oxygen or metal–sulfur target of about ${formatFact(F.nextGenTarget)}, a factor of about two, not ten.`,
      'Check: the story compares a reaction value with a cell value, and does not say which mass it divided by; both make the factor look larger than any real cell would deliver.',
    ],
    facts: [F.liO2Theoretical, F.liIonCommercial, F.nextGenTarget],
  }),
});
