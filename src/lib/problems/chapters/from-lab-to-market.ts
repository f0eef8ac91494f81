/**
 * Problems for chapter 7 (from-lab-to-market). Numbers come from the physics library (retention
 * models, fast charge, packs, foil capacity) and from the chapter's facts.
 */
import {
  PACKING_EFFICIENCY,
  PRACTICAL_CELL,
  electrolytePerCapacity,
  electrolytePerCapacityParameters,
  capacityRetention,
  cyclesUntilRetentionBelow,
  fastCharge,
  foilArealCapacity,
  requiredCellSpecificEnergy,
  practicalCellSpecificEnergy,
  LICOO2_PRACTICAL_CAPACITY_mAh_per_g,
} from '../../physics/index';
import { formatNumber } from '../../format/formatNumber';
import { formatFact } from '../../facts/formatFact';
import { fromLabToMarketFacts as F } from '../../facts/fromLabToMarket';
import { defineProblem, defineProblemSet } from '../defineProblems';

const fmt = (x: number, significant = 3) => formatNumber(x, { significant });
const pouch = PACKING_EFFICIENCY.pouch;
const nmc = 'the layered oxide $\\mathrm{LiNi_xMn_yCo_zO_2}$';
const qOxide = PRACTICAL_CELL.cathodeSpecificCapacity_mAh_per_g;
const qSulfur = electrolytePerCapacityParameters.activeSpecificCapacity_mAh_per_g.default;
const rho = electrolytePerCapacityParameters.electrolyteDensity_g_per_mL.default;
/** Areal capacities, mAh/cm²: the review's LiCoO₂ loading at a practical LiCoO₂ capacity, and the course's practical cell. */
const licoo2Areal = (F.licoo2Loading.value * LICOO2_PRACTICAL_CAPACITY_mAh_per_g) / 1000;
// The library's loading is of active material, so its areal capacity is loading × capacity (4.00).
const practicalAreal = practicalCellSpecificEnergy(PRACTICAL_CELL).arealCapacity_mAh_per_cm2;
/** E/AM, µL/mg, of the practical cell's g/Ah on its oxide. */
const eamPracticalCell = (PRACTICAL_CELL.electrolyte_g_per_Ah * qOxide) / (rho * 1000);

/** Where a required cell specific energy sits against the 400–500 Wh/kg lithium-metal cells reported. */
function againstReported(cellWhPerKg: number): string {
  const range = `${formatNumber(F.lmbReportedLow.value)}–${formatFact(F.lmbReportedHigh)}`;
  const rounded = Math.round(cellWhPerKg);
  if (rounded < F.lmbReportedLow.value) return `below the ${range} lithium-metal cells reported so far, so such cells would suffice if they also lasted`;
  if (rounded === F.lmbReportedHigh.value) return `at the top of the ${range} lithium-metal cells reported so far, so only the best of them would do, and only if they also lasted`;
  if (rounded <= F.lmbReportedHigh.value) return `within the ${range} lithium-metal cells reported so far, so only the better of them would do, and only if they also lasted`;
  return `above the ${range} lithium-metal cells reported so far, so no reported cell would do`;
}

export const problems = defineProblemSet('from-lab-to-market', {
  'pack-cell-mass': defineProblem({
    title: 'How heavy are the cells of a pouch-cell pack?',
    kind: 'calculation',
    marks: 2,
    draw: { packKWh: [50, 60, 75, 85, 100], packWhPerKg: [200, 250, 300] },
    statement: (p) =>
      `An electric car needs a ${p.packKWh} kWh pack with a pack-level specific energy of ${p.packWhPerKg} Wh/kg. It is built from pouch cells, which the review says pack at ${formatNumber(pouch.min * 100)}–${formatNumber(pouch.max * 100)} %. Taking the pessimistic end, what specific energy (Wh/kg) must the cells themselves reach?`,
    hint: 'Pack specific energy = packing efficiency × cell specific energy. Find the pack mass first if it helps, then the share of it that is cells.',
    numeric: {
      solve: (p) => {
        const packMass = (p.packKWh * 1000) / p.packWhPerKg;
        const cellMass = packMass * pouch.min;
        const answer = requiredCellSpecificEnergy({ packSpecificEnergy_Wh_per_kg: p.packWhPerKg, packingEfficiency: pouch.min });
        return { packMass, cellMass, answer };
      },
      unit: 'Wh/kg',
      tolerance: { relative: 0.02 },
      display: { digits: 0 },
      mistakes: (p) => [
        { value: p.packWhPerKg * pouch.min, explanation: 'That multiplies by the packing efficiency: it is what a pack would reach with cells of the target value. The cells must be better than the pack, so divide.' },
      ],
    },
    solution: (p, s) => [
      `The pack weighs $${p.packKWh}\\,000\\ \\mathrm{Wh} / ${p.packWhPerKg}\\ \\mathrm{Wh/kg} = ${fmt(s.packMass)}\\ \\mathrm{kg}$.`,
      `Only ${formatNumber(pouch.min * 100)} % of that is cells: $${fmt(s.cellMass)}\\ \\mathrm{kg}$; the rest is casing, cooling, wiring and electronics.`,
      `The cells must hold all ${p.packKWh} kWh in that mass: $${p.packKWh}\\,000 / ${fmt(s.cellMass)} = ${formatNumber(s.answer, { digits: 0 })}$ Wh/kg.`,
      `Check: the answer is the pack target divided by ${formatNumber(pouch.min, { digits: 2 })}, independent of the pack size${p.packWhPerKg === F.packTarget.value ? ` (for ${formatFact(F.packTarget)} it is the review's own example)` : ''}; ${formatNumber(s.answer, { digits: 0 })} Wh/kg lies ${againstReported(s.answer)}.`,
    ],
    facts: [F.packTarget, F.lmbReportedLow, F.lmbReportedHigh],
  }),
  'ce-for-target-life': defineProblem({
    title: 'What efficiency does a target cycle life demand?',
    kind: 'calculation',
    marks: 2,
    draw: { cycles: [300, 500, 800, 1000], excessPercent: [50, 100] },
    statement: (p) =>
      `A lithium-metal cell with a lithiated cathode carries a foil holding ${p.excessPercent} % of the cathode capacity as spare lithium. Using the review's model, in which the whole lithium inventory shrinks by the factor CE every cycle, what Coulombic efficiency (in %) keeps the capacity at 80 % after ${p.cycles} cycles?`,
    hint: 'In the review’s model the capacity is $\\min(1, (1+x)\\,\\mathrm{CE}^n)$. Set $(1+x)\\,\\mathrm{CE}^n = 0.8$ and solve for CE.',
    numeric: {
      solve: (p) => {
        const x = p.excessPercent / 100;
        const ratio = 0.8 / (1 + x);
        const lnCe = Math.log(ratio) / p.cycles;
        const ce = Math.exp(lnCe);
        const answer = ce * 100;
        const kept = capacityRetention({ coulombicEfficiency: ce, cycles: p.cycles, excess: x, model: 'review' });
        return { x, ratio, lnCe, answer, kept };
      },
      unit: '%',
      tolerance: { absolute: 0.005 },
      display: { digits: 3 },
      mistakes: (p) => [
        { value: 100 * Math.pow(0.8, 1 / p.cycles), explanation: 'That leaves out the spare lithium: without excess, $\\mathrm{CE}^n = 0.8$. The spare lithium lets the efficiency be a little lower.' },
      ],
    },
    solution: (p, s) => [
      `With $x = ${formatNumber(s.x, { digits: 2 })}$ the condition is $(1 + x)\\,\\mathrm{CE}^{${p.cycles}} = 0.8$, so $\\mathrm{CE}^{${p.cycles}} = ${fmt(s.ratio, 4)}$.`,
      `Take logarithms: $\\ln \\mathrm{CE} = \\ln(${fmt(s.ratio, 4)}) / ${p.cycles} = ${formatNumber(s.lnCe, { significant: 4 })}$.`,
      `So $\\mathrm{CE} = e^{${formatNumber(s.lnCe, { significant: 4 })}}$ = ${formatNumber(s.answer, { digits: 3 })} %.`,
      `Check: the library's review model gives ${fmt(100 * s.kept, 4)} % after ${p.cycles} cycles at that efficiency, as required; and the loss it allows is ${formatNumber(100 - s.answer, { digits: 3 })} % per cycle, while most reports lose more than ${formatNumber(100 - F.ceReported.value, { digits: 1 })} % (CE ${formatFact(F.ceReported)}), at least ${formatNumber((100 - F.ceReported.value) / (100 - s.answer), { digits: 1 })} times as much: the review's point.`,
    ],
    facts: [F.ceReported, F.ceTarget],
  }),
  'fast-charge-anode': defineProblem({
    title: 'What a fast charge asks of each anode',
    kind: 'calculation',
    marks: 2,
    draw: { minutes: [15, 20, 30, 40], areal: [3, 4, 5] },
    statement: (p) =>
      `An electric-car pack is charged from empty to ${F.chargeTarget.value} % in ${p.minutes} min. Its cells use cathodes of ${p.areal} mAh/cm². What average current density (mA/cm²) does every lithium anode carry while charging?`,
    hint: 'The C-rate is the fraction of capacity charged per hour. The current density is that C-rate times the areal capacity.',
    numeric: {
      solve: (p) => {
        const hours = p.minutes / 60;
        const soc = F.chargeTarget.value / 100;
        const cRate = soc / hours;
        const answer = fastCharge({ packEnergy_kWh: F.teslaPack.value, socStart: 0, socEnd: soc, minutes: p.minutes, packVoltage_V: 400, arealCapacity_mAh_per_cm2: p.areal }).anodeCurrentDensity_mA_per_cm2;
        return { hours, soc, cRate, answer };
      },
      unit: 'mA/cm²',
      tolerance: { relative: 0.02 },
      display: { significant: 3 },
      mistakes: (p) => [
        { value: (60 / p.minutes) * p.areal, explanation: 'That charges the full capacity in the time given; the charge stops at 80 %, so the C-rate is 0.8 divided by the hours.' },
      ],
    },
    solution: (p, s) => [
      `The charging time is ${p.minutes} min = ${fmt(s.hours)} h.`,
      `The cell gains ${formatNumber(s.soc, { digits: 1 })} of its capacity in that time: C-rate = ${formatNumber(s.soc, { digits: 1 })} / ${fmt(s.hours)} h = ${fmt(s.cRate)} C.`,
      `Every square centimetre of anode plates ${p.areal} mAh at ${fmt(s.cRate)} per hour: $j$ = ${formatNumber(s.answer, { significant: 3 })} mA/cm².`,
      `Check: the pack size and voltage never entered, as they should not; ${formatNumber(s.answer, { significant: 3 })} mA/cm² is ${s.answer >= F.outlookCurrent.value ? 'at or above' : 'below'} the ${formatFact(F.outlookCurrent)} at which the review wants protection strategies tested, and above the ${formatFact(F.iseCurrent)} that inorganic solid electrolytes typically run at.`,
    ],
    facts: [F.chargeTarget, F.outlookCurrent, F.iseCurrent],
  }),
  'coin-cell-reservoir': defineProblem({
    title: 'Estimate: how long does a thick foil hide a poor efficiency?',
    kind: 'estimation',
    marks: 2,
    draw: { cePercent: [98, 98.5, 99, 99.5] },
    statement: (p) =>
      `A coin cell pairs a lithiated oxide cathode (NMC, ${nmc}) of ${F.labDepthAreal.value} mAh/cm² with a lithium foil ${F.labFoilThickness.value} µm thick. Every cycle loses ${formatNumber(100 - p.cePercent, { digits: 1 })} % of the charge cycled (CE = ${p.cePercent} %) and the loss comes out of the foil. Estimate how many cycles pass before the capacity first drops below 80 %.`,
    hint: 'Work out the foil’s capacity, then the spare lithium in units of one cycle. Each cycle eats (1 − CE) of one cycle’s charge; once the spare is gone the capacity falls as CE per cycle.',
    numeric: {
      solve: (p) => {
        const ce = p.cePercent / 100;
        const foil = foilArealCapacity('Li', F.labFoilThickness.value);
        const excess = foil / F.labDepthAreal.value;
        const drain = excess / (1 - ce);
        const tail = Math.log(0.8) / Math.log(ce);
        const answer = cyclesUntilRetentionBelow({ coulombicEfficiency: ce, excess, model: 'inventory', threshold: 0.8 });
        return { ce, foil, excess, drain, tail, answer };
      },
      unit: 'cycles',
      tolerance: { relative: 0.1 },
      display: { significant: 2 },
      mistakes: (p, s) => [
        { value: s.tail, explanation: 'That is the life of an anode-free cell: it forgets the foil, which is the whole point.' },
      ],
    },
    solution: (p, s) => [
      `The foil holds ${fmt(s.foil)} mAh/cm², which is ${fmt(s.excess)} cycles' worth of charge, all of it spare because the cathode brings its own lithium.`,
      `Each cycle uses up ${formatNumber(100 - p.cePercent, { digits: 1 })} % of one cycle's charge, so the spare lasts about ${fmt(s.excess)} / ${formatNumber(1 - s.ce, { significant: 2 })} ≈ ${fmt(s.drain, 2)} cycles.`,
      `After that the capacity falls by the factor CE per cycle and reaches 80 % within another ${fmt(s.tail, 2)} cycles, negligible by comparison: about ${formatNumber(s.answer, { significant: 2 })} cycles in all (the library's inventory model).`,
      `Check: a paper showing some hundreds of cycles in such a cell tells us nothing about whether CE is ${p.cePercent} % or 99.9 %; the foil hides the difference, which is why the review asks for the metal excess to be stated and kept near the cathode capacity. The estimate counts lithium only: it is an upper bound, and electrolyte dry-out or rising impedance would end a real coin cell sooner.`,
    ],
    facts: [F.labFoilThickness, F.labDepthAreal],
  }),
  'read-a-claim': defineProblem({
    title: 'Is this anode "ready for electric vehicles"?',
    kind: 'critical-reading',
    marks: 3,
    statement: () =>
      `A paper reports a protected lithium anode that "cycles stably for 300 cycles with ${F.ceReported.value} % Coulombic efficiency" and concludes that it is ready for electric vehicles. The methods section says: Li‖NMC coin cell (NMC: ${nmc}, about ${formatNumber(qOxide)} mAh/g), ${F.labFoilThickness.value} µm lithium foil, cathode loading 1 mAh/cm², 1 mA/cm², ${F.eamLiS.value}-plus µL of electrolyte per mg of cathode. List what the test conditions hide and what you would ask the authors to report instead.`,
    hint: 'Go through the review’s list: metal excess (N/P), cathode loading, electrolyte per capacity, current density, and what a car needs from a charge.',
    solution: () => [
      `Metal excess: a ${F.labFoilThickness.value} µm foil holds about ${fmt(foilArealCapacity('Li', F.labFoilThickness.value))} mAh/cm², so the N/P ratio is about ${fmt(foilArealCapacity('Li', F.labFoilThickness.value))}; the loss at ${F.ceReported.value} % CE is drawn from that reservoir and never shows as fading. Ask for N/P ≈ 1 (metal equal to the cathode capacity).`,
      `Cathode loading: 1 mAh/cm² is roughly a third of the loading the review asks for (${formatFact(F.licoo2Loading)} of LiCoO₂, about ${formatNumber(licoo2Areal, { digits: 1 })} mAh/cm² or more; the course's practical cell uses about ${formatNumber(practicalAreal, { digits: 0 })}), so each cycle moves a thin layer of lithium and volume change is hidden.`,
      `Electrolyte: a flooded cell never runs out of liquid, so electrolyte consumption by the SEI does not shorten its life. Ask for the E/AM ratio to be reported and brought towards the ${formatFact(F.eamLiIon)} (≈ ${formatNumber(electrolytePerCapacity({ electrolyteToActive_uL_per_mg: F.eamLiIon.value, electrolyteDensity_g_per_mL: rho, activeSpecificCapacity_mAh_per_g: qOxide }), { significant: 2 })} g/Ah) of commercial lithium-ion cells; the course's practical cell uses ${formatNumber(PRACTICAL_CELL.electrolyte_g_per_Ah)} g/Ah (≈ ${formatNumber(eamPracticalCell, { digits: 1 })} µL/mg). (The review's ${formatFact(F.eamRecommended)} is for Li–S, per mg of sulfur at about ${formatNumber(qSulfur)} mAh/g; on a ${formatNumber(qOxide)} mAh/g oxide it would mean ${formatNumber(electrolytePerCapacity({ electrolyteToActive_uL_per_mg: F.eamRecommended.value, electrolyteDensity_g_per_mL: rho, activeSpecificCapacity_mAh_per_g: qOxide }), { significant: 2 })} g/Ah, still a flooded cell.)`,
      `Current: 1 mA/cm² is gentler than the ${formatFact(F.outlookCurrent)} the review wants tested, and a 30-minute charge of a practical electrode needs several mA/cm².`,
      `Efficiency: ${F.ceReported.value} % is below the ${formatFact(F.ceTarget)} the review's arithmetic asks for with 100 % excess. Check: the claim is supported as "this anode cycles in a coin cell", not as "ready for vehicles".`,
    ],
    facts: [F.labFoilThickness, F.ceReported, F.licoo2Loading, F.eamRecommended, F.eamLiIon, F.outlookCurrent, F.ceTarget, F.eamLiS],
  }),
});
