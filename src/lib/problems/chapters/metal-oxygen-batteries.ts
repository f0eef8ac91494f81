/**
 * Problems for chapter 5 (metal-oxygen-batteries). Numbers come from the physics library (cell
 * reactions, specific energy, Faraday constant, molar masses) and from the chapter's facts.
 */
import { CELL_REACTIONS, ELEMENTS, FARADAY, MOLAR_MASS_H, MOLAR_MASS_O, PRACTICAL_CELL, TYPICAL_COIN_CELL, theoreticalSpecificEnergy } from '../../physics/index';
import { formatNumber } from '../../format/formatNumber';
import { formatFact } from '../../facts/formatFact';
import { metalOxygenBatteriesFacts as F } from '../../facts/metalOxygenBatteries';
import { defineProblem, defineProblemSet } from '../defineProblems';

const fmt = (x: number, significant = 3) => formatNumber(x, { significant });
const SYSTEMS = ['Li-O2', 'Na-O2', 'K-O2'] as const;
const PRODUCT = { 'Li-O2': 'Li₂O₂', 'Na-O2': 'NaO₂', 'K-O2': 'KO₂' } as const;
const REVIEW = { 'Li-O2': F.liO2Theoretical, 'Na-O2': F.naO2Theoretical, 'K-O2': F.kO2Theoretical } as const;
const M_O2 = 2 * MOLAR_MASS_O;
const M_H2O = 2 * MOLAR_MASS_H + MOLAR_MASS_O;
/** Lean and flooded electrolyte loadings (g/Ah) of the course's reference cells in src/lib/physics. */
const LEAN_G_PER_AH = PRACTICAL_CELL.electrolyte_g_per_Ah;
const FLOODED_G_PER_AH = TYPICAL_COIN_CELL.electrolyte_g_per_Ah;

export const problems = defineProblemSet('metal-oxygen-batteries', {
  'oxygen-cell-energy': defineProblem({
    title: 'Theoretical specific energy of an oxygen cell',
    kind: 'calculation',
    marks: 2,
    draw: { system: [0, 1, 2] },
    statement: (p) => {
      const key = SYSTEMS[p.system];
      const r = CELL_REACTIONS[key];
      return `A ${key.replace('-O2', '–O₂')} cell discharges to ${PRODUCT[key]} at ${formatNumber(r.voltage_V, { digits: 2 })} V with ${r.electrons} electron${r.electrons > 1 ? 's' : ''} per formula unit. What is its theoretical specific energy on the mass of the discharge product, in Wh/kg?`;
    },
    hint: 'Find the molar mass of the product, then w = nFE/(3.6 M), with M in g/mol.',
    numeric: {
      solve: (p) => {
        const r = CELL_REACTIONS[SYSTEMS[p.system]];
        const M = r.productMolarMass_g_per_mol;
        const joulesPerMol = r.electrons * FARADAY * r.voltage_V;
        return { M, joulesPerMol, answer: theoreticalSpecificEnergy(SYSTEMS[p.system]) };
      },
      unit: 'Wh/kg',
      tolerance: { relative: 0.02 },
      display: { significant: 3 },
      mistakes: (p, s) => {
        const r = CELL_REACTIONS[SYSTEMS[p.system]];
        const metalMass = r.metalAtoms * ELEMENTS[r.metal].molarMass_g_per_mol;
        return [{ value: s.joulesPerMol / (3.6 * metalMass), explanation: 'That divides by the metal alone, leaving out the oxygen the cell picks up; the product must be carried too.' }];
      },
    },
    solution: (p, s) => {
      const key = SYSTEMS[p.system];
      const r = CELL_REACTIONS[key];
      return [
        `Molar mass of ${PRODUCT[key]}: $M$ = ${formatNumber(s.M, { digits: 2 })} g/mol.`,
        `Energy per mole of product: $nFE$ = ${r.electrons} × ${formatNumber(FARADAY)} × ${formatNumber(r.voltage_V, { digits: 2 })} = ${fmt(s.joulesPerMol, 4)} J/mol.`,
        `Divide by the mass and convert (1 Wh/kg = 3.6 J/g): $w$ = ${fmt(s.joulesPerMol, 4)} / (3.6 × ${formatNumber(s.M, { digits: 2 })}) = ${formatNumber(s.answer, { significant: 3 })} Wh/kg.`,
        `Check: the review prints ${formatFact(REVIEW[key])} for this cell; any gap is the choice of voltage and rounding.`,
      ];
    },
    facts: [F.liO2Theoretical, F.naO2Theoretical, F.kO2Theoretical],
  }),
  'oxygen-mass-gain': defineProblem({
    title: 'A battery that gets heavier as it discharges',
    kind: 'calculation',
    marks: 2,
    draw: { ampHours: [1, 2, 5, 10, 20] },
    statement: (p) =>
      `A Li–O₂ cell delivers ${p.ampHours} Ah while forming Li₂O₂ from oxygen drawn from outside. Assume all the charge forms Li₂O₂ (no side products, no solvent lost from the open cell). How many grams of O₂ has it taken up, and so how much heavier is it at the end of discharge?`,
    hint: 'Convert the charge to moles of electrons, then use the electrons per O₂ in the discharge reaction.',
    numeric: {
      solve: (p) => {
        const coulombs = p.ampHours * 3600;
        const molElectrons = coulombs / FARADAY;
        const molO2 = molElectrons / CELL_REACTIONS['Li-O2'].electrons;
        const liG = molElectrons * ELEMENTS.Li.molarMass_g_per_mol;
        const productG = molO2 * M_O2 + liG;
        const energyWh = p.ampHours * CELL_REACTIONS['Li-O2'].voltage_V;
        return { coulombs, molElectrons, molO2, liG, productG, energyWh, answer: molO2 * M_O2 };
      },
      unit: 'g',
      tolerance: { relative: 0.02 },
      display: { significant: 3 },
      mistakes: (p, s) => [{ value: s.molElectrons * M_O2, explanation: 'That takes one O₂ per electron, as in the superoxide cells; Li₂O₂ takes two electrons per O₂.' }],
    },
    solution: (p, s) => [
      `Charge: ${p.ampHours} Ah × 3600 s/h = ${formatNumber(s.coulombs)} C, which is ${formatNumber(s.coulombs)} / ${formatNumber(FARADAY)} = ${fmt(s.molElectrons)} mol of electrons.`,
      `Li₂O₂ takes ${CELL_REACTIONS['Li-O2'].electrons} electrons per O₂, so ${fmt(s.molO2)} mol of O₂.`,
      `Mass: ${fmt(s.molO2)} mol × ${formatNumber(M_O2, { digits: 2 })} g/mol = ${formatNumber(s.answer, { significant: 3 })} g.`,
      `Check: the same charge uses ${fmt(s.liG)} g of lithium, so the cell holds ${fmt(s.productG)} g of Li₂O₂ at the end. At ${formatNumber(CELL_REACTIONS['Li-O2'].voltage_V, { digits: 2 })} V it has delivered ${fmt(s.energyWh)} Wh, and ${fmt(s.energyWh)} Wh / ${fmt(s.productG)} g = ${formatNumber((s.energyWh / s.productG) * 1000, { significant: 4 })} Wh/kg, the product-basis figure of the chapter's table: the oxygen taken up is exactly the mass the metal-only basis leaves out.`,
    ],
  }),
  'water-versus-lithium': defineProblem({
    title: 'Estimate: how much lithium could the water in an oxygen cell eat?',
    kind: 'estimation',
    marks: 2,
    draw: { ampHours: [1, 2, 5, 10] },
    statement: (p) =>
      `A ${p.ampHours} Ah lithium–oxygen cell is built lean, with ${formatNumber(LEAN_G_PER_AH)} g of electrolyte per ampere-hour of capacity (the lean loading of the course's Li-metal pouch-cell design with an intercalation cathode, borrowed here; a Li–O₂ cell's porous carbon cathode usually needs more electrolyte, which would make the loss larger). The GeCl₄-treated lithium of the review survived an electrolyte containing ${formatFact(F.geCl4Water)}. Suppose this cell's electrolyte held that much water, all of it reached bare lithium and reacted as $2\\,\\mathrm{Li} + 2\\,\\mathrm{H_2O} \\rightarrow 2\\,\\mathrm{LiOH} + \\mathrm{H_2}$. Estimate the mass of lithium consumed, in mg.`,
    hint: 'First find the mass of electrolyte. ppm here means parts per million by mass. One Li per H₂O.',
    numeric: {
      solve: (p) => {
        const electrolyteG = p.ampHours * LEAN_G_PER_AH;
        const waterG = electrolyteG * F.geCl4Water.value * 1e-6;
        const molWater = waterG / M_H2O;
        const answer = molWater * ELEMENTS.Li.molarMass_g_per_mol * 1000;
        const lostMah = (molWater * FARADAY) / 3.6;
        const shareOfCycle = lostMah / (p.ampHours * 1000);
        return { electrolyteG, waterG, molWater, lostMah, shareOfCycle, answer };
      },
      unit: 'mg',
      tolerance: { relative: 0.1 },
      display: { significant: 2 },
      mistakes: (p, s) => [
        { value: s.answer / 2, explanation: 'The equation uses one lithium per water molecule, not one per two.' },
        { value: s.answer / LEAN_G_PER_AH, explanation: 'That takes 1 g of electrolyte per ampere-hour; the cell carries more than that.' },
      ],
    },
    solution: (p, s) => [
      `Electrolyte: ${p.ampHours} Ah × ${formatNumber(LEAN_G_PER_AH)} g/Ah = ${fmt(s.electrolyteG)} g. Water: ${fmt(s.electrolyteG)} g × ${formatNumber(F.geCl4Water.value)} × 10⁻⁶ = ${fmt(s.waterG)} g, which is ${fmt(s.molWater)} mol of H₂O (${formatNumber(M_H2O, { digits: 1 })} g/mol).`,
      `One lithium per water: ${fmt(s.molWater)} mol of Li.`,
      `Mass: ${fmt(s.molWater)} mol × ${formatNumber(ELEMENTS.Li.molarMass_g_per_mol, { digits: 2 })} g/mol ≈ ${formatNumber(s.answer, { significant: 2 })} mg of lithium.`,
      `Check: as charge that lithium is ${fmt(s.molWater)} mol × ${formatNumber(FARADAY)} C/mol / 3.6 = ${fmt(s.lostMah, 2)} mAh, about ${formatNumber(s.shareOfCycle * 100, { significant: 2 })} % of the ${formatNumber(p.ampHours * 1000)} mAh one full cycle moves, whatever the cell's size. In a flooded lab cell with ${formatNumber(FLOODED_G_PER_AH)} g/Ah the same water level would eat about ${formatNumber((s.shareOfCycle * FLOODED_G_PER_AH) / LEAN_G_PER_AH, { significant: 2 })} times a full cycle's lithium, so a 1 % water level is a serious threat and the coating's tolerance of it matters.`,
    ],
    facts: [F.geCl4Water],
  }),
  'k-o2-claim': defineProblem({
    title: '"K–O₂ is the most efficient metal–oxygen battery"',
    kind: 'critical-reading',
    marks: 2,
    statement: () =>
      `A news piece says: "With an overpotential of only ${formatFact(F.kO2Overpotential)}, potassium–oxygen is the most efficient metal–air battery and will soon outperform lithium–oxygen." Judge the claim against the chapter.`,
    hint: 'Ask what the quoted overpotential measures and under which conditions, and separate efficiency from energy.',
    solution: () => [
      `The ${formatFact(F.kO2Overpotential)} is a low-rate voltage gap: in the original work (Ren and Wu 2013, not in the reviews) it was the gap between the discharge and charge voltages of a whole cell at a fraction of a mA/cm², and such gaps widen with current. It says the oxygen reaction is easy, which matters for round-trip efficiency, but nothing about rate capability or cycle life.`,
      `It says nothing about energy: on the product's mass K–O₂ stores ${formatFact(F.kO2Theoretical)} in theory against ${formatFact(F.liO2Theoretical)} for Li–O₂, so "outperform" in Wh/kg is not on offer.`,
      'The review identifies the potassium anode as the limit of the cell: DME slowly dissolves some potassium, O₂ and superoxide crossing the cell drive parasitic reactions, and no potassium solid electrolyte yet seals the metal off.',
      'Check: the supported claim is "at low current a K–O₂ cell charges only slightly above its discharge voltage"; "most efficient" needs the gap at a useful rate, and "outperform" needs energy and cycle life with a stable anode, which the review does not report.',
    ],
    facts: [F.kO2Overpotential, F.kO2Theoretical, F.liO2Theoretical],
  }),
  'li3p-claim': defineProblem({
    title: 'What does "stable at 3 mA/cm²" tell you?',
    kind: 'critical-reading',
    marks: 1,
    statement: () =>
      `The review reports that Li₃P-coated lithium plated and stripped stably at ${formatFact(F.li3pCurrent)} and was very stable in a DMA electrolyte. List what you would need to know before comparing this coating with another that "cycled for 1000 h".`,
    hint: 'Think of everything a plating–stripping result depends on besides the current.',
    solution: () => [
      'Areal capacity per cycle (how much lithium moved each time) and the number of cycles or hours: the review gives neither.',
      'The cell type (Li‖Li symmetric, Li‖Cu, or a full Li–O₂ cell) and whether the oxygen side was present: protection in argon says little about survival against O₂, superoxide and water.',
      'The electrolyte and its water content, and a Coulombic efficiency if the cell allows one.',
      'Check: a current density alone is only one of the conditions listed above; without the others, "stable at 3 mA/cm²" and "1000 h" cannot be ranked.',
    ],
    facts: [F.li3pCurrent],
  }),
});
