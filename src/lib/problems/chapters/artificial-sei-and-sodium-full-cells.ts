/**
 * Problems for chapter 15 (artificial-sei-and-sodium-full-cells). Decay readings, Monroe–Newman
 * ratios and sulfur capacities from the physics library; reported results from the chapter's facts.
 */
import {
  compoundDecayPerCycle,
  compoundRetention,
  cyclesUntilRetentionBelow,
  linearRetention,
  metalData,
  monroeNewmanRatio,
  MONROE_NEWMAN_FACTOR,
  sulfurSpecificCapacity,
} from '../../physics/index';
import { formatNumber } from '../../format/formatNumber';
import { formatFact } from '../../facts/formatFact';
import { artificialSeiAndSodiumFullCellsFacts as F } from '../../facts/artificialSeiAndSodiumFullCells';
import { defineProblem, defineProblemSet } from '../defineProblems';

const fmt = (x: number, significant = 3) => formatNumber(x, { significant });
const DECAYS = [F.silicaIlDecay, F.maiDecay, F.bpiDecay] as const;
/** Over how many cycles each decay was measured (same order as DECAYS). */
const MEASURED_OVER = [F.silicaIlCycles, F.maiCycles, F.bpiCycles] as const;
/** The one draw whose retention the review reports, which shows its rate is a linear one. */
const MAI = DECAYS.indexOf(F.maiDecay);

/** For the SnCl₄-vapour cell: the compound model that matches its measured retention, and what it projects. */
function maiFittedStep(): string {
  const r = F.maiRetention.value / 100;
  const n = F.maiCycles.value;
  const d = compoundDecayPerCycle({ retention: r, cycles: n });
  const at1000 = compoundRetention({ decayPerCycle: d, cycles: 1000 });
  return `For this cell the hypothesis is false: a compound model that matches the measured ${formatFact(F.maiRetention)} after ${formatFact(F.maiCycles)} has d = ${formatNumber(d * 100, { significant: 3 })} % per cycle and projects about ${formatNumber(at1000 * 100, { digits: 0 })} % at 1,000 cycles, so the answer above overstates it.`;
}

export const problems = defineProblemSet('artificial-sei-and-sodium-full-cells', {
  'decay-projection': defineProblem({
    title: 'Project a decay rate to 1,000 cycles',
    kind: 'calculation',
    marks: 2,
    draw: { which: [0, 1, 2] },
    statement: (p) =>
      (p.which === MAI
        ? `The SnCl₄-vapour Na–S cell is reported to fade by ${formatFact(DECAYS[p.which])}; it kept ${formatFact(F.maiRetention)} after ${formatFact(F.maiCycles)}, so that rate is in fact a linear one. Suppose instead that it were a compound rate (each cycle loses that share of what is left).`
        : `A Na–S cell is reported to fade by ${formatFact(DECAYS[p.which])}. Suppose that rate is a compound one (each cycle loses that share of what is left).`) +
      ' Project its retention after 1,000 cycles under that compound reading, as a percentage, and compare with the linear reading.',
    hint: 'Compound: (1 − d)ⁿ. Linear: 1 − d·n (and it cannot go below zero).',
    numeric: {
      solve: (p) => {
        const d = DECAYS[p.which].value / 100;
        const lin = linearRetention({ decayPerCycle: d, cycles: 1000 });
        return { d, lin, raw: 1 - d * 1000, zeroAt: Math.round(1 / d), answer: 100 * compoundRetention({ decayPerCycle: d, cycles: 1000 }) };
      },
      unit: '%',
      tolerance: { absolute: 0.5 },
      display: { digits: 1 },
      mistakes: (p, s) => [{ value: 100 * s.lin, explanation: 'That is the linear reading; the question asks for the compounded one.' }],
    },
    solution: (p, s) => [
      `d = ${formatNumber(s.d * 100, { significant: 3 })} % = ${fmt(s.d)} per cycle.`,
      `Compound: $(1 - ${fmt(s.d)})^{1000}$ = ${formatNumber(s.answer, { digits: 1 })} %.`,
      s.raw < 0
        ? `Linear: $1 - ${fmt(s.d)} \\times 1000$ = ${formatNumber(s.raw, { significant: 2 })}, a negative retention: read linearly the capacity is gone after about ${formatNumber(s.zeroAt)} cycles, so the linear projection is ${formatNumber(100 * s.lin, { digits: 1 })} %.`
        : `Linear: $1 - ${fmt(s.d)} \\times 1000$ = ${formatNumber(s.raw, { significant: 2 })}, that is ${formatNumber(100 * s.lin, { digits: 1 })} %.`,
      `The rate was measured over ${formatFact(MEASURED_OVER[p.which])}; projecting it to 1,000 cycles is an extrapolation that either model may get wrong, since fading rarely keeps one rate for long.`,
      ...(p.which === MAI ? [maiFittedStep()] : []),
      'Check: the compound projection is always the higher of the two, and they agree only while d·n is small; for a cell that must last thousands of cycles the choice of reading changes the verdict.',
    ],
  }),
  'ce-for-target': defineProblem({
    title: 'What efficiency does an anode-free target demand?',
    kind: 'calculation',
    marks: 3,
    // Only draws where the linear-spreading mistake differs from the answer by more than 3× the
    // tolerance (at 80–90 % over 300–500 cycles the two agree to 0.005 % and cannot be told apart).
    draw: { cycles: [100, 200, 300], keepPercent: [50, 60, 70] },
    statement: (p) =>
      `An anode-free sodium cell (no spare sodium) must keep ${p.keepPercent} % of its capacity after ${p.cycles} cycles. What Coulombic efficiency, in %, must its anode reach at least? Give four significant figures.`,
    hint: 'With no spare metal the capacity after N cycles is CEᴺ. Solve for CE.',
    numeric: {
      solve: (p) => {
        const answer = 100 * Math.pow(p.keepPercent / 100, 1 / p.cycles);
        const at99 = cyclesUntilRetentionBelow({ coulombicEfficiency: 0.99, excess: 0, model: 'inventory', threshold: p.keepPercent / 100 });
        return { lnR: Math.log(p.keepPercent / 100), answer, at99 };
      },
      unit: '%',
      tolerance: { absolute: 0.005 },
      display: { significant: 4 },
      mistakes: (p) => [{ value: 100 - (100 - p.keepPercent) / p.cycles, explanation: 'That spreads the loss linearly over the cycles; with no spare metal each cycle loses a fraction of what is left, so the requirement is slightly looser, CE = R^(1/N).' }],
    },
    solution: (p, s) => [
      `Capacity after N cycles: $\\mathrm{CE}^N \\geq ${p.keepPercent / 100}$.`,
      `Take logarithms: $\\ln \\mathrm{CE} \\geq \\ln(${p.keepPercent / 100})/${p.cycles} = ${formatNumber(s.lnR / p.cycles, { significant: 3 })}$.`,
      `CE ≥ ${formatNumber(s.answer, { significant: 4 })} %.`,
      `Check: at CE = 99 % the same cell drops below ${p.keepPercent} % after only ${formatNumber(s.at99)} cycles, short of the ${p.cycles} required; "above 99 %" is not enough.`,
    ],
  }),
  'stiffness-check': defineProblem({
    title: 'Does a coating clear the Monroe–Newman bar?',
    kind: 'calculation',
    marks: 2,
    draw: { modulus: [2, 3, 4, 6, 8] },
    statement: (p) =>
      `A coating has a shear modulus of ${p.modulus} GPa. Compute its ratio to the shear modulus of sodium (from the course's element data) and say whether it clears the Monroe–Newman bar of ${MONROE_NEWMAN_FACTOR} on sodium.`,
    hint: 'Ratio = G_coating / G_Na; compare with 1.8.',
    numeric: {
      solve: (p) => ({ g: metalData('Na').shearModulus_GPa!, answer: monroeNewmanRatio({ interphaseShearModulus_GPa: p.modulus, metal: 'Na' }) }),
      unit: '',
      tolerance: { relative: 0.03 },
      display: { significant: 3 },
      mistakes: (p) => [{ value: monroeNewmanRatio({ interphaseShearModulus_GPa: p.modulus, metal: 'Li' }), explanation: "That divides by lithium's modulus; the anode here is sodium." }],
    },
    solution: (p, s) => [
      `Sodium's shear modulus: about ${fmt(s.g, 2)} GPa (approximate handbook value).`,
      `Ratio: ${p.modulus} ÷ ${fmt(s.g, 2)} = ${formatNumber(s.answer, { significant: 3 })}.`,
      Math.abs(s.answer / MONROE_NEWMAN_FACTOR - 1) < 0.05
        ? `${s.answer >= MONROE_NEWMAN_FACTOR ? 'It reaches' : 'It falls just short of'} the bar of ${MONROE_NEWMAN_FACTOR}, but within a few per cent: the handbook modulus of sodium is approximate, so the honest verdict is "at the bar".`
        : `${s.answer >= MONROE_NEWMAN_FACTOR ? 'It clears' : 'It falls short of'} the bar of ${MONROE_NEWMAN_FACTOR}.`,
      'Check: the bar is neither sufficient (sodium grew through far stiffer NASICON along defects) nor strictly necessary (a soft cross-linked polymer electrolyte resisted lithium dendrites, Khurana et al. 2014, a lithium result outside the reviews); it is a guide for a defect-free film, and the 1.8 factor was derived for lithium, so using it on sodium is an extrapolation.',
    ],
  }),
  'na-o2-anode-design': defineProblem({
    title: 'Protect the anode of a sodium–oxygen cell',
    kind: 'design',
    marks: 3,
    statement: () =>
      `Design the anode side of a Na–O₂ cell: choose the electrolyte (solvent and salt) and a protective layer on the sodium, and justify each against the chapter's evidence. The cell must survive oxygen and superoxide crossing from the cathode.`,
    hint: 'Which solvent family favours the superoxide and cycles longer? Which anion passivated sodium in DME, and which destroyed it? What kind of film keeps oxygen species out?',
    solution: () => [
      `Solvent: an ether, DEGDME or DME, which favour NaO₂ with lower overpotential; DEGDME cycled longest in Ortiz-Vitoriano et al.'s glyme comparison (Lee et al. 2020, ref. 160, where the name is shortened to Vitoriano). Salt: NaPF₆ at about ${formatFact(F.lutzConcentration)}, the only anion of the four that gave long-term stability; not NaTFSI, which destroyed the sodium (Lutz et al. 2017: Xiang et al. 2019, ref. 121; Lee et al. number it 158 by mistake).`,
      `Layer: a NaF-rich film grown before assembly, by pre-cycling with ${formatFact(F.fecPretreatFraction)} FEC (${formatFact(F.fecNaCycles)} against failure after ${formatFact(F.fecBareCycles)}, at ${formatFact(F.fecCurrent)}, capacity limited to ${formatFact(F.fecCapacityLimit)}) or by fluorinated carbon nanotubes (${formatFact(F.fcntCycles)} against ${formatFact(F.fcntBareCycles)}, at ${formatFact(F.fcntCurrent)}, capacity limited to ${formatFact(F.fcntCapacityLimit)}): NaF is dense and insoluble and blocks the oxygen species that would otherwise oxidise sodium into an insulating layer.`,
      'Trade-off: an ether cannot serve a high-voltage oxide cathode, but an O₂ cathode does not need one; the separator or a polymer electrolyte could add a second barrier to crossover.',
      'Check: every choice answers a named threat (superoxide stability, anion reduction at the metal, O₂ crossover), but each is backed by a separate study in a different electrolyte (anions in DME; glymes with NaClO₄; the NaF layer made and tested with NaOTf in TEGDME), so the combination is a hypothesis to test, not a reported result. The cycle counts are also capacity-limited tests at currents per gram of cathode, mild by the review’s own standard.',
    ],
    facts: [F.lutzConcentration, F.fecPretreatFraction, F.fecCurrent, F.fcntCycles, F.fcntCurrent],
    sources: [{ review: 'lee2020', ref: 160 }, { review: 'lee2020', ref: 162 }, { review: 'xiang2019', ref: 121 }],
  }),
  'mai-claim': defineProblem({
    title: '"Stable for 500 cycles"',
    kind: 'critical-reading',
    marks: 2,
    statement: () =>
      `The SnCl₄-vapour interphase is summarised as "stable for ${formatFact(F.maiCycles)} in Na–S cells". The review's numbers: initial ${formatFact(F.maiInitialCapacity)}, ${formatFact(F.maiRetention)} retained after ${formatFact(F.maiCycles)}, rate ${formatFact(F.maiRate)}, sulfur loading not given. Judge the summary.`,
    hint: 'What capacity is left in mAh/g, and what would a practical cell need to keep? What does the missing loading hide?',
    solution: () => [
      `The cell kept ${formatFact(F.maiRetention)}: about ${formatNumber((F.maiInitialCapacity.value * F.maiRetention.value) / 100)} mAh/g of sulfur from ${formatFact(F.maiInitialCapacity)}. It *ran* for ${F.maiCycles.value} cycles; it lost half its capacity, which is not "stable" by the 80 % convention.`,
      `The theoretical room-temperature capacity is about ${formatNumber(sulfurSpecificCapacity(1))} mAh/g, so even the first cycles used two-thirds of the sulfur; losses could come from the cathode as well as the anode, and a full-cell number cannot separate them.`,
      'Without the sulfur loading the areal capacity, and so the stress on the anode per cycle, is unknown; a low loading would make the anode test mild.',
      `Check: a fair summary is "prevented the short circuit that killed bare sodium before ${F.maiBareShort.value} cycles, and kept ${formatFact(F.maiRetention)} after ${formatFact(F.maiCycles)} at ${formatFact(F.maiRate)}, at an unreported loading".`,
    ],
    facts: [F.maiCycles, F.maiInitialCapacity, F.maiRetention, F.maiRate],
  }),
});
