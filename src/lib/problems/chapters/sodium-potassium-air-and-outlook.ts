/**
 * Problems for chapter 11 (sodium-potassium-air-and-outlook). Numbers come from the physics
 * library (oxygen crossover, plating thickness, interfacial overpotential, cell reactions) and
 * from the chapter's facts.
 */
import { CELL_REACTIONS, FARADAY, interfacialOverpotential, theoreticalSpecificEnergy, oxygenCrossover, platingThickness, TYPICAL_O2_TRANSPORT as T } from '../../physics/index';
import { formatNumber } from '../../format/formatNumber';
import { formatFact } from '../../facts/formatFact';
import { sodiumPotassiumAirAndOutlookFacts as F } from '../../facts/sodiumPotassiumAirAndOutlook';
import { artificialSeiAndSodiumFullCellsFacts as L } from '../../facts/artificialSeiAndSodiumFullCells';
import { defineProblem, defineProblemSet } from '../defineProblems';

const fmt = (x: number, significant = 3) => formatNumber(x, { significant });

const FOILS_UM = [50, 100, 200];
const POROSITIES = [0.3, 0.4, 0.5];
/** Hours for O₂ crossover (1 atm, 25 µm separator, tortuosity 2, NaO₂) to consume a sodium foil. */
function foilHours(foil_um: number, porosity: number) {
  const r = oxygenCrossover({ diffusivity_cm2_per_s: T.diffusivity_cm2_per_s, henry_M_per_atm: T.henry_M_per_atm, pO2_atm: 1, thickness_um: 25, porosity, tortuosity: 2, product: 'superoxide' });
  const perMah = platingThickness('Na', 1);
  const capacity = foil_um / perMah;
  return { j: r.parasiticCurrent_mA_per_cm2, perMah, capacity, answer: capacity / r.parasiticCurrent_mA_per_cm2 };
}
const foilRange = (() => {
  const all = FOILS_UM.flatMap((f) => POROSITIES.map((e) => foilHours(f, e).answer));
  return { min: Math.min(...all), max: Math.max(...all) };
})();

const ASRS = [20, 50, 100, 200];
const CURRENTS = [0.1, 0.2, 0.5, 1];
/** Round-trip loss (% of the K–O₂ voltage) of a film of ASR Ω cm² at j mA/cm². */
const filmLossPercent = (asr: number, j: number) =>
  (100 * 2 * interfacialOverpotential({ currentDensity: j * 10, areaSpecificResistance: asr * 1e-4 })) / CELL_REACTIONS['K-O2'].voltage_V;

export const problems = defineProblemSet('sodium-potassium-air-and-outlook', {
  'sodium-foil-lifetime': defineProblem({
    title: 'How long does a sodium foil survive crossover?',
    kind: 'estimation',
    marks: 3,
    draw: { foil: FOILS_UM, porosity: POROSITIES },
    statement: (p) =>
      `A Na–O₂ cell in pure O₂ (1 atm) has a sodium foil ${p.foil} µm thick and a 25 µm separator of porosity ${p.porosity} and tortuosity 2. With chapter 8's O₂ transport values ($D = ${fmt(T.diffusivity_cm2_per_s * 1e5, 2)}\\times10^{-5}$ cm²/s, ${fmt(T.henry_M_per_atm * 1000, 2)} mM/atm) and sodium turning each arriving O₂ into NaO₂ (one electron), estimate in hours how long crossover alone would take to consume the whole foil.`,
    hint: 'Find the crossover current with one electron per O₂, convert the foil to mAh/cm² using how thick 1 mAh/cm² of sodium is, and divide.',
    numeric: {
      solve: (p) => foilHours(p.foil, p.porosity),
      unit: 'h',
      tolerance: { relative: 0.05 },
      display: { significant: 2 },
      mistakes: (p, s) => [
        { value: s.answer / 4, explanation: 'That uses 4 electrons per O₂ (oxide). The problem assumes NaO₂ (one electron, one Na atom per O₂); the oxide case is excluded by the statement.' },
      ],
    },
    solution: (p, s) => [
      `Crossover current with one electron per O₂: $j = FD\\varepsilon c/(\\tau L) = ${fmt(s.j)}$ mA/cm².`,
      `Dense sodium is ${fmt(s.perMah)} µm thick per mAh/cm², so the foil holds ${fmt(s.capacity)} mAh/cm².`,
      `Time: ${fmt(s.capacity)} / ${fmt(s.j)} = ${formatNumber(s.answer, { significant: 2 })} h.`,
      `Check: the estimate (${formatNumber(foilRange.min, { significant: 2 })}–${formatNumber(foilRange.max, { significant: 2 })} h across the foils and separators of this problem) is far shorter than the ${formatFact(F.pristineNaShortHours)} after which the bare-sodium control of ref. 160 short-circuited, here by a factor of about ${formatNumber(F.pristineNaShortHours.value / s.answer, { significant: 2 })}. The model is an upper bound on the O₂ flux (it assumes every O₂ molecule reaching the foil is consumed there and none at the cathode), but the one-electron product is the low end for the metal used per O₂: as in the potassium worked example, bulk sodium could reduce the superoxide further to Na₂O₂ or Na₂O, and the foil would then last 2–4 times less (about ${formatNumber(s.answer / 4, { significant: 2 })}–${formatNumber(s.answer / 2, { significant: 2 })} h here), which only widens the gap to the control. Superoxide crossing over and reduction of the solvent would add to the loss. A real surface film, even a poor native one, greatly slows the reaction of arriving O₂ with the metal, and the NaF-rich film slows it further. The separator matters too: the time scales with its thickness, and lab Na–O₂ cells often use glass-fibre separators many times thicker than 25 µm, which alone would stretch the estimate in proportion. The foil acts the same way: the time grows with the sodium thickness, and sodium foils in lab cells are commonly several hundred µm thick, more than this problem assumes. The review states neither the separator nor the foil of ref. 160, so the data cannot say which effect dominates. Note also what the ${formatFact(F.pristineNaShortHours)} measures: a time to short circuit, not to running out of metal, so it shows only that the foil had not been used up by then.`,
    ],
    facts: [F.pristineNaShortHours],
  }),
  'film-overpotential': defineProblem({
    title: 'What an artificial SEI costs in voltage',
    kind: 'calculation',
    marks: 3,
    draw: { asr: ASRS, j: CURRENTS },
    statement: (p) =>
      `An artificial SEI on a potassium anode adds an area-specific resistance of ${p.asr} Ω cm². The K–O₂ cell runs at ${p.j} mA/cm². What fraction of the cell's ${formatNumber(CELL_REACTIONS['K-O2'].voltage_V, { digits: 2 })} V does the film cost over a full discharge–charge cycle? Find the extra voltage (mV) on one half-cycle on the way, and give the fraction in %.`,
    hint: '$\\eta = J\\times\\mathrm{ASR}$ in consistent units (A/cm² × Ω cm² = V); the film costs it on discharge and again on charge.',
    numeric: {
      solve: (p) => {
        const eta_V = interfacialOverpotential({ currentDensity: p.j * 10, areaSpecificResistance: p.asr * 1e-4 });
        return { eta_mV: eta_V * 1000, roundTrip_mV: 2 * eta_V * 1000, answer: filmLossPercent(p.asr, p.j) };
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
      `Check: the loss is proportional to J × ASR. Here that gives ${formatNumber(s.answer, { significant: 2 })} %; over this problem's films and currents it runs from ${formatNumber(filmLossPercent(Math.min(...ASRS), Math.min(...CURRENTS)), { significant: 2 })} % (${Math.min(...ASRS)} Ω cm² at ${Math.min(...CURRENTS)} mA/cm²) to ${formatNumber(filmLossPercent(Math.max(...ASRS), Math.max(...CURRENTS)), { significant: 2 })} % (${Math.max(...ASRS)} Ω cm² at ${Math.max(...CURRENTS)} mA/cm²). A film that costs little at low rate can become the main loss at high rate, even in a K–O₂ cell whose cathode overpotential is small.`,
    ],
    facts: [],
  }),
  'na-o2-vs-li-o2-energy': defineProblem({
    title: 'Superoxide cells on the product basis',
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
      `Check: well below Li–O₂'s ${formatNumber(theoreticalSpecificEnergy('Li-O2'), { significant: 3 })} Wh/kg on Li₂O₂, because the metals are heavier and superoxides carry one electron per O₂, matching the chapter's table.`,
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
      `"Over 300 hours" is a lower bound: the review does not say whether the treated cell failed or the test simply stopped, so the gain is at least 30 % but its size is unknown. The review calls them Na–O₂ batteries run in O₂ (most such tests used pure O₂), without the CO₂ and water of air; but the hours and the short-circuit failure suggest a symmetric Na‖Na test in O₂, and Lee et al. report full-cell cycling for only ${formatFact(L.fecNaCycles)} for the same paper (chapter 15), so the cell type is uncertain.`,
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
      'If, as is usual, the bare-potassium control was tested the same way (the review does not say so), the protocol (capacity per cycle, current, O₂ purity) largely cancels in the ratio: the armour helped.',
      'The absolute count depends on that protocol, which the review does not give, so it cannot be set beside other K–O₂ results.',
      'Missing: the capacity per cycle, the current density, the potassium excess and the failure criterion.',
      'Check: quote it as "three times the bare-K control, same protocol presumed".',
    ],
    facts: [F.sGrapheneKCycles],
    sources: [{ review: 'ge2024', ref: 73 }],
  }),
});
