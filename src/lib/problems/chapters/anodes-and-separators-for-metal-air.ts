/**
 * Problems for chapter 10 (anodes-and-separators-for-metal-air). Numbers come from the physics
 * library (thermal voltage, oxygen crossover, specific capacity) and from the chapter's facts.
 */
import {
  criticalCurrentDensity,
  criticalCurrentDensityParameters as CCD,
  oxygenCrossover,
  specificCapacity,
  thermalVoltage,
  TYPICAL_O2_TRANSPORT as T,
} from '../../physics/index';
import { formatNumber } from '../../format/formatNumber';
import { formatFact } from '../../facts/formatFact';
import { anodesAndSeparatorsForMetalAirFacts as F } from '../../facts/anodesAndSeparatorsForMetalAir';
import { defineProblem, defineProblemSet } from '../defineProblems';

const fmt = (x: number, significant = 3) => formatNumber(x, { significant });

export const problems = defineProblemSet('anodes-and-separators-for-metal-air', {
  'boltzmann-barrier': defineProblem({
    title: 'How much rarer is crossing the higher barrier?',
    kind: 'calculation',
    marks: 3,
    draw: { tempC: [0, 25, 45, 60] },
    statement: (p) =>
      `DFT puts the barrier that a Li₂CO₃ coating sets against N₂ and O₂ (the review speaks of adsorption) between ${formatFact(F.carbonateBarrierLow)} and ${formatFact(F.carbonateBarrierHigh)}. At ${p.tempC} °C, by how many orders of magnitude (log₁₀ of the ratio) is the Boltzmann factor for the lower barrier larger than for the higher one?`,
    hint: 'Compute $k_\\mathrm{B}T$ in eV at this temperature; the ratio of the two factors is $\\exp(\\Delta E/k_\\mathrm{B}T)$, and log₁₀ of it is $\\Delta E/(k_\\mathrm{B}T\\ln 10)$.',
    numeric: {
      solve: (p) => {
        const kT = thermalVoltage(p.tempC + 273.15);
        const dE = F.carbonateBarrierHigh.value - F.carbonateBarrierLow.value;
        // A second temperature for the Check: 25 °C, or 0 °C when the drawn temperature is 25 °C.
        const refC = p.tempC === 25 ? 0 : 25;
        return { kT, dE, refC, atRef: dE / (thermalVoltage(refC + 273.15) * Math.LN10), answer: dE / (kT * Math.LN10) };
      },
      unit: 'orders of magnitude',
      tolerance: { relative: 0.03 },
      display: { significant: 3 },
      mistakes: (p, s) => [
        { value: s.dE / s.kT, explanation: 'That is the natural logarithm of the ratio; divide by ln 10 ≈ 2.303 for orders of magnitude (base 10).' },
      ],
    },
    solution: (p, s) => [
      `Thermal energy: $k_\\mathrm{B}T = ${fmt(s.kT * 1000)}$ meV at ${p.tempC} °C (T = ${fmt(p.tempC + 273.15, 5)} K).`,
      `Barrier difference: ${fmt(s.dE, 2)} eV, i.e. ${fmt(s.dE / s.kT)} times $k_\\mathrm{B}T$; the factors differ by $e^{${fmt(s.dE / s.kT)}}$.`,
      `In base 10: ${fmt(s.dE / s.kT)} / 2.303 = ${fmt(s.answer)} orders of magnitude.`,
      'Dozens of orders of magnitude from a 2 eV spread show how sensitive such estimates are: a DFT error of a few tenths of an eV already moves the answer by several orders, so the range says "very rare", not a rate.',
      `Check: the answer scales as 1/T. At ${s.refC} °C the same spread gives ${fmt(s.atRef)}, and ${fmt(s.atRef)} × ${fmt(s.refC + 273.15, 5)} / ${fmt(p.tempC + 273.15, 5)} = ${fmt((s.atRef * (s.refC + 273.15)) / (p.tempC + 273.15))}, the value found here; ${p.tempC < s.refC ? 'the colder cell widens the gap' : 'the warmer cell narrows the gap'}, as it should.`,
    ],
    facts: [F.carbonateBarrierLow, F.carbonateBarrierHigh],
  }),
  'cycles-to-hours': defineProblem({
    title: 'Cycles into hours',
    kind: 'calculation',
    marks: 2,
    draw: { capacity: [500, 1000, 2000], current: [200, 500, 1000, 4000], cycles: [50, 100, 200] },
    statement: (p) =>
      `A Li–O₂ test is capacity-limited to ${p.capacity} mAh/g (per gram of cathode carbon) at ${p.current} mA/g, for ${p.cycles} cycles. Charge takes as long as discharge; there are no rests. How many hours did the test last?`,
    hint: 'The time per half-cycle is capacity ÷ current; the grams cancel.',
    numeric: {
      solve: (p) => {
        const half = p.capacity / p.current;
        return { half, cycle: 2 * half, answer: 2 * half * p.cycles };
      },
      unit: 'h',
      tolerance: { relative: 0.02 },
      display: { significant: 3 },
      mistakes: (p, s) => [
        { value: s.answer / 2, explanation: 'A cycle is a discharge and a charge: count both halves.' },
      ],
    },
    solution: (p, s) => [
      `Half-cycle: ${p.capacity} / ${p.current} = ${fmt(s.half)} h.`,
      `Full cycle: ${fmt(s.cycle)} h.`,
      `Test: ${p.cycles} × ${fmt(s.cycle)} = ${fmt(s.answer)} h.`,
      'Corrosion by crossover runs on the clock, not on the cycle counter, so a fast test with many short cycles flatters an anode; compare tests in hours as well as cycles.',
      `Check: (mAh/g) ÷ (mA/g) = h, so the units are right, and ${p.cycles} cycles × 2 × ${fmt(s.half)} h = ${fmt(s.answer)} h.`,
    ],
    facts: [],
  }),
  'separator-design': defineProblem({
    title: 'Design a separator against oxygen crossover',
    kind: 'design',
    marks: 3,
    draw: { thickness: [20, 25, 40], target: [0.01, 0.02, 0.05] },
    statement: (p) =>
      `You must keep O₂ crossover in a Li–O₂ cell (1 atm O₂, O₂ reduced to Li₂O at the anode; $D = ${fmt(T.diffusivity_cm2_per_s * 1e5, 2)}\\times10^{-5}$ cm²/s, ${fmt(T.henry_M_per_atm * 1000, 2)} mM/atm) below ${p.target} mA/cm² with a separator ${p.thickness} µm thick. What is the largest effective openness ε/τ the separator may have? Then say what kind of membrane could meet it.`,
    hint: 'Compute the current with ε/τ = 1 for this thickness, then scale: the current is proportional to ε/τ.',
    numeric: {
      solve: (p) => {
        const open = oxygenCrossover({ diffusivity_cm2_per_s: T.diffusivity_cm2_per_s, henry_M_per_atm: T.henry_M_per_atm, pO2_atm: 1, thickness_um: p.thickness });
        const answer = p.target / open.parasiticCurrent_mA_per_cm2;
        // Salt-diffusion limiting current through the same pores (library's typical 1 M salt), mA/cm².
        const jLim = criticalCurrentDensity({ diffusivity: CCD.diffusivity.default * answer, concentration: CCD.concentration.default, cationTransference: CCD.cationTransference.default, gap: p.thickness * 1e-6 }) / 10;
        return { jOpen: open.parasiticCurrent_mA_per_cm2, jLim, answer };
      },
      unit: '',
      tolerance: { relative: 0.03 },
      display: { significant: 2 },
      mistakes: (p, s) => [
        { value: s.answer * 2, explanation: 'That uses 2 electrons per O₂ (Li₂O₂); the problem takes the product to be Li₂O, 4 electrons.' },
      ],
    },
    solution: (p, s) => [
      `With no separator (ε/τ = 1), the crossover through ${p.thickness} µm is ${fmt(s.jOpen)} mA/cm².`,
      `The current scales with ε/τ, so the limit is ε/τ ≤ ${p.target} / ${fmt(s.jOpen)} = ${formatNumber(s.answer, { significant: 2 })}.`,
      `A porous polyolefin (ε/τ of order 0.1) is far too open. A liquid-filled pore network could in principle be made this closed, but Li⁺ moves through the same liquid as the dissolved O₂, so the film's ionic conductance and the current it can carry would fall by the same factor (about ${formatNumber(0.1 / s.answer, { significant: 2 })}-fold from ε/τ = 0.1). With a typical 1 M salt ($D_\\mathrm{salt}$ = ${formatNumber(CCD.diffusivity.default * 1e10, { significant: 1 })}×10⁻¹⁰ m²/s, t₊ = ${CCD.cationTransference.default}), the salt-diffusion limit through such a film, $2Fc\\,D_\\mathrm{salt}(\\varepsilon/\\tau)/((1-t_+)L)$, is only ${formatNumber(s.jLim, { significant: 2 })} mA/cm², about ${formatNumber(s.jLim / p.target, { significant: 2 })} times your crossover target whatever the thickness: a porous film cannot hold back O₂ more than it holds back Li⁺.`,
      'What could work is a dense membrane whose own material passes Li⁺ far more readily than O₂; the review shows the poreless PU separator blocking gas and water permeation, but gives no O₂ transport figures for it. Making any membrane thicker helps only linearly, and raises its resistance too.',
      `Check: ${fmt(s.jOpen)} mA/cm² × ${formatNumber(s.answer, { significant: 2 })} ≈ ${p.target} mA/cm², the target; and since j ∝ 1/L, a membrane twice as thick could be twice as open.`,
    ],
    facts: [],
    sources: [{ review: 'ge2024', ref: 54 }],
  }),
  'dcdms-200-cycles': defineProblem({
    title: 'Over 200 cycles of what?',
    kind: 'critical-reading',
    marks: 2,
    statement: () =>
      `The review says lithium–air cells with a DCDMS-derived protective layer showed high Coulombic efficiency and a lifespan of ${formatFact(F.dcdmsCycles)}, citing a figure captioned "cycling performance of the symmetric Li batteries in O₂". What exactly has been shown, and what has not?`,
    hint: 'Which parts of a Li–O₂ cell are absent from a Li‖Li symmetric cell in O₂?',
    solution: () => [
      'A symmetric Li‖Li cell in O₂ cycles the protected lithium against dissolved O₂ only: it shows the layer survives plating and stripping with oxygen present.',
      'It has no air cathode, so no superoxide or singlet oxygen from discharge, no Li₂O₂ to charge, no mediator shuttle and no high charging voltage; its "Coulombic efficiency" is not that of a Li–O₂ cell.',
      'The text calls it a lithium–air cell, the caption a symmetric cell; until the original paper is checked, the number is an anode-level result.',
      'Check: the six questions of the "How to read a metal–air paper" box (chapter 9) catch this under "symmetric or full cell".',
    ],
    facts: [F.dcdmsCycles],
    sources: [{ review: 'ge2024', ref: 133 }],
  }),
  'bp-li-capacity': defineProblem({
    title: 'Per gram of what?',
    kind: 'critical-reading',
    marks: 1,
    statement: () =>
      `A student notes that the Bp-Li cell delivered ${formatFact(F.bpLiCapacity)}, "about half of lithium metal's ${formatNumber(specificCapacity('Li'), { significant: 4 })} mAh/g", and concludes that the liquid anode halves the cell's capacity. What is wrong with the comparison?`,
    hint: 'Per gram of what?',
    solution: () => [
      'The review does not say which mass the 2,000 mAh/g is counted on; in Li–O₂ work such numbers are usually per gram of cathode carbon and usually set by a capacity limit chosen by the authors.',
      'Lithium\'s figure is the theoretical charge per gram of lithium metal, an anode property.',
      'The two numbers have different denominators and one is probably a protocol setting, so their ratio means nothing; the anode\'s own capacity would need the mass of Bp-Li solution per charge stored.',
      'Check: if, as usual, the test was capacity-limited, the 2,000 mAh/g is a setting the authors chose, not a maximum capacity measured on anything.',
    ],
    facts: [F.bpLiCapacity],
    sources: [{ review: 'ge2024', ref: 148 }],
  }),
});
