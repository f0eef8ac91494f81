/**
 * Problems for chapter 2 (how-metal-anodes-fail). Numbers come from the physics library
 * (plating thickness, retention) and from the chapter's facts.
 */
import { capacityRetention, cyclesUntilRetentionBelow, platingThickness } from '../../physics/index';
import { formatNumber } from '../../format/formatNumber';
import { formatFact } from '../../facts/formatFact';
import { howMetalAnodesFailFacts as F } from '../../facts/howMetalAnodesFail';
import { defineProblem, defineProblemSet } from '../defineProblems';

const fmt = (x: number, significant = 3) => formatNumber(x, { significant });

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
        { value: Math.round(0.2 / (1 - s.ce)), explanation: 'That is the linear estimate 0.2/(1 − CE): it treats each cycle as losing the same absolute amount, but with no spare metal each loss is a fraction of what is left, so losses compound.' },
      ],
    },
    solution: (p, s) => [
      `With no excess lithium, every cycle keeps the fraction CE of what was cycled, so the capacity after $N$ cycles is $\\mathrm{CE}^N$.`,
      `Solve $\\mathrm{CE}^N = 0.8$: $N = \\ln 0.8 / \\ln \\mathrm{CE} = ${fmt(s.exact, 4)}$.`,
      `The capacity first drops below 80 % on the next whole cycle, $N = ${formatNumber(s.answer)}$, when it is $${fmt(100 * s.kept, 4)}\\,\\%$.`,
      `Check: for CE close to 1, $\\ln \\mathrm{CE} \\approx -(1-\\mathrm{CE})$, so $N \\approx 0.223/(1-\\mathrm{CE}) = ${fmt(0.223 / (1 - s.ce))}$, the same order. Reported efficiencies are mostly ${formatFact(F.reportedCe)}, which by this arithmetic means fewer than ${cyclesUntilRetentionBelow({ coulombicEfficiency: F.reportedCe.value / 100, excess: 0, model: 'inventory', threshold: 0.8 })} cycles to 80 % without spare lithium.`,
    ],
    facts: [F.reportedCe],
  }),
  'coin-cell-depth': defineProblem({
    title: 'What a coin-cell test really exercises',
    kind: 'critical-reading',
    marks: 2,
    statement: () =>
      `A paper reports stable cycling of a lithium anode for hundreds of cycles in a coin cell with a ${F.coinCellFoil.value} µm foil, cycled by ${F.coinCellDepth.value} mAh/cm² each time. Judge what this shows about a practical cell that has little excess lithium.`,
    hint: 'Work out how thick a layer of lithium is plated per cycle, and compare it with the foil.',
    solution: () => [
      `A ${F.coinCellDepth.value} mAh/cm² cycle plates $${fmt(platingThickness('Li', F.coinCellDepth.value))}\\,\\mu\\mathrm{m}$ of dense lithium, a few per cent of a ${F.coinCellFoil.value} µm foil.`,
      'Losses to SEI and dead metal are therefore replaced from a reservoir many times larger than one cycle, so the cell keeps its capacity even with a poor Coulombic efficiency.',
      'A practical cell with little excess lithium would run out of metal after a number of cycles set by its CE; the test does not measure this, and it also runs at a low current density where dendrites are slow to form.',
      'Check: the reported cycle count says the foil was not yet used up; it does not say the efficiency is high enough for a lean cell.',
    ],
    facts: [F.coinCellFoil, F.coinCellDepth],
  }),
});
