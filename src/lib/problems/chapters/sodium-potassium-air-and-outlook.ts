/**
 * Problems for chapter 11 (sodium-potassium-air-and-outlook). Numbers come from the physics
 * library (oxygen crossover, plating thickness, interfacial overpotential, cell reactions) and
 * from the chapter's facts.
 */
import { CELL_REACTIONS, FARADAY, interfacialOverpotential, oxygenCrossover, platingThickness, TYPICAL_O2_TRANSPORT as T } from '../../physics/index';
import { formatNumber } from '../../format/formatNumber';
import { formatFact } from '../../facts/formatFact';
import { sodiumPotassiumAirAndOutlookFacts as F } from '../../facts/sodiumPotassiumAirAndOutlook';
import { defineProblem, defineProblemSet } from '../defineProblems';

const fmt = (x: number, significant = 3) => formatNumber(x, { significant });

export const problems = defineProblemSet('sodium-potassium-air-and-outlook', {
  'sodium-foil-lifetime': defineProblem({
    title: 'How long does a sodium foil survive crossover?',
    kind: 'estimation',
    marks: 3,
    draw: { foil: [50, 100, 200], porosity: [0.3, 0.4, 0.5] },
    statement: (p) =>
      `A Na–O₂ cell in pure O₂ (1 atm) has a sodium foil ${p.foil} µm thick and a 25 µm separator of porosity ${p.porosity} and tortuosity 2. With chapter 8's O₂ transport values ($D = ${fmt(T.diffusivity_cm2_per_s * 1e5, 2)}\\times10^{-5}$ cm²/s, ${fmt(T.henry_M_per_atm * 1000, 2)} mM/atm) and sodium turning each arriving O₂ into NaO₂ (one electron), estimate in hours how long crossover alone would take to consume the whole foil.`,
    hint: 'Find the crossover current with one electron per O₂, convert the foil to mAh/cm² using how thick 1 mAh/cm² of sodium is, and divide.',
    numeric: {
      solve: (p) => {
        const r = oxygenCrossover({ diffusivity_cm2_per_s: T.diffusivity_cm2_per_s, henry_M_per_atm: T.henry_M_per_atm, pO2_atm: 1, thickness_um: 25, porosity: p.porosity, tortuosity: 2, product: 'superoxide' });
        const perMah = platingThickness('Na', 1);
        const capacity = p.foil / perMah;
        return { j: r.parasiticCurrent_mA_per_cm2, perMah, capacity, answer: capacity / r.parasiticCurrent_mA_per_cm2 };
      },
      unit: 'h',
      tolerance: { relative: 0.05 },
      display: { significant: 2 },
      mistakes: (p, s) => [
        { value: s.answer / 4, explanation: 'That uses 4 electrons per O₂ (oxide). Sodium here stops at the superoxide NaO₂: one electron, one Na atom per O₂.' },
      ],
    },
    solution: (p, s) => [
      `Crossover current with one electron per O₂: $j = FD\\varepsilon c/(\\tau L) = ${fmt(s.j)}$ mA/cm².`,
      `Dense sodium is ${fmt(s.perMah)} µm thick per mAh/cm², so the foil holds ${fmt(s.capacity)} mAh/cm².`,
      `Time: ${fmt(s.capacity)} / ${fmt(s.j)} = ${formatNumber(s.answer, { significant: 2 })} h.`,
      `Check: tens to hundreds of hours, the same range as the ${formatFact(F.tailoredNaHours)} the protected cell survived; an unprotected foil in pure O₂ is on a clock set by transport, and a NaF-rich film has to slow the last step by a large factor.`,
    ],
    facts: [F.tailoredNaHours],
  }),
  'film-overpotential': defineProblem({
    title: 'What an artificial SEI costs in voltage',
    kind: 'calculation',
    marks: 3,
    draw: { asr: [20, 50, 100, 200], j: [0.1, 0.2, 0.5, 1] },
    statement: (p) =>
      `An artificial SEI on a potassium anode adds an area-specific resistance of ${p.asr} Ω cm². The K–O₂ cell runs at ${p.j} mA/cm². What extra voltage (mV) does the film cost on one half-cycle, and what fraction of the cell's ${formatNumber(CELL_REACTIONS['K-O2'].voltage_V, { digits: 2 })} V is lost over a full discharge–charge cycle? Give the fraction in %.`,
    hint: '$\\eta = J\\times\\mathrm{ASR}$ in consistent units (A/cm² × Ω cm² = V); the film costs it on discharge and again on charge.',
    numeric: {
      solve: (p) => {
        const eta_V = interfacialOverpotential({ currentDensity: p.j * 10, areaSpecificResistance: p.asr * 1e-4 });
        return { eta_mV: eta_V * 1000, roundTrip_mV: 2 * eta_V * 1000, answer: (100 * 2 * eta_V) / CELL_REACTIONS['K-O2'].voltage_V };
      },
      unit: '%',
      tolerance: { relative: 0.03 },
      display: { significant: 2 },
      mistakes: (p, s) => [
        { value: s.answer / 2, explanation: 'That counts only one half-cycle; the film costs the same overpotential on discharge and on charge.' },
        { value: s.answer * 1000, explanation: 'Unit slip: mA × Ω gives mV, not V.' },
      ],
    },
    solution: (p, s) => [
      `One half-cycle: $\\eta = ${p.j}\\times10^{-3}$ A/cm² × ${p.asr} Ω cm² = ${fmt(s.eta_mV)} mV.`,
      `Discharge and charge: ${fmt(s.roundTrip_mV)} mV per cycle.`,
      `Fraction of ${formatNumber(CELL_REACTIONS['K-O2'].voltage_V, { digits: 2 })} V: ${formatNumber(s.answer, { significant: 2 })} %.`,
      'Check: a few per cent per film is tolerable in a K–O₂ cell, whose cathode overpotential is small, but it grows in proportion to current, so a film that is fine at low rate becomes the main loss at high rate.',
    ],
    facts: [],
  }),
  'na-o2-vs-li-o2-energy': defineProblem({
    title: 'Sodium against lithium on the product basis',
    kind: 'calculation',
    marks: 2,
    draw: { which: [1, 2] },
    statement: (p) =>
      `Using $w = nFE/(3.6M)$ on the mass of the discharge product, compute the theoretical specific energy (Wh/kg) of ${p.which === 1 ? 'Na–O₂ → NaO₂' : 'K–O₂ → KO₂'} (one electron, ${formatNumber(CELL_REACTIONS[p.which === 1 ? 'Na-O2' : 'K-O2'].voltage_V, { digits: 2 })} V).`,
    hint: 'Molar mass of the superoxide = metal + two oxygen atoms.',
    numeric: {
      solve: (p) => {
        const r = CELL_REACTIONS[p.which === 1 ? 'Na-O2' : 'K-O2'];
        const M = r.productMolarMass_g_per_mol;
        return { M, q: (FARADAY * r.electrons) / (3.6 * M), answer: (FARADAY * r.electrons * r.voltage_V) / (3.6 * M) };
      },
      unit: 'Wh/kg',
      tolerance: { relative: 0.02 },
      display: { significant: 3 },
      mistakes: (p, s) => [
        { value: s.answer * 2, explanation: 'Superoxides take one electron per formula unit, not two as Li₂O₂ does.' },
      ],
    },
    solution: (p, s) => [
      `Molar mass of the product: ${fmt(s.M, 4)} g/mol.`,
      `Charge per mass: $nF/(3.6M) = ${fmt(s.q)}$ mAh/g.`,
      `Times the voltage: ${fmt(s.answer)} Wh/kg.`,
      'Check: well below Li–O₂\'s value on Li₂O₂, because superoxides carry one electron per O₂ and the metals are heavier, matching the chapter\'s table.',
    ],
    facts: [],
  }),
  'hours-not-cycles': defineProblem({
    title: 'Hours against hours',
    kind: 'critical-reading',
    marks: 2,
    statement: () =>
      `Na–O₂ cells with FEC-treated sodium cycled for ${formatFact(F.tailoredNaHours)} in O₂, while untreated sodium short-circuited after ${formatFact(F.pristineNaShortHours)}. A news item reports "a new sodium anode lasts longer than any before it". Judge the claim from the test conditions.`,
    hint: 'Is the comparison with other work or with its own control? What would make 300 h long or short?',
    solution: () => [
      'The comparison is with the authors\' own untreated control, not with other anodes, so "longer than any before it" is not supported.',
      'The result is in hours; without the time per cycle, the capacity per cycle and the current, the number of plating/stripping cycles is unknown.',
      '"Over 300 hours" against 230 hours is a modest gain (well under a factor of two), and the test was in pure O₂, without the CO₂ and water of air.',
      'Check: the robust finding is qualitative: the NaF-rich film delayed the short circuit that ended the control cell.',
    ],
    facts: [F.tailoredNaHours, F.pristineNaShortHours],
    sources: [{ review: 'ge2024', ref: 160 }],
  }),
  'three-times-longer': defineProblem({
    title: 'Three times longer',
    kind: 'critical-reading',
    marks: 1,
    statement: () =>
      `The sulfur-doped graphene armour gave a K–O₂ cell ${formatFact(F.sGrapheneKCycles)}, three times the bare-potassium cell. What does the ratio tell you that the cycle count does not, and what is still missing?`,
    hint: 'A ratio against a control cancels some unknowns.',
    solution: () => [
      'The ratio compares two cells tested the same way, so the protocol (capacity per cycle, current, O₂ purity) largely cancels: the armour helped.',
      'The absolute count depends on that protocol, which the review does not give, so it cannot be set beside other K–O₂ results.',
      'Missing: the capacity per cycle, the current density, the potassium excess and the failure criterion.',
      'Check: quote it as "three times the bare-K control under the authors\' protocol".',
    ],
    facts: [F.sGrapheneKCycles],
    sources: [{ review: 'ge2024', ref: 73 }],
  }),
});
