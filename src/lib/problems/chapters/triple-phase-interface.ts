/**
 * Problems for chapter 8 (triple-phase-interface). Numbers come from the physics library
 * (oxygen crossover, plating thickness, theoretical specific energy, fuel comparison figures)
 * and from the chapter's facts.
 */
import {
  ELECTRIC_DRIVETRAIN_EFFICIENCY,
  FARADAY,
  GASOLINE_AT_WHEELS_WH_PER_KG,
  oxygenCrossover,
  platingThickness,
  theoreticalSpecificEnergy,
  theoreticalSpecificEnergyOnMetal,
  TYPICAL_O2_TRANSPORT as T,
} from '../../physics/index';
import { formatNumber } from '../../format/formatNumber';
import { triplePhaseInterfaceFacts as F } from '../../facts/triplePhaseInterface';
import { defineProblem, defineProblemSet } from '../defineProblems';

const fmt = (x: number, significant = 3) => formatNumber(x, { significant });
const D = T.diffusivity_cm2_per_s;
const KH = T.henry_M_per_atm;
/** Useful current of a cell delivering 1 mAh/cm² over 10 h (min) or 2 h (max), mA/cm². */
const USEFUL_MIN = 1 / 10;
const USEFUL_MAX = 1 / 2;
/** A typical thin lithium foil and an anode-lean one, µm, for scale. */
const THIN_FOIL_UM = 50;
const LEAN_FOIL_UM = 20;

export const problems = defineProblemSet('triple-phase-interface', {
  'crossover-current': defineProblem({
    title: 'Oxygen crossing a porous separator',
    kind: 'calculation',
    marks: 3,
    draw: { thickness: [20, 25, 30, 40, 50], porosity: [0.3, 0.4, 0.5, 0.6], tortuosity: [1.5, 2, 3] },
    statement: (p) =>
      `A Li–O₂ cell runs under 1 atm of pure O₂. Its separator is ${p.thickness} µm thick, with porosity ${p.porosity} and tortuosity factor ${p.tortuosity}. Take the O₂ diffusivity in the electrolyte as $${fmt(D * 1e5, 2)}\\times10^{-5}$ cm²/s and the Henry's-law solubility as ${fmt(KH * 1000, 2)} mM/atm. If the lithium reduces every O₂ molecule that arrives to Li₂O, what parasitic current density (mA/cm²) does the crossover cost?`,
    hint: 'Find $c$ from Henry\'s law, $D_\\mathrm{eff} = D\\varepsilon/\\tau$, then $N = D_\\mathrm{eff}c/L$ and $j = 4FN$. Keep everything in cm and mol/cm³.',
    numeric: {
      solve: (p) => {
        const r = oxygenCrossover({ diffusivity_cm2_per_s: D, henry_M_per_atm: KH, pO2_atm: 1, thickness_um: p.thickness, porosity: p.porosity, tortuosity: p.tortuosity });
        return { c: r.concentration_M, dEff: r.effectiveDiffusivity_cm2_per_s, flux: r.flux_mol_per_cm2_s, answer: r.parasiticCurrent_mA_per_cm2 };
      },
      unit: 'mA/cm²',
      tolerance: { relative: 0.03 },
      display: { significant: 3 },
      mistakes: (p, s) => [
        { value: s.answer / 2, explanation: 'That uses 2 electrons per O₂ (Li₂O₂). The problem says the lithium takes the oxygen all the way to Li₂O: 4Li + O₂ → 2Li₂O, 4 electrons per O₂.' },
        { value: (s.answer * p.tortuosity) / p.porosity, explanation: 'That ignores the separator: only the fraction ε of the area is open, and its winding pores slow diffusion further by the tortuosity factor τ, so D_eff = Dε/τ.' },
      ],
    },
    solution: (p, s) => [
      `Henry's law: $c = ${fmt(KH * 1000, 2)}$ mM $= ${fmt(s.c * 1e3, 3)}\\times10^{-6}$ mol/cm³ at the cathode side, taken as zero at the anode, which consumes the O₂.`,
      `Effective diffusivity: $D_\\mathrm{eff} = D\\varepsilon/\\tau = ${fmt(s.dEff * 1e6)}\\times10^{-6}$ cm²/s.`,
      `Flux: $N = D_\\mathrm{eff}c/L$ with $L = ${fmt(p.thickness * 1e-4, 2)}$ cm gives $N = ${fmt(s.flux * 1e9)}\\times10^{-9}$ mol cm⁻² s⁻¹.`,
      `Current: $j = 4FN = 4 \\times ${Math.round(FARADAY)} \\times N = ${fmt(s.answer)}$ mA/cm².`,
      `Check: an hour of this current consumes ${fmt(platingThickness('Li', s.answer), 2)} µm of lithium. A cell delivering 1 mAh/cm² over 10 h down to 2 h draws a useful ${formatNumber(USEFUL_MIN, { digits: 1 })}–${formatNumber(USEFUL_MAX, { digits: 1 })} mA/cm², so this estimate is ${fmt(s.answer / USEFUL_MAX, 2)} to ${fmt(s.answer / USEFUL_MIN, 2)} times the useful current. It is an upper bound (saturated O₂ at the cathode face, none at the anode, no passivating film), but it shows why a porous separator alone cannot keep oxygen off the metal.`,
    ],
    facts: [],
  }),
  'crossover-lithium-loss': defineProblem({
    title: 'Lithium eaten by oxygen during one discharge in air',
    kind: 'calculation',
    marks: 3,
    draw: { hours: [5, 10, 20], thickness: [25, 50] },
    statement: (p) =>
      `A Li–air cell breathes dry air (O₂ partial pressure ${T.airO2Fraction} atm) through a free electrolyte layer ${p.thickness} µm thick between cathode and anode (no separator: ε = τ = 1). With $D = ${fmt(D * 1e5, 2)}\\times10^{-5}$ cm²/s, a solubility of ${fmt(KH * 1000, 2)} mM/atm and reduction of O₂ to Li₂O at the lithium, how thick a layer of lithium (µm) does the crossing oxygen consume during a discharge lasting ${p.hours} h?`,
    hint: 'Work out the parasitic current density first, multiply by the time to get mAh/cm², and convert with the molar volume of lithium.',
    numeric: {
      solve: (p) => {
        const r = oxygenCrossover({ diffusivity_cm2_per_s: D, henry_M_per_atm: KH, pO2_atm: T.airO2Fraction, thickness_um: p.thickness });
        const charge = r.parasiticCurrent_mA_per_cm2 * p.hours;
        return { j: r.parasiticCurrent_mA_per_cm2, charge, answer: platingThickness('Li', charge) };
      },
      unit: 'µm',
      tolerance: { relative: 0.03 },
      display: { significant: 3 },
      mistakes: (p, s) => [
        { value: s.answer / T.airO2Fraction, explanation: 'That uses pure O₂. In air the partial pressure, and by Henry\'s law the dissolved O₂, is about a fifth as large.' },
      ],
    },
    solution: (p, s) => [
      `In air $c = ${fmt(KH * 1000, 2)} \\times ${T.airO2Fraction}$ mM, and with ε = τ = 1 the crossover current is $j = 4FDc/L = ${fmt(s.j)}$ mA/cm².`,
      `Over ${p.hours} h this is ${fmt(s.charge)} mAh/cm² of lithium oxidised.`,
      `Dense lithium occupies ${fmt(platingThickness('Li', 1))} µm per mAh/cm², so the layer lost is ${fmt(s.answer)} µm.`,
      `Check: ${fmt(s.answer)} µm is ${fmt(s.answer / THIN_FOIL_UM, 2)} times a typical ${THIN_FOIL_UM} µm thin lithium foil and ${fmt(s.answer / LEAN_FOIL_UM, 2)} times a ${LEAN_FOIL_UM} µm foil of an anode-lean cell. Even in air, an unprotected anode cannot afford free oxygen access; a real film only slows, not stops, the loss.`,
    ],
    facts: [],
  }),
  'wheels-break-even': defineProblem({
    title: 'Li–air against gasoline, at the wheels',
    kind: 'estimation',
    marks: 2,
    draw: { efficiency: [0.8, 0.85, 0.9] },
    statement: (p) =>
      `Gasoline delivers about ${formatNumber(GASOLINE_AT_WHEELS_WH_PER_KG)} Wh/kg at the wheels. Estimate the smallest mass fraction of reactant (as %, Li₂O₂ at the end of discharge) that a Li–air battery needs to match it, with an electric drivetrain efficiency of ${Math.round(p.efficiency * 100)} %. Compare the battery with the fuel alone, leaving out tank, engine and motor.`,
    hint: 'The battery carries its Li₂O₂ at the end of discharge, so use the product-basis specific energy.',
    numeric: {
      solve: (p) => {
        const w = theoreticalSpecificEnergy('Li-O2');
        const wheels = w * p.efficiency;
        return { w, wheels, answer: (100 * GASOLINE_AT_WHEELS_WH_PER_KG) / wheels };
      },
      unit: '%',
      tolerance: { relative: 0.05 },
      display: { significant: 2 },
      mistakes: (p) => [
        { value: (100 * GASOLINE_AT_WHEELS_WH_PER_KG) / (theoreticalSpecificEnergyOnMetal('Li-O2') * p.efficiency), explanation: 'That weighs only the lithium. A discharged battery holds the oxygen as Li₂O₂, and it must carry that mass.' },
      ],
    },
    solution: (p, s) => [
      `Theoretical specific energy on Li₂O₂: ${formatNumber(s.w)} Wh/kg (2Li + O₂ → Li₂O₂ at 2.96 V).`,
      `At the wheels: × ${p.efficiency} = ${formatNumber(s.wheels)} Wh/kg of reactant.`,
      `Break-even fraction: ${formatNumber(GASOLINE_AT_WHEELS_WH_PER_KG)} / ${formatNumber(s.wheels)} = ${formatNumber(s.answer, { significant: 2 })} %.`,
      `Check: with the rounded ${formatNumber(s.answer, { significant: 2 })} %, ${formatNumber(s.wheels)} Wh/kg × ${formatNumber(Math.round(s.answer) / 100, { digits: 2 })} = ${formatNumber((Math.round(s.answer) / 100) * s.wheels)} Wh/kg, the gasoline figure within rounding. Had only the lithium been weighed, the fraction would be ${formatNumber((100 * GASOLINE_AT_WHEELS_WH_PER_KG) / (theoreticalSpecificEnergyOnMetal('Li-O2') * p.efficiency), { significant: 2 })} %, so the basis sets how demanding the target looks. Only ${formatNumber(100 - Math.round(s.answer))} % of the mass is left for electrolyte, cathode, separator, casing, compressor and scrubber, a tight budget for an open system; Gallagher et al. (the review's ref. 164) project Li–O₂ systems only to about parity with advanced lithium-ion.`,
    ],
    facts: [],
    sources: [{ review: 'ge2024', ref: 164 }],
  }),
  'comparable-to-gasoline': defineProblem({
    title: 'What "comparable to gasoline" means',
    kind: 'critical-reading',
    marks: 2,
    statement: () =>
      `The review writes that Li–air's energy density, about ${formatNumber(F.liAirEnergy.value)} Wh/kg, is comparable to gasoline's. Gasoline releases about 12,000 Wh/kg as heat and about ${formatNumber(GASOLINE_AT_WHEELS_WH_PER_KG)} Wh/kg at the wheels. On what basis, if any, is the claim fair, and what does it leave out?`,
    hint: 'Ask which mass each figure divides by, and what each figure counts: heat, electrical energy or work at the wheels.',
    solution: () => [
      `The ${formatNumber(F.liAirEnergy.value)} Wh/kg is on the mass of Li₂O₂; on lithium alone it would be ${formatNumber(theoreticalSpecificEnergyOnMetal('Li-O2'))} Wh/kg, which is the figure of the same order as gasoline's heat of combustion (both leave the oxygen out).`,
      `At the wheels gasoline gives about ${formatNumber(GASOLINE_AT_WHEELS_WH_PER_KG)} Wh/kg, while the Li₂O₂ figure times a drivetrain efficiency of ${ELECTRIC_DRIVETRAIN_EFFICIENCY} gives ${formatNumber(theoreticalSpecificEnergy('Li-O2') * ELECTRIC_DRIVETRAIN_EFFICIENCY)} Wh/kg, so on that basis the battery's reactants look better than the fuel.`,
      'What is left out is everything but the reactants: electrolyte, porous cathode, separator, casing and, for an open cell, the compressor and CO₂/H₂O scrubber. Once they are counted, the system-level study the review cites (its ref. 164) projects Li–O₂ only to about parity with advanced lithium-ion packs.',
      'Check: a fair statement names the basis, e.g. "on the mass of lithium, Li–O₂ stores as much energy as gasoline releases as heat; at system level it is projected only to reach about parity with advanced lithium-ion".',
    ],
    facts: [F.liAirEnergy],
    sources: [{ review: 'ge2024', ref: 164 }],
  }),
  'which-films-block-ions': defineProblem({
    title: 'Which air products block lithium ions?',
    kind: 'critical-reading',
    marks: 1,
    statement: () =>
      'A student summarises the review: "O₂, H₂O, CO₂ and N₂ each turn lithium into a salt that conducts Li⁺ poorly: Li₂O, LiOH, Li₂CO₃ and Li₃N." Correct the sentence, and say what is really wrong with Li₃N and Li₂CO₃ in a Li–air cell, at the anode and at the cathode.',
    hint: 'One of the four is a famous solid-state lithium-ion conductor. Then ask at which electrode anything is oxidized on charge.',
    solution: () => [
      'Li₂O, LiOH and Li₂CO₃ are poor Li⁺ conductors; the review calls them Li-ion insulating salts, and they passivate the metal.',
      'Li₃N is the exception: it is one of the best Li⁺ conductors among simple salts, so a Li₃N film does not block ions.',
      'At the anode: Li₂CO₃ formed from CO₂ in real air is probably not built into the SEI in an orderly way; as an ion-insulating patch it can lower the efficiency and reversibility of plating and raise the anode overpotential (refs 88, 89); Li₃N conducts Li⁺ but hydrolyses in moist air to LiOH and NH₃, so the film does not last.',
      `At the cathode: CO₂ takes part in discharge and leaves Li₂CO₃ beside the Li₂O₂ (refs 84, 85). The carbonate resists oxidation on charge more than Li₂O₂ (its equilibrium potential is just above 3.8 V against ${F.liO2StandardPotential.value} V for Li₂O₂, and it is seen to oxidize only above about 3.8 V; Mahne et al. 2018), which raises the charge overpotential, lowers the Coulombic efficiency and shortens life (ref. 86). The review names Li₃N here too, but without an electrode: Li₃N forms only near 0.44 V vs Li⁺/Li (from its Gibbs energy of formation, about −128.6 kJ/mol), far below an O₂ cathode's 2.5–2.8 V, so in an air cell it forms chemically on the lithium anode, not at the cathode.`,
      'Check: on charge the anode plates lithium, a reduction, so "harder to decompose on charge" can only describe the cathode, and of the two products only the carbonate forms there; and ion conduction and reversibility are different properties, so a product can conduct Li⁺ well and still harm the cell.',
    ],
    facts: [F.liO2StandardPotential],
    sources: [{ review: 'ge2024', ref: 84 }, { review: 'ge2024', ref: 86 }, { review: 'ge2024', ref: 88 }],
  }),
});
