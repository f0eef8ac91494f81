/**
 * Problems for chapter 2 (how-metal-anodes-fail). Numbers come from the physics library
 * (plating thickness, retention) and from the chapter's facts.
 */
import { capacityRetention, criticalCurrentDensity, criticalCurrentDensityParameters as CCD, cyclesUntilRetentionBelow, platingThickness, sandsTime } from '../../physics/index';
import { formatNumber } from '../../format/formatNumber';
import { formatFact } from '../../facts/formatFact';
import { howMetalAnodesFailFacts as F } from '../../facts/howMetalAnodesFail';
import { defineProblem, defineProblemSet } from '../defineProblems';

const fmt = (x: number, significant = 3) => formatNumber(x, { significant });
/** Literature-typical carbonate-electrolyte values: the physics library's defaults. */
const D0 = CCD.diffusivity.default;
const T0 = CCD.cationTransference.default;
const sciTex = (v: number) => {
  const e = Math.floor(Math.log10(v));
  return `${formatNumber(v / 10 ** e, { digits: 1 })} \\times 10^{${e}}`;
};

export const problems = defineProblemSet('how-metal-anodes-fail', {
  'anode-free-cycle-life': defineProblem({
    title: 'How long does an anode-free cell last?',
    kind: 'calculation',
    marks: 2,
    draw: { cePercent: [99, 99.2, 99.4, 99.5, 99.6, 99.7, 99.8, 99.9] },
    statement: (p) =>
      `An anode-free lithium cell starts with all its lithium in the cathode and none to spare. Each cycle it keeps a fraction CE = ${p.cePercent} % of the lithium it cycled. After how many cycles has its capacity first fallen below 80 % of the start?`,
    hint: 'With no spare metal, the capacity after $N$ cycles is $\\mathrm{CE}^N$. Take logarithms, and remember that the cycle count is a whole number.',
    numeric: {
      solve: (p) => {
        const ce = p.cePercent / 100;
        const exact = Math.log(0.8) / Math.log(ce);
        const answer = cyclesUntilRetentionBelow({ coulombicEfficiency: ce, excess: 0, model: 'inventory', threshold: 0.8 });
        return { ce, exact, answer, kept: capacityRetention({ coulombicEfficiency: ce, cycles: answer, excess: 0, model: 'inventory' }) };
      },
      unit: 'cycles',
      tolerance: { absolute: 1 },
      display: { digits: 0 },
      mistakes: (p, s) => [
        { value: Math.round(0.2 / (1 - s.ce)), explanation: 'That is the linear estimate 0.2/(1 − CE): it takes the same absolute amount off every cycle. With no spare metal each cycle loses (1 − CE) of what is left, so the losses shrink with the inventory and the cell lasts somewhat longer: N = ln 0.8/ln CE ≈ 0.223/(1 − CE).' },
      ],
    },
    solution: (p, s) => [
      `With no excess lithium, every cycle keeps the fraction CE of what was cycled, so the capacity after $N$ cycles is $\\mathrm{CE}^N$.`,
      `Solve $\\mathrm{CE}^N = 0.8$: $N = \\ln 0.8 / \\ln \\mathrm{CE} = ${fmt(s.exact, 4)}$.`,
      `The capacity first drops below 80 % on the next whole cycle, $N = ${formatNumber(s.answer)}$, when it is $${fmt(100 * s.kept, 4)}\\,\\%$.`,
      `Check: for CE close to 1, $\\ln \\mathrm{CE} \\approx -(1-\\mathrm{CE})$, so $N \\approx 0.223/(1-\\mathrm{CE}) = ${fmt(0.223 / (1 - s.ce))}$, within a fraction of a cycle of the exact value; the answer is the first whole cycle past the exact value. Reported efficiencies are mostly ${formatFact(F.reportedCe)}, which by this arithmetic means at most ${cyclesUntilRetentionBelow({ coulombicEfficiency: F.reportedCe.value / 100, excess: 0, model: 'inventory', threshold: 0.8 })} cycles to 80 % without spare lithium.`,
    ],
    facts: [F.reportedCe],
  }),
  'coin-cell-depth': defineProblem({
    title: 'What a coin-cell test really exercises',
    kind: 'critical-reading',
    marks: 2,
    statement: () =>
      `A paper reports stable cycling of a lithium anode for hundreds of cycles in a coin cell with a ${F.coinCellFoil.value} µm foil, cycled by ${F.coinCellDepth.value} mAh/cm² at 1 mA/cm² each time. Judge what this shows about a practical cell that has little excess lithium.`,
    hint: 'Work out how thick a layer of lithium is plated per cycle, and compare it with the foil.',
    solution: () => [
      `A ${F.coinCellDepth.value} mAh/cm² cycle plates $${fmt(platingThickness('Li', F.coinCellDepth.value))}\\,\\mu\\mathrm{m}$ of dense lithium, a few per cent of a ${F.coinCellFoil.value} µm foil.`,
      'Losses to SEI and dead metal are therefore replaced from a reservoir many times larger than one cycle, so the cell keeps its capacity even with a poor Coulombic efficiency.',
      `A practical cell with little excess lithium would run out of metal after a number of cycles set by its CE; the test does not measure this. It also runs at 1 mA/cm², like most such studies (${formatFact(F.labCurrentDensity)}), a low current density at which dendrites are slow to form.`,
      'Check: the reported cycle count says the foil was not yet used up; it does not say the efficiency is high enough for a cell with little spare lithium.',
    ],
    facts: [F.coinCellFoil, F.coinCellDepth, F.labCurrentDensity],
  }),
  'sands-time': defineProblem({
    title: 'How long before the salt at the surface runs out?',
    kind: 'calculation',
    marks: 3,
    // Only currents well above J* (≈ 9.3 mA/cm² here): Sand's semi-infinite formula fails near J*.
    draw: { jmA: [20, 25, 30, 40] },
    statement: (p) =>
      `A lithium cell with a 1 M carbonate electrolyte (salt diffusivity $D = ${sciTex(D0)}$ m²/s, cation transference number $t_+ = ${T0}$) and a 1 mm gap is plated at ${p.jmA} mA/cm². Check that this is above the limiting current density $J^*$, then find Sand's time in minutes.`,
    hint: 'Convert to SI first: 1 mA/cm² = 10 A/m² and 1 M = 1000 mol/m³. Then $J^* = 2zFc_0D/(t_a L)$ and $\\tau_s = \\pi D\\,(zFc_0/(2Jt_a))^2$, with $t_a = 1 - t_+$.',
    numeric: {
      solve: (p) => {
        const j = p.jmA * 10;
        const jStar = criticalCurrentDensity({ diffusivity: D0, concentration: 1000, cationTransference: T0, gap: 1e-3 });
        const tau = sandsTime({ diffusivity: D0, concentration: 1000, currentDensity: j, cationTransference: T0 });
        return { j, jStar, ta: 1 - T0, answer: tau / 60, diffusionLength: Math.sqrt(D0 * tau) };
      },
      unit: 'min',
      tolerance: { relative: 0.03 },
      display: { significant: 3 },
      mistakes: (p, s) => [
        { value: s.answer * s.ta ** 2, explanation: 'That leaves out $t_a = 1 - t_+$: the anions do not cross the interface, and the share of the current they would carry is what depletes the salt, so $t_a$ belongs in the formula.' },
        { value: s.answer * 100, explanation: 'That uses J in mA/cm² as if it were A/m². 1 mA/cm² is 10 A/m², and the time scales as $1/J^2$.' },
      ],
    },
    solution: (p, s) => [
      `In SI: $J = ${s.j}$ A/m², $c_0 = 1000$ mol/m³, $t_a = 1 - ${T0} = ${formatNumber(s.ta, { digits: 2 })}$.`,
      `$J^* = 2Fc_0D/(t_a L) = ${fmt(s.jStar)}$ A/m² (${fmt(s.jStar / 10)} mA/cm²), so ${p.jmA} mA/cm² is ${fmt(s.j / s.jStar)} times $J^*$ and the surface concentration will reach zero.`,
      `$\\tau_s = \\pi D\\,(Fc_0/(2Jt_a))^2 = ${fmt(s.answer * 60)}$ s, that is ${fmt(s.answer)} min.`,
      `Check: Sand's formula assumes a depleted layer thin compared with the gap. Its thickness after $\\tau_s$ is about $\\sqrt{D\\tau_s}$ = ${fmt(s.diffusionLength * 1e3, 2)} mm, well below the 1 mm gap, so the formula applies; and $\\tau_s \\propto 1/J^2$, so doubling the current quarters the time.`,
    ],
    sources: [{ review: 'lee2020', ref: 53 }, { review: 'lee2020', ref: 54 }],
  }),
  'ce-for-a-thousand-cycles': defineProblem({
    title: 'What efficiency does a long-lived anode-free cell need?',
    kind: 'estimation',
    marks: 2,
    draw: { cycles: [500, 800, 1000, 1500] },
    statement: (p) =>
      `An anode-free cell must keep 80 % of its capacity for ${p.cycles} cycles. Estimate the Coulombic efficiency it needs, in per cent to three decimals, and compare it with what lithium-metal cells reach.`,
    hint: 'Without spare metal the capacity after N cycles is CE^N. For CE close to 1, ln CE ≈ −(1 − CE).',
    numeric: {
      solve: (p) => ({ answer: 100 * 0.8 ** (1 / p.cycles), approx: 100 * (1 + Math.log(0.8) / p.cycles) }),
      unit: '%',
      tolerance: { absolute: 0.002 },
      display: { digits: 3 },
    },
    solution: (p, s) => [
      `Solve $\\mathrm{CE}^{${p.cycles}} = 0.8$: $\\mathrm{CE} = 0.8^{1/${p.cycles}}$.`,
      `So CE = ${formatNumber(s.answer, { digits: 3 })} %; the shortcut $1 + \\ln 0.8 / N$ gives ${formatNumber(s.approx, { digits: 3 })} %.`,
      `Lithium-metal cells mostly report ${formatFact(F.reportedCe)}, a loss of more than ${formatNumber(100 - F.reportedCe.value, { digits: 1 })} % per cycle, which would have to shrink about ${formatNumber((100 - F.reportedCe.value) / (100 - s.answer), { digits: 0 })}-fold or more.`,
      `Check: the loss per cycle, ${fmt(100 - s.answer, 2)} %, times ${p.cycles} cycles is about 22 %, close to the fifth of the capacity that may be lost.`,
    ],
    facts: [F.reportedCe],
  }),
  'average-ce-claim': defineProblem({
    title: 'A 99.5 % average efficiency: ready for an anode-free cell?',
    kind: 'critical-reading',
    marks: 2,
    statement: () =>
      'A paper reports an "average Coulombic efficiency of 99.5 % over 100 cycles" for lithium plated on copper at 0.5 mA/cm² and 1 mAh/cm², and concludes that its electrolyte "enables anode-free lithium-metal batteries". Judge the claim against its test conditions.',
    hint: 'What does 99.5 % mean for an anode-free cell? And how do the current and areal capacity compare with a practical cell?',
    solution: () => [
      `At 99.5 % an anode-free cell keeps $0.995^N$ of its lithium: it falls below 80 % after ${cyclesUntilRetentionBelow({ coulombicEfficiency: 0.995, excess: 0, model: 'inventory', threshold: 0.8 })} cycles, far short of a useful life.`,
      `The test plates only 1 mAh/cm², a ${fmt(platingThickness('Li', 1))} µm layer, at 0.5 mA/cm². A practical cathode stores several mAh/cm² and fast charging asks for several mA/cm²; deeper and faster plating grows more dendrites and swells the electrode more (Xiang et al.), so the efficiency at practical conditions may well be lower (higher current usually lowers it; the effect of depth varies), and this test does not show it. Laboratory tests mostly stay at ${formatFact(F.labCurrentDensity)}.`,
      'An average over 100 cycles can hide a falling trend. The efficiency of the last cycles, and the capacity of an anode-free full cell with lean electrolyte (just enough electrolyte, not the flooded excess of most laboratory cells), are what the claim needs.',
      'Check: the data show an improved electrolyte under mild conditions; they do not show an anode-free battery.',
    ],
    facts: [F.reportedCe, F.labCurrentDensity],
  }),
});
