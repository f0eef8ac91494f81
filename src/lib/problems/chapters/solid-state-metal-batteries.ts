/**
 * Problems for chapter 4 (solid-state-metal-batteries). Overpotentials, layer resistances and
 * shear-modulus thresholds come from the physics library; reported values from the facts.
 */
import {
  BETA_ALUMINA_RT_CONDUCTIVITY_S_per_cm as sigmaBeta,
  ELEMENTS,
  interfacialOverpotential,
  layerAreaSpecificResistance_Ohm_cm2 as layerAsr,
  MONROE_NEWMAN_FACTOR,
  MONROE_NEWMAN_LI_SHEAR_MODULUS_GPa,
  requiredShearModulus,
} from '../../physics/index';
import { formatNumber } from '../../format/formatNumber';
import { formatFact } from '../../facts/formatFact';
import { solidStateMetalBatteriesFacts as F } from '../../facts/solidStateMetalBatteries';
import { defineProblem, defineProblemSet } from '../defineProblems';

const fmt = (x: number, significant = 3) => formatNumber(x, { significant });
/** Lithium's Monroe–Newman bar with Monroe and Newman's own lithium modulus, GPa. */
const MN_LI_BAR = MONROE_NEWMAN_FACTOR * MONROE_NEWMAN_LI_SHEAR_MODULUS_GPa;
/** η in V for J in mA/cm² and ASR in Ω·cm², through the library's SI function. */
const eta = (jmA: number, asr: number) => interfacialOverpotential({ currentDensity: jmA * 10, areaSpecificResistance: asr * 1e-4 });

export const problems = defineProblemSet('solid-state-metal-batteries', {
  'asr-budget': defineProblem({
    title: 'How much interface resistance can a solid-state cell afford?',
    kind: 'calculation',
    marks: 3,
    draw: { jmA: [0.5, 1, 2, 3], etaMv: [20, 50, 100], thick: [20, 30, 50] },
    statement: (p) =>
      `A solid-state sodium cell may lose at most ${p.etaMv} mV at ${p.jmA} mA/cm² across its electrolyte and the sodium–electrolyte interface together. The electrolyte is a ${p.thick} µm layer conducting ${formatNumber(sigmaBeta * 1000, { digits: 0 })}×10⁻³ S/cm. What is the largest interfacial area-specific resistance, in Ω cm², that fits the budget?`,
    hint: 'Total ASR = η/J (V over A/cm²). The layer contributes thickness/conductivity (in cm and S/cm).',
    numeric: {
      solve: (p) => {
        const total = p.etaMv / 1000 / (p.jmA / 1000);
        const bulk = layerAsr(p.thick, sigmaBeta);
        return { total, bulk, answer: total - bulk };
      },
      unit: 'Ω cm²',
      tolerance: { relative: 0.03 },
      display: { significant: 3 },
      mistakes: (p, s) => [{ value: s.total, explanation: 'That is the whole budget; the electrolyte layer uses part of it.' }],
    },
    solution: (p, s) => [
      `Budget: $\\mathrm{ASR} = \\eta/J = ${p.etaMv / 1000}\\ \\mathrm{V} / ${p.jmA / 1000}\\ \\mathrm{A\\,cm^{-2}} = ${fmt(s.total)}$ Ω cm².`,
      `Layer: $${p.thick}\\times10^{-4}\\ \\mathrm{cm} / ${formatNumber(sigmaBeta * 1000, { digits: 0 })}\\times10^{-3}\\ \\mathrm{S\\,cm^{-1}} = ${fmt(s.bulk)}$ Ω cm².`,
      `Interface: ${fmt(s.total)} − ${fmt(s.bulk)} = ${fmt(s.answer)} Ω cm².`,
      `Check: a contact as good as the ALD-treated lithium–garnet interface (${formatFact(F.aldAsrAfter)}) ${F.aldAsrAfter.value <= s.answer ? 'would fit' : 'would not fit'}; one like the untreated garnet (${formatFact(F.aldAsrBefore)}) would not, by far. Doubling the current halves the total budget; because the layer's share stays fixed, the interface's allowance falls by more than half.`,
    ],
    facts: [F.aldAsrAfter, F.aldAsrBefore],
  }),
  'ald-power': defineProblem({
    title: 'What the ALD interlayer saves',
    kind: 'calculation',
    marks: 2,
    draw: { jmA: [0.1, 0.2, 0.5, 1] },
    statement: (p) =>
      `An Al₂O₃ interlayer lowered a garnet's interfacial resistance from ${formatFact(F.aldAsrBefore)} to ${formatFact(F.aldAsrAfter)}. At ${p.jmA} mA/cm², how many millivolts does the interlayer save?`,
    hint: 'η = J × ASR for each interface; subtract. Keep the units: mA/cm² × Ω cm² gives mV.',
    numeric: {
      solve: (p) => {
        const before = eta(p.jmA, F.aldAsrBefore.value);
        const after = eta(p.jmA, F.aldAsrAfter.value);
        return { before, after, answer: 1000 * (before - after) };
      },
      unit: 'mV',
      tolerance: { relative: 0.02 },
      display: { significant: 3 },
      mistakes: (p, s) => [{ value: s.answer / 1000, explanation: 'mA/cm² × Ω cm² gives millivolts, not volts.' }],
    },
    solution: (p, s) => [
      `Before: $\\eta = ${p.jmA}\\ \\mathrm{mA\\,cm^{-2}} \\times ${F.aldAsrBefore.value}\\ \\Omega\\,\\mathrm{cm^2} = ${fmt(1000 * s.before)}$ mV.`,
      `After: $\\eta = ${p.jmA} \\times ${F.aldAsrAfter.value} = ${fmt(1000 * s.after)}$ mV.`,
      `Saved: ${fmt(s.answer)} mV (the coated interface's loss is negligible beside the bare one's).`,
      `Check: the saving is proportional to the current; at 1 mA/cm² the bare interface alone would cost ${fmt(eta(1, F.aldAsrBefore.value))} V, a large share of a cell voltage of a few volts.`,
    ],
    facts: [F.aldAsrBefore, F.aldAsrAfter],
  }),
  'monroe-newman-k': defineProblem({
    title: 'How stiff must a film be on each metal?',
    kind: 'estimation',
    marks: 2,
    draw: { metal: [0, 1, 2] },
    statement: (p) =>
      `Estimate, with the Monroe–Newman factor of ${formatNumber(MONROE_NEWMAN_FACTOR, { digits: 1 })} and handbook shear moduli, the shear modulus an interphase must reach on ${['lithium', 'sodium', 'potassium'][p.metal]}, in GPa. Then say what the estimate leaves out. (Monroe and Newman derived the factor for lithium; using it for sodium or potassium is an extrapolation.)`,
    hint: `Shear moduli (approximate): Li ${formatNumber(ELEMENTS.Li.shearModulus_GPa!, { digits: 1 })}, Na ${formatNumber(ELEMENTS.Na.shearModulus_GPa!, { digits: 1 })}, K ${formatNumber(ELEMENTS.K.shearModulus_GPa!, { digits: 1 })} GPa.`,
    numeric: {
      solve: (p) => {
        const m = (['Li', 'Na', 'K'] as const)[p.metal];
        return { g: ELEMENTS[m].shearModulus_GPa!, answer: requiredShearModulus(m) };
      },
      unit: 'GPa',
      tolerance: { relative: 0.05 },
      display: { significant: 2 },
      mistakes: (p, s) => [{ value: s.g / MONROE_NEWMAN_FACTOR, explanation: 'The interphase must be stiffer than the metal: multiply by the factor, do not divide.' }],
    },
    solution: (p, s) => [
      `The metal's shear modulus is about ${formatNumber(s.g, { digits: 1 })} GPa.`,
      `Required: ${formatNumber(MONROE_NEWMAN_FACTOR, { digits: 1 })} × ${formatNumber(s.g, { digits: 1 })} ≈ ${formatNumber(s.answer, { significant: 2 })} GPa.`,
      'The estimate assumes a perfect, flat, electronically insulating interface and linear elasticity; it ignores defects, grain boundaries, electron leakage and uneven contact, each of which lets metal through a stiff solid.',
      `Check: with handbook moduli the bars fall from lithium (${formatNumber(requiredShearModulus('Li'), { significant: 2 })} GPa) to sodium (${formatNumber(requiredShearModulus('Na'), { significant: 2 })}) to potassium (${formatNumber(requiredShearModulus('K'), { significant: 2 })}), and potassium's is clearly the lowest. Lithium against sodium is not settled: on the handbook moduli for both metals sodium's bar is ${formatNumber(requiredShearModulus('Li') - requiredShearModulus('Na'), { digits: 2 })} GPa lower (unrounded: ${formatNumber(requiredShearModulus('Li'), { digits: 2 })} against ${formatNumber(requiredShearModulus('Na'), { digits: 2 })} GPa), but Monroe and Newman's own lithium modulus, ${formatNumber(MONROE_NEWMAN_LI_SHEAR_MODULUS_GPa, { digits: 1 })} GPa, moves lithium's bar alone to ${formatNumber(MN_LI_BAR, { digits: 2 })} GPa, a shift of ${formatNumber(requiredShearModulus('Li') - MN_LI_BAR, { digits: 2 })} GPa, nearly the whole gap; published lithium moduli span wider still, and sodium's is no better known. Lee et al. argue that softer sodium is easier to hold down; the criterion alone cannot confirm it. The factor is also extrapolated beyond lithium, so the answer is an order of magnitude, not a specification.`,
    ],
    sources: [{ review: 'lee2020', ref: 115 }, { review: 'lee2020', ref: 64 }],
  }),
  'buffer-design': defineProblem({
    title: 'Design a sodium anode for a sulfide solid electrolyte',
    kind: 'design',
    marks: 3,
    statement: () =>
      'You want to use a fast sulfide electrolyte in a room-temperature solid-state sodium cell, but sulfides decompose against sodium and their interfacial resistance grows. Propose an anode-side design using this chapter’s materials, and say what each layer does and what you would measure to show it works.',
    hint: 'Which solid is stable against sodium? What limits it at room temperature, and how could you fix that?',
    solution: () => [
      `Put a thin buffer of sodium β″-alumina between the metal and the sulfide. Its interface with sodium metal stayed stable over time in a direct benchmark against the sulfide Na₃PS₄ (ref. 62); its bulk conducts of the order of ${formatNumber(sigmaBeta * 1000, { digits: 0 })}×10⁻³ S/cm at room temperature, so a 30 µm layer adds only ${fmt(layerAsr(30, sigmaBeta))} Ω cm².`,
      'Its likely weak point, as for garnet, is contact with solid sodium; improve wetting with a thin interlayer that sodium alloys with or reacts into (the sodium counterpart of the lithiophilic layers on garnet) or with a soft polymer buffer, or assemble above sodium’s melting point, and keep the stack under pressure so stripping does not open voids.',
      'Make sure the β″-alumina–sulfide contact is stable too, or add a thin oxide (calculations favour HfO₂ over Al₂O₃ against sodium) where needed.',
      'Measure: the interfacial ASR over time at rest and during cycling, symmetric-cell cycling at 1 mA/cm² or more with several mAh/cm², and a full cell; compare with the sulfide alone.',
      'Check: each layer answers one named failure (decomposition, contact, voids), and each claim is tested at a practical current.',
    ],
    sources: [{ review: 'xiang2019', ref: 62 }, { review: 'xiang2019', ref: 90 }],
  }),
  'garnet-claim': defineProblem({
    title: 'A stiff garnet "cannot be penetrated"',
    kind: 'critical-reading',
    marks: 2,
    statement: () =>
      `A paper writes: "Our LLZO garnet has a shear modulus many times the ${formatNumber(requiredShearModulus('Li'), { digits: 1 })} GPa the Monroe–Newman criterion demands for lithium, so lithium dendrites cannot penetrate it." Its symmetric Li‖LLZO‖Li cell ran for 100 h at 0.1 mA/cm². Judge the claim.`,
    hint: 'What does the criterion assume about the electrolyte? What else makes garnet cells short? And how demanding was the test?',
    solution: () => [
      'The criterion assumes a perfect contact and an electrolyte that conducts only ions. Garnet conducts a little electronically: lithium can be reduced inside it, along grain boundaries, and link up into a short without pushing through from the anode.',
      "Manthiram's group proposed that filaments confined in narrow gaps grow with a sharper curvature and that garnet, being stable, consumes little of them; either way, garnet cells short more readily than liquid ones despite their stiffness.",
      'The test is mild: at 0.1 mA/cm² each hour of plating moves only 0.1 mAh/cm², and a practical cell needs several mA/cm²; shorting in garnet depends on the current, so a low-current test cannot rule it out.',
      'Check: the evidence supports "stable at low current", not "cannot be penetrated"; a convincing test raises the current step by step to find the current at which the garnet first shorts (its shorting current density; solid-state papers call it the critical current density, a different quantity from the $J^*$ of a liquid electrolyte in Chapter 2).',
    ],
    sources: [{ review: 'xiang2019', ref: 57 }, { review: 'xiang2019', ref: 58 }],
  }),
});
