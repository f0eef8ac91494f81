/**
 * Problems for chapter 12 (why-sodium). Numbers come from the physics library (element data,
 * specific capacity, plating thickness) and the chapter's facts.
 */
import { ELEMENTS, FARADAY, PRACTICAL_CELL, platingThickness, specificCapacity } from '../../physics/index';
import { formatNumber } from '../../format/formatNumber';
import { whySodiumFacts as F } from '../../facts/whySodium';
import { defineProblem, defineProblemSet } from '../defineProblems';

const fmt = (x: number, significant = 3) => formatNumber(x, { significant });

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
/** x in scientific notation, "1.12 × 10⁻⁴", so a student can follow the powers of ten. */
function sci(x: number, significant = 3): string {
  // toExponential rounds first, so a carry (9.9996 → 1.000 × 10¹) lands in the exponent.
  const [mantissa, exponent] = x.toExponential(significant - 1).split('e');
  const power = String(Number(exponent)).split('').map((c) => SUPERSCRIPT[c]).join('');
  return `${mantissa} × 10${power}`;
}

/** Specific capacity of a generous cathode (the course's practical-cell design), to size the cathode mass. */
const CATHODE_mAh_per_g = PRACTICAL_CELL.cathodeSpecificCapacity_mAh_per_g;

export const problems = defineProblemSet('why-sodium', {
  'sodium-layer-per-cycle': defineProblem({
    title: 'How much thicker is a sodium layer?',
    kind: 'calculation',
    marks: 2,
    draw: { loading: [2, 2.5, 3, 3.5, 4, 4.5, 5] },
    statement: (p) =>
      `A cathode delivers ${p.loading} mAh/cm². How many micrometres of dense sodium are plated on the anode per charge? Enter the sodium thickness in µm, then compare it with the layer lithium would plate for the same charge.`,
    hint: 'Convert the areal capacity to moles of metal per cm² (one electron per atom), multiply by the molar volume (molar mass over density), and convert cm to µm.',
    numeric: {
      solve: (p) => {
        const molPerCm2 = (p.loading * 3.6) / FARADAY;
        const vmNa = ELEMENTS.Na.molarMass_g_per_mol / ELEMENTS.Na.density_g_per_cm3;
        const answer = platingThickness('Na', p.loading);
        const li = platingThickness('Li', p.loading);
        // Independent check: mass per area (from the specific capacity) over the density, from the
        // mass as printed (4 figures) so a student redoing the division gets the printed result.
        const massNa_mg = Number(((p.loading / specificCapacity('Na')) * 1000).toPrecision(4));
        const viaMass_um = (massNa_mg / ELEMENTS.Na.density_g_per_cm3) * 10;
        return { molPerCm2, vmNa, li, extra: answer - li, massNa_mg, viaMass_um, answer };
      },
      unit: 'µm',
      tolerance: { relative: 0.03 },
      display: { significant: 3 },
      mistakes: (p, s) => [
        { value: s.li, explanation: 'That is the lithium layer: sodium has nearly twice the molar volume, so the same charge plates a thicker layer.' },
        { value: s.answer / 1e4, explanation: 'That is the thickness in centimetres; 1 cm = 10⁴ µm.' },
      ],
    },
    solution: (p, s) => [
      `Charge: ${p.loading} mAh/cm² = ${fmt(p.loading * 3.6)} C/cm², which is ${sci(s.molPerCm2, 4)} mol of Na per cm² (divide by the Faraday constant, one electron per atom).`,
      `Molar volume of sodium: ${fmt(ELEMENTS.Na.molarMass_g_per_mol, 4)} g/mol ÷ ${fmt(ELEMENTS.Na.density_g_per_cm3)} g/cm³ = ${fmt(s.vmNa, 4)} cm³/mol.`,
      `Thickness: ${sci(s.molPerCm2, 4)} mol/cm² × ${fmt(s.vmNa, 4)} cm³/mol = ${sci(s.answer / 1e4, 3)} cm = ${formatNumber(s.answer, { significant: 3 })} µm of sodium (1 cm = 10⁴ µm), against ${fmt(s.li)} µm of lithium, ${fmt(s.extra)} µm more.`,
      `Check by a second route, mass over density: ${p.loading} mAh/cm² ÷ ${fmt(specificCapacity('Na'), 4)} mAh/g = ${fmt(s.massNa_mg, 4)} mg/cm² of sodium, and ${fmt(s.massNa_mg, 4)} mg/cm² ÷ ${fmt(ELEMENTS.Na.density_g_per_cm3)} g/cm³ = ${fmt(s.viaMass_um, 4)} µm, which agrees with ${formatNumber(s.answer, { significant: 3 })} µm to within rounding.`,
    ],
  }),
  'mass-versus-swelling': defineProblem({
    title: 'Mass or thickness: which penalty matters?',
    kind: 'calculation',
    marks: 3,
    draw: { loading: [3, 4, 5] },
    statement: (p) =>
      `For ${p.loading} mAh/cm² of cycled charge, work out the mass of sodium and of lithium this charge needs per cm², and the extra thickness sodium plates. Give the extra mass of sodium in mg/cm².`,
    hint: 'Mass per area is the areal capacity divided by the specific capacity (mAh/g). Then compare an extra milligram or two with the thickness change.',
    numeric: {
      solve: (p) => {
        const mNa = (p.loading / specificCapacity('Na')) * 1000;
        const mLi = (p.loading / specificCapacity('Li')) * 1000;
        const dT = platingThickness('Na', p.loading) - platingThickness('Li', p.loading);
        const mCathode = (p.loading / CATHODE_mAh_per_g) * 1000;
        const extraPercent = (platingThickness('Na', p.loading) / platingThickness('Li', p.loading) - 1) * 100;
        return { mNa, mLi, dT, mCathode, extraPercent, answer: mNa - mLi };
      },
      unit: 'mg/cm²',
      tolerance: { relative: 0.03 },
      display: { significant: 3 },
      mistakes: (_p, s) => [{ value: s.mNa, explanation: 'That is the whole sodium mass; the question asks how much more it is than lithium.' }],
    },
    solution: (p, s) => [
      `Sodium: ${p.loading} mAh/cm² ÷ ${fmt(specificCapacity('Na'), 4)} mAh/g = ${fmt(s.mNa)} mg/cm².`,
      `Lithium: ${p.loading} mAh/cm² ÷ ${fmt(specificCapacity('Li'), 4)} mAh/g = ${fmt(s.mLi)} mg/cm².`,
      `Extra mass of sodium: ${formatNumber(s.answer, { significant: 3 })} mg/cm². Extra thickness moved each cycle: ${fmt(s.dT)} µm.`,
      `Check: the extra ${fmt(s.answer)} mg/cm² is small beside the cathode. Even at a generous ${CATHODE_mAh_per_g} mAh/g, more than most sodium cathodes store, ${p.loading} mAh/cm² needs ${fmt(s.mCathode)} mg/cm² of cathode active material. The thickness, by contrast, is ${formatNumber(s.extraPercent, { digits: 0 })} % more than lithium's (${fmt(s.dT)} µm more), and it is moved every cycle and cracks the SEI every cycle. That is why swelling weighs more than capacity per gram for a metal anode.`,
    ],
  }),
  'current-collector-choice': defineProblem({
    title: 'Pick the current collector for an anode-free sodium cell',
    kind: 'design',
    marks: 2,
    statement: () =>
      'You are designing an anode-free sodium cell: the sodium is plated from the cathode onto a bare foil on the first charge. Choose the foil (copper or aluminium) and justify the choice from the chemistry, then name one property of the foil surface you would still want to control.',
    hint: 'What does lithium do to aluminium at low potential, and does sodium do the same? Then think about where the first sodium nuclei form.',
    solution: () => [
      'Aluminium. Lithium alloys with aluminium at the low potential of a charged negative electrode, which is why lithium cells need copper; sodium does not react with aluminium there, so aluminium is safe on the negative side (Lee et al. 2020, refs 25, 28, 29).',
      'Aluminium is lighter and cheaper than copper, which matters for the cost-driven storage market sodium aims at.',
      'Still to control: how evenly sodium nucleates on the foil. A bare foil gives patchy nucleation and the first protrusions; a sodiophilic coating (one that sodium wets easily, so it nucleates readily and evenly) or a thin alloy layer (chapter 14) spreads the first deposit.',
      'Check against the phase diagrams (textbook): lithium and aluminium form the alloy LiAl at about 0.3 V against Li⁺/Li, well above the potential of a charged lithium anode, whereas the Na–Al phase diagram shows no alloy phase at room temperature. The choice rests on the metal pair, so it holds in carbonate and ether electrolytes alike.',
    ],
    sources: [{ review: 'lee2020', ref: 28 }],
  }),
  'vanishing-dendrites': defineProblem({
    title: 'Do vanishing dendrites mean sodium heals itself?',
    kind: 'critical-reading',
    marks: 2,
    statement: () =>
      `A summary of the resting-cell experiment (sodium plated at ${F.restDendriteCurrent.value} ${F.restDendriteCurrent.unit}, then left without current) reads: "sodium dendrites disappear at rest, so sodium anodes repair themselves." Judge the claim against what the experiment measured.`,
    hint: 'Where does the metal of a vanished dendrite go, when no current flows?',
    solution: () => [
      'With no external current, the dendrite is not stripped back into the electrode by the cell; the disappearing metal is most likely lost to reaction with the electrolyte (local corrosion, itself electrochemical) or breaks away.',
      'If, as is most likely, the metal ends up as corrosion products or as loose pieces, active sodium is lost (and with corrosion, electrolyte as well): the opposite of repair. Only a redistribution of the metal back onto the electrode would leave the inventory intact, and nothing in the report shows that. The disappearance means the SEI around the dendrite does not protect it (Lee et al. 2020, ref. 45).',
      'The dendrites were grown at a single current density and then watched at rest, with no current flowing; the experiment says nothing about whether the surface would stay flat under cycling.',
      'Check: a self-healing process would leave the active metal inventory unchanged; loss to corrosion would lower it. The optical images do not measure the inventory, so they cannot decide this, but a Coulombic-efficiency or mass-balance measurement would test it.',
    ],
    facts: [F.restDendriteCurrent],
  }),
  'ionization-argument': defineProblem({
    title: 'Does a lower ionization energy make sodium the stronger reducer?',
    kind: 'critical-reading',
    marks: 3,
    statement: () =>
      `A text argues: "sodium's first ionization energy (${formatNumber(ELEMENTS.Na.firstIonizationEnergy_kJ_per_mol!, { digits: 1 })} kJ/mol) is below lithium's (${formatNumber(ELEMENTS.Li.firstIonizationEnergy_kJ_per_mol!, { digits: 1 })} kJ/mol), so in a battery sodium reduces the electrolyte more strongly." Compare with the standard potentials (Na ${formatNumber(ELEMENTS.Na.standardPotential_V, { digits: 3 })} V, Li ${formatNumber(ELEMENTS.Li.standardPotential_V, { digits: 3 })} V) and say what really makes sodium's interface less stable.`,
    hint: 'An ionization energy describes an isolated atom in the gas phase. What else happens to the ion in a liquid, and which ion gains more from it?',
    solution: () => [
      'The ionization energy belongs to a gas-phase atom. In an electrolyte the metal also leaves its lattice (sublimation) and the ion is solvated; the standard potential sums all three steps.',
      "Lithium's ion is much smaller, so solvent molecules bind it far more strongly; that extra solvation energy outweighs both its higher ionization energy and its larger sublimation energy (stronger metallic bonding), and lithium ends up with the more negative potential. In solution lithium is the stronger reducer, not sodium.",
      "Sodium's problem is instead the film: its SEI, especially the organic part, dissolves in the electrolyte more readily than lithium's, as comparative storage experiments on sodium- and lithium-ion carbon anodes show, so the film keeps dissolving and re-forming and the electrolyte keeps being consumed (Lee et al. 2020, refs 41, 42).",
      'Check: the standard potentials in the same table already contradict the ionization argument, which is the first sign it is incomplete.',
    ],
    sources: [{ review: 'lee2020', ref: 41 }],
  }),
});
