/**
 * Problems for the capstone (sei-design-principles): design problems that draw on all three parts.
 * Numbers from the physics library (retention, plating, Nernst/SHES, Sand's time, Monroe–Newman)
 * and from the facts of the chapters they revisit.
 */
import {
  cyclesUntilRetentionBelow,
  foilArealCapacity,
  requiredShearModulus,
  sandsTime,
  sandsTimeParameters,
  shesThreshold,
  ELEMENTS,
} from '../../physics/index';
import { formatNumber } from '../../format/formatNumber';
import { formatFact } from '../../facts/formatFact';
import { seiDesignPrinciplesFacts as P } from '../../facts/seiDesignPrinciples';
import { electrolyteDesignForSodiumFacts as E } from '../../facts/electrolyteDesignForSodium';
import { artificialSeiAndSodiumFullCellsFacts as A } from '../../facts/artificialSeiAndSodiumFullCells';
import { defineProblem, defineProblemSet } from '../defineProblems';

const fmt = (x: number, significant = 3) => formatNumber(x, { significant });
/** A standard potential as the course's data table gives it (all its decimals), so the statement shows what the solution uses. */
const e0 = (m: 'K' | 'Na') => formatNumber(ELEMENTS[m].standardPotential_V, { digits: String(ELEMENTS[m].standardPotential_V).split('.')[1]?.length ?? 0 });
const T = {
  diffusivity: sandsTimeParameters.diffusivity.default,
  concentration: sandsTimeParameters.concentration.default,
  cationTransference: sandsTimeParameters.cationTransference.default,
};

export const problems = defineProblemSet('sei-design-principles', {
  'spare-sodium-budget': defineProblem({
    title: 'How much spare sodium does an efficiency buy?',
    kind: 'calculation',
    marks: 3,
    draw: { foil: [10, 20, 30, 50], loading: [2, 3, 4], ce: [99, 99.2, 99.5] },
    statement: (p) =>
      `A sodium-metal cell cycles ${p.loading} mAh/cm² against a sodium foil ${p.foil} µm thick, at a Coulombic efficiency of ${p.ce} % (for comparison, the Li⁺/Na⁺ hybrid electrolyte of Part III, ${formatFact(E.hybridSaltConcentration)} LiPF₆ + NaPF₆ in DME, reached ${formatFact(E.hybridCE)} over ${formatFact(E.hybridCycles)}, a value the review credits to the Li–Na hybrid battery without giving the cell format or test conditions). After how many cycles has its capacity first fallen below 80 %? Use the inventory model (the spare metal is used up first).`,
    hint: 'Turn the foil thickness into mAh/cm² (Part III, plating thickness), divide by the loading to get the excess, then use the retention model of Part I.',
    numeric: {
      solve: (p) => {
        const foilCap = foilArealCapacity('Na', p.foil);
        const excess = foilCap / p.loading;
        const answer = cyclesUntilRetentionBelow({ coulombicEfficiency: p.ce / 100, excess, model: 'inventory', threshold: 0.8 });
        const none = cyclesUntilRetentionBelow({ coulombicEfficiency: p.ce / 100, excess: 0, model: 'inventory', threshold: 0.8 });
        return { foilCap, excess, none, answer };
      },
      unit: 'cycles',
      tolerance: { absolute: 2 },
      display: { digits: 0 },
      mistakes: (p, s) => [{ value: s.none, explanation: 'That ignores the foil: with spare sodium the losses are first taken from the reservoir.' }],
    },
    solution: (p, s) => [
      `Charge stored in the foil: ${p.foil} µm of sodium holds ${fmt(s.foilCap)} mAh/cm².`,
      `Excess relative to the cycled charge: ${fmt(s.foilCap)} ÷ ${p.loading} = ${fmt(s.excess)} (${formatNumber(100 * s.excess, { digits: 0 })} %).`,
      `The reservoir absorbs the loss of ${formatNumber(100 - p.ce, { significant: 2 })} % per cycle first; the capacity first falls below 80 % after ${formatNumber(s.answer, { digits: 0 })} cycles.`,
      `Check: without the foil the same efficiency gives only ${formatNumber(s.none)} cycles. The spare sodium adds life only for as long as the reservoir lasts, about excess ÷ (1 − CE) = ${formatNumber(s.excess / (1 - p.ce / 100), { digits: 0 })} cycles here, so it depends on the efficiency as much as on the foil; that is why Part I insists on reporting N/P alongside CE.`,
    ],
    facts: [E.hybridCE, E.hybridSaltConcentration, E.hybridCycles],
  }),
  'shield-and-sand': defineProblem({
    title: 'Shield or concentration against a hot spot?',
    kind: 'calculation',
    marks: 3,
    draw: { conc: [2, 3, 4] },
    statement: (p) =>
      `A sodium anode has hot spots where the local current reaches 100 mA/cm². Option A adds K⁺ as a shield; option B raises the salt from 1 M to ${p.conc} M (assume D and t₊ unchanged: 3×10⁻¹⁰ m²/s, 0.38). (i) Check that K⁺ can never plate on sodium, using $E^\\circ(\\mathrm{K^+/K})$ = ${e0('K')} V and $E^\\circ(\\mathrm{Na^+/Na})$ = ${e0('Na')} V at 25 °C. (ii) Compute Sand's time at the hot spot for option B, in seconds.`,
    hint: 'For (i), the Nernst threshold of K⁺ on Na. For (ii), τs ∝ c₀²: compute it at 1 M, then scale.',
    numeric: {
      solve: (p) => {
        const kNa = shesThreshold({ additive: 'K', host: 'Na' });
        const t1 = sandsTime({ ...T, currentDensity: 1000 });
        const answer = sandsTime({ ...T, concentration: T.concentration * p.conc, currentDensity: 1000 });
        return { kNa, t1, answer };
      },
      unit: 's',
      tolerance: { relative: 0.03 },
      display: { significant: 3 },
      mistakes: (p, s) => [{ value: s.t1 * p.conc, explanation: "Sand's time scales with the square of the concentration, not linearly." }],
    },
    solution: (p, s) => [
      `(i) K⁺ on sodium: the threshold is ${fmt(s.kNa, 2)} M, far above any soluble concentration, so K⁺ never plates (how well it then shields depends on how much of it gathers at tips).`,
      `(ii) At 1 M and 100 mA/cm² (1000 A/m²): τs = ${fmt(s.t1)} s.`,
      `At ${p.conc} M: × ${p.conc}² → ${formatNumber(s.answer, { significant: 3 })} s.`,
      'Check: both numbers are seconds to tens of seconds, so neither option alone makes a hot spot safe over a charge of hours; the shield lowers the hot-spot current itself, concentration only buys time, and a uniform SEI removes the hot spot. They combine rather than compete. The c₀² scaling holds D and t₊ fixed. In a real concentrated electrolyte the viscosity rises and D falls, which shrinks the gain, while the Na⁺ transference number can rise, which enlarges it through 1/(1 − t₊)²; the real gain can be smaller or larger than c₀².',
    ],
  }),
  'anode-free-na-80-200': defineProblem({
    title: 'An anode-free sodium cell that keeps 80 % after 200 cycles',
    kind: 'design',
    marks: 3,
    statement: () =>
      'Choose an electrolyte and an interphase for an anode-free sodium cell (sodium plated onto an aluminium foil on the first charge) that must keep 80 % of its capacity after 200 cycles. Justify each choice with a number from the course.',
    hint: 'Start from the efficiency the target demands (Part I), then ask which formulation in Part III came closest and what the interphase must add (uniform nucleation, inorganic film, enough stiffness on sodium).',
    solution: () => [
      `Target: with no spare sodium, CE²⁰⁰ ≥ 0.8, so CE ≥ ${formatNumber(100 * Math.pow(0.8, 1 / 200), { digits: 2 })} % (Part I's retention model). FEC in carbonate (${formatFact(P.fecEfficiency)}) and even the concentrated electrolyte (${formatFact(E.hceCE)}) fall well short; the Li⁺/Na⁺ hybrid salt reached ${formatFact(E.hybridCE)}. None of the efficiencies quoted in Lee et al. (2020) reaches the target, and each comes from a different cell and test; some glyme electrolytes (Seh et al. 2015, cited by Xiang et al. 2019 as ref. 28; see the worked example on this page) have been reported near it at low current, so check the test conditions, then stack measures.`,
      `Electrolyte: a concentrated NaFSI electrolyte (${formatFact(P.hceConcentration)}) or its localised high-concentration version with an inert diluent: the anion is reduced first and builds an inorganic film, Sand's time grows (about as c₀² if D and t₊ stayed fixed), and with no free solvent the cathode's aluminium collector is passivated rather than corroded. The aluminium foil on the negative side needs no such protection: at its low potential sodium does not react with aluminium and the Al–FSI corrosion does not occur. Add Li⁺ or K⁺ as a shield (their thresholds on sodium are far above any soluble concentration, so neither plates).`,
      `Interphase: a thin sodiophilic (readily wetted by sodium) alloy or ion-conducting layer on the aluminium (a Na–Sn alloy, or a film a few nm thick grown by atomic layer deposition) so the first sodium nucleates evenly; if a stiff layer is used, it needs about ${formatNumber(requiredShearModulus('Na'), { digits: 1 })} GPa on sodium if Monroe and Newman's lithium-derived factor carries over, by the Monroe–Newman rule, but it must not crack when tens of micrometres of sodium plate beneath it.`,
      'Check each choice against a failure in Part I: uneven nucleation (interphase), organic soluble SEI (concentrated anion chemistry), hot spots (shield), cathode-collector corrosion (no free solvent). Test above 5 mA/cm² and 5 mAh/cm² with lean electrolyte before claiming the target.',
    ],
    facts: [P.fecEfficiency, E.hceCE, E.hybridCE, P.hceConcentration],
    sources: [{ review: 'xiang2019', ref: 28 }],
  }),
  'metal-air-anode': defineProblem({
    title: 'An SEI for the anode of a sodium–oxygen cell',
    kind: 'design',
    marks: 3,
    statement: () =>
      'Part II showed that a metal–air anode faces a triple-phase interface: O₂, CO₂, water, superoxide and redox mediators cross from the cathode. Specify the SEI you would want on a sodium anode in such a cell, property by property, and name one strategy from Part III that supplies each.',
    hint: 'Take the five requirements of the capstone and add the sixth, impermeability. Which strategies of Part III were tested in Na–O₂ cells?',
    solution: () => [
      'Ionic conduction and electron blocking: an inorganic, NaF-rich film (FEC pre-cycling or fluorinated carbon nanotubes, both tested in Na–O₂ cells in chapter 15).',
      'Uniformity: an ether electrolyte that forms a thin even film (diglyme, i.e. DEGDME, which cycled longest in Na–O₂; or DME with NaPF₆), plus a shield cation if needed; avoid NaTFSI, which destroyed sodium in DME.',
      `Mechanical resilience: a poly(vinylidene fluoride-co-hexafluoropropylene) (PVDF-HFP)/Al₂O₃ composite layer (shear modulus ${formatFact(A.cplShearModulus)}, just past the ${formatNumber(requiredShearModulus('Na'), { digits: 1 })} GPa Monroe–Newman bar on sodium, a bar extrapolated from lithium; tested in oxide full cells, not yet in Na–O₂), or an elastic composite polymer electrolyte like the PVDF-HFP/SiO₂ CPE of Na–CO₂ cells (a "mechanical strength" of ${formatFact(A.cpeStrengthLow).replace(/\s?GPa$/, '')}–${formatFact(A.cpeStrengthHigh)} in the review, which is not a shear modulus; if it is an elastic (Young's) modulus, G ≈ E/[2(1 + ν)] ≈ ${formatNumber(A.cpeStrengthHigh.value / 2.9, { digits: 1 })} GPa (ν ≈ 0.45), far below the bar, and a solvent-swollen polymer gel is in any case much softer than 6 GPa, so it relies on elasticity rather than stiffness).`,
      'Impermeability, the sixth property: a dense film or a polymer/ceramic separator layer that blocks O₂ and superoxide, which otherwise oxidise sodium to an insulating layer; design it together with the separator, as Part II concludes.',
      'Check: each property is matched to a strategy, with the cell type it was tested in; note where that is not a metal–air cell. None of the strategies alone covers all six.',
    ],
    facts: [A.cplShearModulus, A.cpeStrengthLow, A.cpeStrengthHigh],
    sources: [{ review: 'ge2024' }, { review: 'lee2020', ref: 162 }],
  }),
  'model-as-proof': defineProblem({
    title: '"The simulation confirms that FEC flattens the deposit"',
    kind: 'critical-reading',
    marks: 2,
    statement: () =>
      `A student report reads: "In the course's growth simulation the FEC preset gave a flatter deposit than the carbonate baseline, which confirms that FEC improves sodium plating. Experiments agree: FEC raised the inorganic share of the SEI from ${formatFact(P.inorganicWithoutFec)} to ${formatFact(P.inorganicWithFec)} and the CE to ${formatFact(P.fecEfficiency)}." Judge the two halves of the argument.`,
    hint: 'Where did the simulation\'s FEC setting come from? What did each experiment measure, and under which conditions?',
    solution: () => [
      "The simulation half is circular: the preset's lower film non-uniformity was chosen to show the trend the review describes, so the model can only illustrate it; it cannot confirm it.",
      'The NMR result measures composition of SEI scraped after many cycles, an average with no spatial information; it supports "more inorganic", and by way of the film\'s modulus and uniformity a plausible mechanism, but it does not image flatter deposits.',
      `The CE of ${formatFact(P.fecEfficiency)} is an improvement, yet far below what an anode with little spare metal needs; and FEC is consumed as it works, so the film keeps thickening.`,
      'Check: a sound report would cite the experiments as evidence, use the simulation to show *why* a more uniform film flattens growth, and state the test conditions behind each number.',
    ],
    facts: [P.inorganicWithoutFec, P.inorganicWithFec, P.fecEfficiency],
  }),
});
