/**
 * Problems for chapter 3 (protection-strategies). Nernst shifts, fast-charge currents, critical
 * current densities and plating thicknesses come from the physics library; reported results from
 * the chapter's facts (Xiang et al. 2019, Lee et al. 2020).
 */
import {
  activityRatioForShift,
  bruggemanDiffusivity,
  criticalCurrentDensity,
  criticalCurrentDensityParameters as CCD,
  fastCharge,
  nernstShiftForConcentration,
  platingThickness,
  TYPICAL_SEPARATOR_POROSITY as EPS,
} from '../../physics/index';
import { formatNumber } from '../../format/formatNumber';
import { formatFact } from '../../facts/formatFact';
import { protectionStrategiesFacts as F } from '../../facts/protectionStrategies';
import { defineProblem, defineProblemSet } from '../defineProblems';

const fmt = (x: number, significant = 3) => formatNumber(x, { significant });

export const problems = defineProblemSet('protection-strategies', {
  'nernst-share': defineProblem({
    title: 'How much of the concentrated-electrolyte shift is concentration?',
    kind: 'calculation',
    marks: 2,
    draw: { conc: [4, 5, 6] },
    statement: (p) =>
      `Concentrated lithium electrolytes (usually above 3 M) are reported to move the Li/Li⁺ equilibrium potential up by ${formatFact(F.equilibriumShiftLow)}–${formatFact(F.equilibriumShiftHigh)}, with no particular concentration named. Suppose the salt goes from 1 M to ${p.conc} M and the activity coefficient stays fixed: what shift does the Nernst equation give at 25 °C, in mV? (Then compare it with a ${formatNumber(F.equilibriumShiftLow.value, { digits: 1 })} V shift; only the mV value is graded.)`,
    hint: 'ΔE = (RT/F) ln(c₂/c₁); RT/F is about 25.7 mV at 25 °C.',
    numeric: {
      solve: (p) => {
        const dE = nernstShiftForConcentration({ fromConcentration_M: 1, toConcentration_M: p.conc });
        return { dE, share: (100 * dE) / F.equilibriumShiftLow.value, answer: 1000 * dE };
      },
      unit: 'mV',
      tolerance: { relative: 0.03 },
      display: { digits: 1 },
      mistakes: (p, s) => [{ value: s.answer / Math.log(10), explanation: 'That pairs log₁₀ with RT/F. Use the natural logarithm with RT/F (25.7 mV), or log₁₀ with 2.303 RT/F (59.2 mV).' }],
    },
    solution: (p, s) => [
      `With the activity coefficient fixed, the activity ratio equals the concentration ratio, ${p.conc}.`,
      `$\\Delta E = (RT/F)\\ln ${p.conc} = ${formatNumber(s.answer, { digits: 1 })}$ mV.`,
      `That is ${fmt(s.share, 2)} % of ${formatNumber(F.equilibriumShiftLow.value, { digits: 1 })} V; for the rest, the activity coefficient itself would have to grow about ${fmt(activityRatioForShift({ shift_V: F.equilibriumShiftLow.value }) / p.conc, 2)}-fold.`,
      'Check: tens of millivolts for a few-fold change is the usual size of a Nernst term (59 mV per decade); a shift of hundreds of millivolts has to come from the changed solvation, through the activity coefficient.',
    ],
    facts: [F.equilibriumShiftLow, F.equilibriumShiftHigh],
  }),
  'fast-charge-jstar': defineProblem({
    title: 'Fast charging against the critical current',
    kind: 'calculation',
    marks: 3,
    draw: { minutes: [15, 20, 30, 60], areal: [3, 4, 5] },
    statement: (p) =>
      `A lithium-metal cell with a ${p.areal} mAh/cm² cathode is charged from empty to full in ${p.minutes} min. Find the average current density at the anode, then $J/J^*$ for a 1 M carbonate electrolyte ($D = ${formatNumber(CCD.diffusivity.default * 1e10, { digits: 1 })}\\times10^{-10}$ m²/s, $t_+ = ${CCD.cationTransference.default}$) in a 20 µm separator of porosity ${EPS} (Bruggeman: $D_\\mathrm{eff} = D\\,\\varepsilon^{1.5}$). Give $J/J^*$.`,
    hint: 'C-rate = 60/minutes per hour; J = C-rate × areal capacity. Then J* = 2Fc₀D_eff/(t_a L) with t_a = 1 − t₊, in A/m² (÷10 for mA/cm²).',
    numeric: {
      solve: (p) => {
        const fc = fastCharge({ packEnergy_kWh: 1, socStart: 0, socEnd: 1, minutes: p.minutes, packVoltage_V: 1, arealCapacity_mAh_per_cm2: p.areal });
        const dEff = bruggemanDiffusivity({ diffusivity: CCD.diffusivity.default, porosity: EPS });
        const jStar = criticalCurrentDensity({ diffusivity: dEff, concentration: 1000, cationTransference: CCD.cationTransference.default, gap: 20e-6 }) / 10;
        const j = fc.anodeCurrentDensity_mA_per_cm2;
        return { c: fc.cRate_per_h, j, dEff, jStar, answer: j / jStar };
      },
      unit: '',
      tolerance: { relative: 0.03 },
      display: { significant: 2 },
      mistakes: (p, s) => [{ value: s.answer * EPS ** 1.5, explanation: 'That uses the free-electrolyte diffusivity: in the separator the salt diffuses through tortuous pores, so use D_eff.' }],
    },
    solution: (p, s) => [
      `C-rate: a full charge in ${p.minutes} min is ${fmt(s.c)} per hour, so $J = ${fmt(s.c)} \\times ${p.areal} = ${fmt(s.j)}$ mA/cm².`,
      `$D_\\mathrm{eff} = D \\times ${EPS}^{1.5} = ${fmt(s.dEff * 1e11)}\\times10^{-11}$ m²/s.`,
      `$J^* = 2Fc_0D_\\mathrm{eff}/(t_aL) = ${fmt(s.jStar)}$ mA/cm².`,
      `$J/J^* = ${formatNumber(s.answer, { significant: 2 })}$.`,
      `Check: units, ${fmt(s.j)} mA/cm² × ${fmt(p.minutes / 60)} h = ${fmt(s.j * (p.minutes / 60))} mAh/cm², the cathode's capacity ✓. $J/J^*$ is well below one on average, so depletion across the whole separator is not the problem. A hot spot carrying the current on a few per cent of the area could exceed $J^*$, but only roughly: $J^*$ is a one-dimensional limit, and a patch much narrower than the 20 µm gap is also fed from the side, so it depletes later than this comparison suggests.`,
    ],
  }),
  'host-sei-budget': defineProblem({
    title: 'The SEI budget of a 3D host',
    kind: 'calculation',
    marks: 3,
    draw: { phi: [5, 10, 20, 40], qs: [0.005, 0.01, 0.02] },
    statement: (p) =>
      `Forming SEI consumes ${p.qs} mAh of lithium per cm² of true surface (an illustrative value, at most the high-end 0.02 of the worked example). A host multiplies the surface by $\\phi = ${p.phi}$, and the cell cycles 4 mAh/cm². What percentage of the cycled charge does the first SEI cost on the host? How many times the flat-foil loss is that, and how thick a layer of dense lithium does it equal? (Only the percentage is graded.)`,
    hint: 'The SEI forms on φ cm² of true surface per cm² of electrode.',
    numeric: {
      solve: (p) => {
        const perArea = p.phi * p.qs;
        return { perArea, thick: platingThickness('Li', perArea), answer: (100 * perArea) / 4 };
      },
      unit: '%',
      tolerance: { relative: 0.03 },
      display: { significant: 3 },
      mistakes: (p) => [{ value: (100 * p.qs) / 4, explanation: 'That is the flat foil; the host has φ times the surface.' }],
    },
    solution: (p, s) => [
      `Lithium in SEI per cm² of electrode: $\\phi \\times q_s = ${p.phi} \\times ${p.qs} = ${fmt(s.perArea)}$ mAh/cm².`,
      `As a share of the 4 mAh/cm² cycled: ${fmt(s.answer)} %, ${p.phi} times the flat foil's ${fmt((100 * p.qs) / 4)} %.`,
      `As dense lithium: ${fmt(s.thick)} µm, lost before the host has helped at all.`,
      `Check: φ × (flat-foil loss) = ${p.phi} × ${fmt((100 * p.qs) / 4)} % = ${fmt(s.answer)} % ✓; and as thicknesses, ${fmt(s.thick)} µm / ${fmt(platingThickness('Li', 4))} µm (the 4 mAh/cm² cycled) = ${fmt((100 * s.thick) / platingThickness('Li', 4))} % ✓. The loss recurs wherever fresh surface is exposed, which is why hosts need an electrolyte that forms a thin, stable SEI.`,
    ],
  }),
  'coating-design': defineProblem({
    title: 'Design a coating for a sodium anode',
    kind: 'design',
    marks: 3,
    statement: () =>
      `You must protect a sodium anode in a carbonate electrolyte for a cell that cycles 3 mAh/cm² at 3 mA/cm². Using the four requirements of an artificial SEI and the coatings in this chapter, propose a coating, say how it would be made (sodium melts at a low temperature) and name the test that would convince you it works.`,
    hint: 'Go through the four requirements one by one. Which coatings in the chapter are made at low temperature? Which tests in the results table match your conditions?',
    solution: () => [
      `Stable and ion-conducting: an inorganic film that the metal turns into a Na⁺ conductor, such as ALD Al₂O₃ (a few nanometres, ${formatFact(F.aldNaThickness)} in the study in the results table), or a halide such as NaBr.`,
      'Pinhole-free: ALD grows conformally in self-limiting cycles, each adding a fixed fraction of a nanometre (usually less than one atomic layer), and can run at low temperature, below sodium\'s melting point; a chemical reaction with the metal (NaBr from 1-bromopropane) can coat the exposed surface, but neither review says the layer is continuous, so check it (for example by cross-sectional electron microscopy).',
      `Robust: the metal moves ${fmt(platingThickness('Na', 3))} µm per cycle at 3 mAh/cm², far thicker than any nanometre film, so the film must be re-formed or flexible; a polymer–ceramic composite (stiff, with a shear modulus ${formatFact(F.cplShear)}) or a layered design can help.`,
      `Test: a full cell with limited sodium at your own conditions, reporting Coulombic efficiency, not only a symmetric cell; the ALD result (${formatFact(F.aldNaCurrent)}, ${formatFact(F.aldNaCapacity)}) matches the current but used a third of the capacity, in a symmetric cell with an unstated electrolyte; the NaBr one (${formatFact(F.nabrCurrent)}, ${formatFact(F.nabrCapacity)}) is far from both.`,
      'Check: every choice is tied to a requirement and to a test at the intended current and capacity.',
    ],
    facts: [F.aldNaThickness, F.aldNaCurrent, F.aldNaCapacity, F.nabrCurrent, F.nabrCapacity, F.cplShear],
  }),
  'nabr-claim': defineProblem({
    title: 'Reading a coating result against its conditions',
    kind: 'critical-reading',
    marks: 2,
    statement: () =>
      `A study reports that a NaBr-coated sodium electrode gave a stable voltage for ${formatFact(F.nabrCycles)} at ${formatFact(F.nabrCurrent)} and ${formatFact(F.nabrCapacity)} in a coin cell (Na‖Na by its plating/stripping protocol; the review says only "coin cell"), while bare sodium became unstable within ${F.nabrBareCycles.value} cycles. A summary says the coating "solves dendrites in sodium batteries". Judge it.`,
    hint: 'How thick a layer of sodium moves per cycle? How do the current and capacity compare with a practical cell? What can a symmetric cell not measure?',
    solution: () => [
      `${formatFact(F.nabrCapacity)} moves only ${fmt(platingThickness('Na', F.nabrCapacity.value))} µm of sodium per cycle, a small fraction of a coin-cell foil, at a current ten times below the ${formatFact(F.practicalTestCurrent)} practical tests ask for.`,
      'A symmetric cell has metal to spare on both sides, so it shows a stable voltage even when metal is being lost; it gives no Coulombic efficiency.',
      'The comparison with bare sodium in the same test is fair and shows the coating helps; it does not show the coating survives deep, fast cycling, or works in a full cell.',
      'Check: the claim "solves" generalises from mild symmetric-cell conditions to batteries; the honest summary is "improves stability at 0.5 mA/cm² and 0.25 mAh/cm²".',
    ],
    facts: [F.nabrCycles, F.nabrCurrent, F.nabrCapacity, F.nabrBareCycles, F.practicalTestCurrent],
    sources: [{ review: 'lee2020', ref: 120 }],
  }),
});
