/**
 * Problems for chapter 9 (electrolytes-for-metal-air). Numbers come from the physics library
 * (oxygen crossover, plating thickness, Faraday constant) and from the chapter's facts.
 */
import { FARADAY, oxygenCrossover, platingThickness, TYPICAL_O2_TRANSPORT as T } from '../../physics/index';
import { formatNumber } from '../../format/formatNumber';
import { formatFact } from '../../facts/formatFact';
import { electrolytesForMetalAirFacts as F } from '../../facts/electrolytesForMetalAir';
import { defineProblem, defineProblemSet } from '../defineProblems';

const fmt = (x: number, significant = 3) => formatNumber(x, { significant });
/** A typical Li–O₂ charging current range (mA/cm²), stated in the shuttle problem as its yardstick. */
const CHARGE_LOW = 0.1;
const CHARGE_HIGH = 0.5;

export const problems = defineProblemSet('electrolytes-for-metal-air', {
  'film-vs-plated-layer': defineProblem({
    title: 'A nanometre film over a micrometre cycle',
    kind: 'calculation',
    marks: 2,
    draw: { capacity: [0.5, 1, 2, 3, 4] },
    statement: (p) =>
      `A lithium anode is protected by a Li₂O film ${formatFact(F.li2oFilmThickness)} thick. Each cycle plates and strips ${p.capacity} mAh/cm² of dense lithium. How many times thicker than the film is the lithium layer moved per cycle?`,
    hint: 'Convert the areal capacity to a thickness of dense lithium (charge → moles → volume), then divide by the film thickness in the same unit.',
    numeric: {
      solve: (p) => {
        const layer_um = platingThickness('Li', p.capacity);
        const charge = p.capacity * 3.6;
        // Rounded rule of thumb (≈ 5 µm of Li per mAh/cm²) for the Check step.
        const rule_um = Number(platingThickness('Li', 1).toPrecision(1));
        const roughRatio = (rule_um * p.capacity * 1000) / F.li2oFilmThickness.value;
        return { charge, layer_um, rule_um, roughRatio, answer: (layer_um * 1000) / F.li2oFilmThickness.value };
      },
      unit: '',
      tolerance: { relative: 0.03 },
      display: { significant: 3 },
      mistakes: (p, s) => [
        { value: s.layer_um / F.li2oFilmThickness.value, explanation: 'The layer is in µm and the film in nm: convert one of them (1 µm = 1000 nm) before dividing.' },
      ],
    },
    solution: (p, s) => [
      `Charge: ${p.capacity} mAh/cm² × 3.6 C/mAh = ${fmt(s.charge)} C/cm², one electron per lithium atom.`,
      `Moles × molar volume of lithium give a dense layer ${fmt(s.layer_um)} µm = ${fmt(s.layer_um * 1000)} nm thick.`,
      `Ratio: ${fmt(s.layer_um * 1000)} / ${F.li2oFilmThickness.value} = ${fmt(s.answer)}.`,
      'Interpretation: many film thicknesses of metal per cycle, so the film cannot simply ride on the metal; it must deform, crack and be rebuilt from the electrolyte.',
      `Check: with the rounded rule of about ${fmt(s.rule_um, 1)} µm of lithium per mAh/cm², ${fmt(s.rule_um, 1)} × ${p.capacity} × 1000 nm / ${F.li2oFilmThickness.value} nm ≈ ${fmt(s.roughRatio)}, within a few per cent of the exact answer.`,
    ],
    facts: [F.li2oFilmThickness],
  }),
  'diffusion-factor-needed': defineProblem({
    title: 'How much slower must the gas diffuse?',
    kind: 'calculation',
    marks: 3,
    draw: { thickness: [25, 50, 100], target: [0.05, 0.1, 0.2] },
    statement: (p) =>
      `A Li–O₂ cell under 1 atm O₂ has a free electrolyte layer ${p.thickness} µm thick between cathode and lithium. Take $D = ${fmt(T.diffusivity_cm2_per_s * 1e5, 2)}\\times10^{-5}$ cm²/s and a solubility of ${fmt(T.henry_M_per_atm * 1000, 2)} mM/atm, with O₂ reduced to Li₂O at the lithium. By what factor must an additive lower the O₂ diffusion coefficient for the crossover current to fall to ${p.target} mA/cm²?`,
    hint: 'Compute the crossover current without the additive ($j = 4FDc/L$); the current is proportional to $D$.',
    numeric: {
      solve: (p) => {
        const r = oxygenCrossover({ diffusivity_cm2_per_s: T.diffusivity_cm2_per_s, henry_M_per_atm: T.henry_M_per_atm, pO2_atm: 1, thickness_um: p.thickness });
        return { flux: r.flux_mol_per_cm2_s, j: r.parasiticCurrent_mA_per_cm2, answer: r.parasiticCurrent_mA_per_cm2 / p.target };
      },
      unit: '',
      tolerance: { relative: 0.03 },
      display: { significant: 3 },
      mistakes: (p, s) => [
        { value: s.answer / 2, explanation: 'That assumes 2 electrons per O₂ (Li₂O₂); the problem takes the O₂ to Li₂O, 4 electrons.' },
      ],
    },
    solution: (p, s) => [
      `Flux without additive: $N = Dc/L = ${fmt(s.flux * 1e9)}\\times10^{-9}$ mol cm⁻² s⁻¹ (c = ${fmt(T.henry_M_per_atm * 1e3, 2)}×10⁻⁶ mol/cm³, L = ${fmt(p.thickness * 1e-4, 2)} cm).`,
      `Current: $j = 4FN = ${fmt(s.j, 4)}$ mA/cm².`,
      `Since $j \\propto D$, the factor is ${fmt(s.j, 4)} / ${p.target} ≈ ${fmt(s.answer)}.`,
      'Interpretation: factors of ten or more are far beyond what a dilute particle suspension does to a small molecule\'s diffusivity; lowering the O₂ solubility (for example by salting-out at high salt concentration) or adding a film must share the job.',
      `Check: units (cm²/s)(mol/cm³)/cm = mol cm⁻² s⁻¹, and × C/mol gives A/cm²; the 4 is four electrons per O₂ for Li₂O. Going back, ${fmt(s.j, 4)} mA/cm² ÷ ${fmt(s.answer)} = ${fmt(s.j / s.answer, 2)} mA/cm², the target.`,
    ],
    facts: [],
    sources: [{ review: 'ge2024', ref: 105 }],
  }),
  'mediator-shuttle-current': defineProblem({
    title: 'Estimate a mediator shuttle current',
    kind: 'estimation',
    marks: 2,
    draw: { conc: [10, 20, 50], thickness: [25, 50, 100] },
    statement: (p) =>
      `A Li–O₂ cell charges with ${p.conc} mM of an iodide mediator, and near the end of charge assume all of it is in the oxidised form I₃⁻ at the cathode side. Estimate the shuttle current density (mA/cm²) if I₃⁻ diffuses ($D \\approx 1\\times10^{-5}$ cm²/s, an order-of-magnitude value for small ions in organic electrolytes) across a free layer ${p.thickness} µm thick, the lithium consumes every I₃⁻ that arrives (zero concentration there), and each I₃⁻ takes 2 electrons from the lithium (2Li + I₃⁻ → 2Li⁺ + 3I⁻). Compare the result with a charging current of ${CHARGE_LOW}–${CHARGE_HIGH} mA/cm².`,
    hint: 'Same Fick estimate as for oxygen: $j = nFDc/L$ with $n = 2$, the I₃⁻ concentration on one side and zero on the other.',
    numeric: {
      solve: (p) => {
        const c = p.conc / 3 / 1e6; // 3 I⁻ make one I₃⁻; mol/cm³
        const flux = (1e-5 * c) / (p.thickness * 1e-4);
        // Independent route for the Check: the O₂ crossover of the same layer, rescaled for n, D and c.
        const jO2 = oxygenCrossover({ diffusivity_cm2_per_s: T.diffusivity_cm2_per_s, henry_M_per_atm: T.henry_M_per_atm, pO2_atm: 1, thickness_um: p.thickness }).parasiticCurrent_mA_per_cm2;
        const scaled = jO2 * (2 / 4) * (1e-5 / T.diffusivity_cm2_per_s) * (c / (T.henry_M_per_atm / 1000));
        return { c, flux, jO2, scaled, answer: 2 * FARADAY * flux * 1000 };
      },
      unit: 'mA/cm²',
      tolerance: { relative: 0.1 },
      display: { significant: 2 },
      mistakes: (p, s) => [
        { value: s.answer * 3, explanation: 'Three iodide ions make one tri-iodide: the I₃⁻ concentration is a third of the iodide concentration.' },
      ],
    },
    solution: (p, s) => [
      `Three I⁻ give one I₃⁻, so $c(\\mathrm{I_3^-}) = ${p.conc}/3$ mM $= ${fmt(s.c * 1e6)}\\times10^{-6}$ mol/cm³.`,
      `Flux: $N = Dc/L = ${fmt(s.flux * 1e9)}\\times10^{-9}$ mol cm⁻² s⁻¹.`,
      `Current: $j = 2FN = ${formatNumber(s.answer, { significant: 2 })}$ mA/cm².`,
      `Compared with a charging current of ${CHARGE_LOW}–${CHARGE_HIGH} mA/cm², the shuttle estimate is ${fmt(s.answer / CHARGE_HIGH, 2)} to ${fmt(s.answer / CHARGE_LOW, 2)} times larger: a mediator shuttling this freely would swallow the whole charging current and the cell would never finish charging. This is why the nitrate, IMPBr and separator strategies target it.`,
      `Check: scale the oxygen crossover of the same layer (${fmt(s.jO2)} mA/cm² for 4 electrons, $D$ = ${fmt(T.diffusivity_cm2_per_s * 1e5, 2)}×10⁻⁵ cm²/s, ${fmt(T.henry_M_per_atm * 1000, 2)} mM): × 2/4 (electrons) × 1.0/${fmt(T.diffusivity_cm2_per_s * 1e5, 2)} (diffusivity) × ${fmt(s.c * 1e6)}/${fmt(T.henry_M_per_atm * 1000, 2)} (concentration, mM) gives ${formatNumber(s.scaled, { significant: 2 })} mA/cm², the same.`,
    ],
    facts: [],
    sources: [{ review: 'ge2024', ref: 154 }, { review: 'ge2024', ref: 112 }],
  }),
  'reading-980': defineProblem({
    title: '“980 times more effective”',
    kind: 'critical-reading',
    marks: 2,
    statement: () =>
      `The review reports that a hydrophobic silica colloid electrolyte (${formatFact(F.hsceLoading)} silica) gives a protective effect “${formatFact(F.hsceAnticorrosion)} more effective” than the same electrolyte without silica, and an anode lifespan of ${formatFact(F.hsceCycles)} in Li–O₂ cells. What would you need to know before using either number to compare this electrolyte with another one?`,
    hint: 'A ratio needs a named quantity; a cycle count needs a protocol. Use the six questions of the "How to read a metal–air paper" box.',
    solution: () => [
      'For the ratio: which quantity was measured (a corrosion rate, a mass or thickness lost, a time to visible corrosion, a diffusion coefficient), under which gas and humidity, and for how long. The review does not say; its figure shows a schematic and photographs of lithium exposed to air.',
      'For the cycles: the capacity per cycle and whether it was capacity-limited, the current density and the lithium excess are not given; the review says only "in Li–O₂ batteries", which implies O₂ rather than air but not whether the gas was pure or dry, nor whether the 550 cycles count full-cell cycles or a symmetric anode test.',
      'Without them the two numbers show that the colloid helps, not by how much compared with other strategies; the chapter\'s results table marks the missing conditions.',
      `Why it matters: by Fick's law a ${formatFact(F.hsceAnticorrosion).replace(/\s+times$/, '-fold')} cut in the diffusion coefficient would cut the O₂ supply as much, an implausibly large effect for ${formatFact(F.hsceLoading)} of particles, so the ratio probably measures something else.`,
      'Check: every item on your list should be a quantity or condition that the review leaves out; the chapter\'s results table marks the current-density, capacity and efficiency gaps ("n.s.") in the colloid\'s row. An item the review does give (the silica loading, the cycle count) is not a gap.',
    ],
    facts: [F.hsceAnticorrosion, F.hsceCycles, F.hsceLoading],
    sources: [{ review: 'ge2024', ref: 105 }],
  }),
  'ltap-claim': defineProblem({
    title: 'Does LTAP protect lithium?',
    kind: 'critical-reading',
    marks: 2,
    statement: () =>
      'The review says a LTAP ceramic (a NASICON-type Li–Al–Ti phosphate) served "as both a catholyte and a Li protector", so that the lithium did not react with O₂, H₂O and CO₂. Using what you know from the solid-state chapter, judge this claim and say what you would look for in the original paper.',
    hint: 'What happens to Ti⁴⁺ in contact with lithium metal?',
    solution: () => [
      'LTAP conducts Li⁺ and is dense, so it can keep O₂, H₂O and CO₂ away from the lithium: the gas-blocking part of the claim is plausible.',
      'But lithium metal reduces Ti⁴⁺ to Ti³⁺ on contact, turning the ceramic into a mixed conductor at the interface, which then keeps reacting. LTAP is not stable against lithium.',
      'So in the original paper look for what sits between lithium and LTAP (a polymer or liquid interlayer), and whether the interfacial resistance grows with time.',
      'The review also prints the formula with Tl (thallium) where Ti is meant, and even with Ti its subscripts do not balance the charge of the twelve oxide ions; the family formula Li₁₊ₓ₊ᵧAlₓTi₂₋ₓSiᵧP₃₋ᵧO₁₂ with x = 0.25, y = 0.3 gives Li₁.₅₅, so treat the printed composition as nominal.',
      'Check: your judgement should separate the two halves of the claim. If it would accept any dense Li⁺ conductor as stable against lithium, it has missed the Ti⁴⁺ reduction; if it rejects the gas-blocking too, it has missed that a dense ceramic does keep gases out.',
    ],
    facts: [],
    sources: [{ review: 'ge2024', ref: 117 }],
  }),
});
