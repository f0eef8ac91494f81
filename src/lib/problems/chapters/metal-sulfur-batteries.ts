/**
 * Problems for chapter 6 (metal-sulfur-batteries). Numbers come from the physics library (sulfur
 * capacity, plating thickness, the cell model and its illustrative Li–S design) and the chapter's facts.
 */
import {
  ILLUSTRATIVE_LI_S_CELL,
  MOLAR_MASS_S,
  FARADAY,
  electrolytePerCapacity,
  platingThickness,
  practicalCellSpecificEnergy,
  sulfurSpecificCapacity,
  specificCapacity,
  ELEMENTS,
} from '../../physics/index';
import { fromLabToMarketFacts as L } from '../../facts/fromLabToMarket';
import { formatNumber } from '../../format/formatNumber';
import { formatFact } from '../../facts/formatFact';
import { metalSulfurBatteriesFacts as F } from '../../facts/metalSulfurBatteries';
import { artificialSeiAndSodiumFullCellsFacts as FN } from '../../facts/artificialSeiAndSodiumFullCells';
import { defineProblem, defineProblemSet } from '../defineProblems';
import { ETCHING_M, PROTECTIVE_SULFUR_M, formatMolar } from '../../polysulfide/window';

/** Problem 4's hypothetical paper: its Li₂S₆ concentration, M, and the same as sulfur (six S each). */
const CLAIM_LI2S6_M = 0.2;
const CLAIM_SULFUR_M = CLAIM_LI2S6_M * 6;

const fmt = (x: number, significant = 3) => formatNumber(x, { significant });
const LIS = ILLUSTRATIVE_LI_S_CELL;
const DENSITY = 1.1;
/** Subscript digits for Na₂Sₓ. */
const SUB = ['₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈'];

export const problems = defineProblemSet('metal-sulfur-batteries', {
  'sulfur-to-polysulfide': defineProblem({
    title: 'How much of sulfur’s capacity does a shallow discharge use?',
    kind: 'calculation',
    marks: 2,
    draw: { x: [3, 4, 5] },
    statement: (p) =>
      `A sodium–sulfur cell is stopped before full reduction: its discharge ends at the polysulfide Na₂S${SUB[p.x]}. How many mAh does each gram of sulfur deliver?`,
    hint: 'Count electrons per sulfur atom: Na₂Sₓ takes 2 electrons per x sulfur atoms. Then Q = n F / (3.6 M).',
    numeric: {
      solve: (p) => {
        const electronsPerS = 2 / p.x;
        const answer = sulfurSpecificCapacity(p.x);
        const full = sulfurSpecificCapacity(1);
        return { electronsPerS, answer, full, fraction: answer / full };
      },
      unit: 'mAh/g',
      tolerance: { relative: 0.02 },
      display: { digits: 0 },
      mistakes: (p, s) => [{ value: s.full, explanation: 'That is the full reduction to Na₂S, two electrons per sulfur atom; the cell stops earlier.' }],
    },
    solution: (p, s) => [
      `Na₂S${SUB[p.x]} holds 2 electrons for ${p.x} sulfur atoms: ${fmt(s.electronsPerS)} electrons per S.`,
      `Per gram of sulfur: $Q = ${fmt(s.electronsPerS)} \\times ${formatNumber(FARADAY)} / (3.6 \\times ${formatNumber(MOLAR_MASS_S, { digits: 2 })})$ = ${formatNumber(s.answer, { digits: 0 })} mAh/g.`,
      `Full reduction to Na₂S gives ${formatNumber(s.full, { digits: 0 })} mAh/g, so the cell uses 1/${p.x} = ${formatNumber(100 * s.fraction, { digits: 0 })} % of it.`,
      `Check: the capacity scales as 1/x, so doubling the chain length halves it. The hot commercial cell is a real case of such a shallow discharge: Lee et al. give it ${formatFact(FN.htNaSCapacity)}, matching the library's ${formatNumber(sulfurSpecificCapacity(3), { digits: 0 })} mAh/g for Na₂S₃.`,
    ],
    facts: [F.htNaSLow, F.htNaSHigh, FN.htNaSCapacity],
  }),
  'lean-electrolyte-li-s': defineProblem({
    title: 'What the electrolyte does to a Li–S cell’s specific energy',
    kind: 'calculation',
    marks: 3,
    draw: { eam: [2, 4, 6, 10, 15] },
    statement: (p) =>
      `A Li–S pouch design stores ${formatNumber(LIS.cathodeLoading_mg_per_cm2)} mg of sulfur per cm² delivering ${formatNumber(LIS.cathodeSpecificCapacity_mAh_per_g)} mAh/g at ${formatNumber(LIS.averageVoltage_V, { digits: 1 })} V. Without electrolyte its layers (coating, lithium, collectors, separator) weigh ${fmt(stackWithout())} mg/cm², and packaging adds ${formatNumber(LIS.packagingFraction * 100)} % of the final cell mass. The electrolyte (density ${DENSITY} g/mL) is used at E/AM = ${p.eam} µL per mg of sulfur. What is the cell's specific energy in Wh/kg?`,
    hint: 'Electrolyte mass per cm² = E/AM × sulfur mass × density. Energy per cm² = capacity × voltage. The cell mass is the stack over (1 − packaging fraction).',
    numeric: {
      solve: (p) => {
        const electrolyteMg = p.eam * LIS.cathodeLoading_mg_per_cm2 * DENSITY;
        const energy = (LIS.cathodeLoading_mg_per_cm2 * LIS.cathodeSpecificCapacity_mAh_per_g) / 1000 * LIS.averageVoltage_V;
        const stack = stackWithout() + electrolyteMg;
        const cellMass = stack / (1 - LIS.packagingFraction);
        const answer = practicalCellSpecificEnergy({
          ...LIS,
          electrolyte_g_per_Ah: electrolytePerCapacity({ electrolyteToActive_uL_per_mg: p.eam, electrolyteDensity_g_per_mL: DENSITY, activeSpecificCapacity_mAh_per_g: LIS.cathodeSpecificCapacity_mAh_per_g }),
        }).cellSpecificEnergy_Wh_per_kg;
        return { electrolyteMg, energy, stack, cellMass, answer };
      },
      unit: 'Wh/kg',
      tolerance: { relative: 0.03 },
      display: { significant: 3 },
      mistakes: (p, s) => [{ value: (s.energy / s.stack) * 1000, explanation: 'That leaves out the packaging: the cell is heavier than its stack.' }],
    },
    solution: (p, s) => [
      `Electrolyte: ${p.eam} µL/mg × ${formatNumber(LIS.cathodeLoading_mg_per_cm2)} mg × ${DENSITY} mg/µL = ${fmt(s.electrolyteMg)} mg/cm².`,
      `Energy: ${formatNumber(LIS.cathodeLoading_mg_per_cm2)} mg × ${formatNumber(LIS.cathodeSpecificCapacity_mAh_per_g)} mAh/g = ${formatNumber((LIS.cathodeLoading_mg_per_cm2 * LIS.cathodeSpecificCapacity_mAh_per_g) / 1000)} mAh/cm², times ${formatNumber(LIS.averageVoltage_V, { digits: 1 })} V = ${fmt(s.energy)} mWh/cm².`,
      `Mass: stack ${fmt(stackWithout())} + ${fmt(s.electrolyteMg)} = ${fmt(s.stack)} mg/cm²; with packaging ${fmt(s.cellMass)} mg/cm².`,
      `Specific energy: ${fmt(s.energy)} mWh / ${fmt(s.cellMass)} mg × 1000 = ${formatNumber(s.answer, { significant: 3 })} Wh/kg.`,
      `Check: at E/AM ${p.eam} the electrolyte is ${formatNumber((100 * s.electrolyteMg) / s.stack, { digits: 0 })} % of the stack; a cell keeps a useful share of the theoretical ${formatFact(F.liSTheoretical)} only if the liquid is cut to a few µL/mg.`,
    ],
    facts: [F.liSTheoretical],
    sources: [{ review: 'xiang2019' }],
  }),
  'lithium-for-sulfur': defineProblem({
    title: 'Estimate: how thick a lithium foil does a sulfur cathode need?',
    kind: 'estimation',
    marks: 1,
    draw: { areal: [3, 4, 5, 6, 8], excessPercent: [50, 100] },
    statement: (p) =>
      `A sulfur cathode delivers ${p.areal} mAh/cm². Sulfur brings no lithium, so the foil must supply all of it plus ${p.excessPercent} % spare. Estimate the thickness of dense lithium foil in µm.`,
    hint: `Lithium stores ${formatNumber(specificCapacity('Li'), { digits: 0 })} mAh/g and has a density of ${formatNumber(ELEMENTS.Li.density_g_per_cm3, { digits: 3 })} g/cm³: work out how thick a layer holds 1 mAh/cm², then scale.`,
    numeric: {
      solve: (p) => {
        const needed = p.areal * (1 + p.excessPercent / 100);
        const per1 = platingThickness('Li', 1);
        return { needed, per1, answer: platingThickness('Li', needed) };
      },
      unit: 'µm',
      tolerance: { relative: 0.1 },
      display: { significant: 2 },
      mistakes: (p) => [{ value: platingThickness('Li', p.areal), explanation: 'That forgets the spare lithium the cell needs to survive its Coulombic losses.' }],
    },
    facts: [L.labFoilThickness],
    solution: (p, s) => [
      `The foil must hold ${p.areal} mAh/cm² × ${formatNumber(1 + p.excessPercent / 100, { digits: 1 })} = ${fmt(s.needed)} mAh/cm².`,
      `One mAh/cm² of dense lithium is ${fmt(s.per1)} µm thick (the physics library's plating thickness).`,
      `So the foil is about ${formatNumber(s.answer, { significant: 2 })} µm.`,
      `Check: this is ${formatNumber((100 * s.answer) / L.labFoilThickness.value, { digits: 0 })} % of the ${formatFact(L.labFoilThickness)} foil of a typical coin cell, which is why a coin-cell Li–S result says little about a lean cell.`,
    ],
  }),
  'polysulfide-claim': defineProblem({
    title: 'A polysulfide additive "protects lithium"',
    kind: 'critical-reading',
    marks: 2,
    statement: () =>
      `A paper reports that adding ${formatMolar(CLAIM_LI2S6_M)} Li₂S₆ to a LiNO₃-containing ether electrolyte "protects the lithium anode", citing a Coulombic efficiency of 98 % after 50 cycles in a Li‖Cu cell at 0.5 mA/cm² and 0.5 mAh/cm². Judge the claim against what the review reports about polysulfide concentration and against the test conditions.`,
    hint: `Count sulfur: Li₂S₆ carries six sulfur atoms, Li₂S₅ five, and the cited study gives the review’s 0.5 M as sulfur. Where does ${formatMolar(CLAIM_LI2S6_M)} Li₂S₆ then sit, and how general is that one study’s failure point? What would a Li–S cell demand of the anode that this test does not?`,
    solution: () => [
      `The review gives two points: ${formatFact(F.li2s5Additive)} Li₂S₅ with LiNO₃ built a protective film (CE ${formatFact(F.hybridCE)} after ${formatFact(F.hybridCycles)}), while ${formatFact(F.polysulfideEtch)} polysulfide etched lithium and left an unstable film. Compared by molarity, 0.2 M would sit in the untested gap; but concentrations of different polysulfides are not equivalent.`,
      `Counted as sulfur, ${formatMolar(CLAIM_LI2S6_M)} Li₂S₆ is ${formatMolar(CLAIM_SULFUR_M)} S: ${formatNumber(CLAIM_SULFUR_M / PROTECTIVE_SULFUR_M, { digits: 0 })} times the ${formatMolar(PROTECTIVE_SULFUR_M)} S of the protective recipe, and above the ${formatMolar(ETCHING_M)} of sulfur beyond which that study's film failed and lithium was etched. But that threshold belongs to one study's cells; the review gives none for Cui's LiNO₃ + Li₂S₈ film (ref. 139). Concentration alone therefore neither confirms nor refutes the claim: it puts the claim past the only failure point reported, so the verdict must rest on the test conditions (next point).`,
      'The test is gentle: 0.5 mA/cm² and 0.5 mAh/cm² move a thin layer of lithium slowly, and 50 cycles at 98 % says little about a cell that must last hundreds of cycles with limited lithium.',
      `Check: the claim as supported is "at ${formatMolar(CLAIM_LI2S6_M)}, under mild conditions, lithium plates with 98 % CE for 50 cycles"; "protects the anode" in a Li–S cell needs the cell itself, at practical current, loading and electrolyte amount.`,
    ],
    facts: [F.li2s5Additive, F.hybridCE, F.hybridCycles, F.polysulfideEtch],
  }),
  'rt-na-s-electrolyte': defineProblem({
    title: 'Design an electrolyte for a room-temperature Na–S cell',
    kind: 'design',
    marks: 3,
    statement: () =>
      'You must choose the electrolyte for a room-temperature sodium–sulfur cell with a sodium-metal anode. A colleague proposes copying the best Li–S recipe: an ether with LiNO₃ (or the sodium nitrate salt) and a little polysulfide. Propose a design instead, justifying each choice by what it does at the sodium surface, and say what you would measure to show it works.',
    hint: 'Which additive does the review say harms sodium? Which simple electrolyte gives sodium an inorganic, solvent-tight SEI (one the review says also suppresses polysulfide migration, though its cited study did not test that directly)? What conditions would make your test credible?',
    solution: () => [
      'Reject nitrate: the review reports that nitrate ions make the sodium anode deteriorate, so the nitrate half of the Li–S recipe does not transfer; an additive’s effect belongs to the metal–additive pair.',
      'Treat the polysulfide half of the recipe as a separate question. Xiang et al. report only the nitrate result (their ref. 155). Lee et al. describe the same study (their ref. 73; Part III, Chapter 14, “Designing the electrolyte for sodium”): in diglyme, Na₂S₆ alone gave a uniform film of Na₂O, Na₂S₂ and Na₂S₆ that protected the sodium, while adding sodium nitrate left the film unstable and pinholed. So keep a little polysulfide and drop the nitrate.',
      'Start from NaPF₆ in a glyme (mono-, di- or tetraglyme): it forms an even Na₂O/NaF film on sodium that keeps solvent out and lets the metal plate and strip without dendrites. Xiang et al. state that such a film also suppresses polysulfide migration; the cited study tested a Na–S cell only as a proof of concept.',
      'Consider a solid or ceramic barrier (a sodium-ion conductor) if the liquid cannot stop the shuttle, accepting the interfacial resistance it adds.',
      'Measure: sodium‖sodium and full cells at a few mA/cm² and several mAh/cm², with the sodium excess and the electrolyte per gram of sulfur stated, and the CE over hundreds of cycles. Check: every choice is argued from the sodium surface, not from what worked on lithium.',
    ],
    sources: [{ review: 'xiang2019', ref: 155 }, { review: 'xiang2019', ref: 28 }, { review: 'lee2020', ref: 73 }],
  }),
});

/** Stack mass without electrolyte, mg/cm², of the illustrative Li–S design. */
function stackWithout(): number {
  const m = practicalCellSpecificEnergy(LIS).masses_mg_per_cm2;
  return m.cathodeCoating + m.metal + m.cathodeCurrentCollector + m.anodeCurrentCollector + m.separator;
}
