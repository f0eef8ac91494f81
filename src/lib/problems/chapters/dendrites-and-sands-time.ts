/**
 * Problems for chapter 13 (dendrites-and-sands-time). Transport values are the physics library's
 * literature-typical defaults (1 M LiPF6 in carbonates, sandsTimeParameters), used for scale only.
 */
import {
  FARADAY,
  SAND_TIME_FAIR_ABOVE_J_STAR,
  TYPICAL_SEPARATOR_POROSITY as EPS,
  bruggemanDiffusivity,
  criticalCurrentDensity,
  depletionConcentration,
  localCurrentDensity,
  porousSandsTime,
  sandsTime,
  sandsTimeParameters,
} from '../../physics/index';
import { formatNumber } from '../../format/formatNumber';
import { dendritesAndSandsTimeFacts as F } from '../../facts/dendritesAndSandsTime';
import { defineProblem, defineProblemSet } from '../defineProblems';

const fmt = (x: number, significant = 3) => formatNumber(x, { significant });
const E = {
  diffusivity: sandsTimeParameters.diffusivity.default,
  concentration: sandsTimeParameters.concentration.default,
  cationTransference: sandsTimeParameters.cationTransference.default,
};

export const problems = defineProblemSet('dendrites-and-sands-time', {
  'concentration-lever': defineProblem({
    title: 'How much time does more salt buy?',
    kind: 'calculation',
    marks: 2,
    draw: { current: [2, 4, 6, 8], factor: [1.5, 2, 3] },
    statement: (p) =>
      `An electrolyte with $D = 3\\times10^{-10}$ m²/s and $t_+ = 0.38$ is cycled at ${p.current} mA/cm² in a wide cell (gap much larger than the depleted layer $\\sqrt{D\\tau_s}$, so the semi-infinite formula applies). Its salt concentration is raised from 1 M to ${p.factor} M, with $D$ and $t_+$ assumed unchanged. What is Sand's time at the higher concentration, in minutes?`,
    hint: "Compute Sand's time at 1 M, then use $\\tau_s \\propto c_0^2$.",
    numeric: {
      solve: (p) => {
        const t1 = sandsTime({ ...E, currentDensity: p.current * 10 });
        const t2 = sandsTime({ ...E, concentration: E.concentration * p.factor, currentDensity: p.current * 10 });
        const atOne = sandsTime({ ...E, currentDensity: 10 });
        return { t1, ratio: t2 / t1, atOne, answer: t2 / 60 };
      },
      unit: 'min',
      tolerance: { relative: 0.03 },
      display: { significant: 3 },
      mistakes: (p, s) => [{ value: (s.t1 * p.factor) / 60, explanation: "That scales Sand's time linearly with concentration; it grows with the square of c₀." }],
    },
    solution: (p, s) => [
      `At 1 M and ${p.current} mA/cm² (${p.current * 10} A/m²): $\\tau_s = \\pi D (F c_0 / 2 J t_a)^2$ = ${fmt(s.t1)} s.`,
      `Sand's time grows as $c_0^2$, so ${p.factor} M multiplies it by ${fmt(s.ratio)}.`,
      `Result: ${fmt(s.t1 * s.ratio)} s = ${formatNumber(s.answer, { significant: 3 })} min.`,
      'Note: in a real concentrated electrolyte $D$ falls (viscosity rises) while $t_+$ often rises, so the true gain differs; the review credits both concentration and a larger transference number (Lee et al. 2020, §3.2).',
      `Check: τs ∝ (c₀/J)², so the time at 1 M and 1 mA/cm², ${fmt(s.atOne)} s, times (${p.factor}/${p.current})² = ${fmt((p.factor / p.current) ** 2)} gives ${fmt((s.atOne * (p.factor / p.current) ** 2) / 60)} min again.`,
    ],
  }),
  'hot-spot-time': defineProblem({
    title: "Sand's time at a hot spot",
    kind: 'calculation',
    marks: 3,
    draw: { current: [2, 4, 6], activePercent: [2, 5, 10] },
    statement: (p) =>
      `A cell runs at an average ${p.current} mA/cm², but a patchy SEI lets only ${p.activePercent} % of the area carry current. Using $D = 3\\times10^{-10}$ m²/s, $c_0 = 1$ M and $t_+ = 0.38$, estimate Sand's time (one-dimensional, in a wide cell with free electrolyte: gap much larger than $\\sqrt{D\\tau_s}$) at the active patches, in seconds, and say how far the depletion reaches into the liquid by then. Then ask whether such a patch would run dry at all in a 25 µm cell.`,
    hint: 'Local current = average ÷ active fraction. Then Sand’s formula; the reach is about √(Dτs). For the thin cell, compare the local current with that cell’s J*.',
    numeric: {
      solve: (p) => {
        const local = localCurrentDensity({ currentDensity: p.current * 10, activeFraction: p.activePercent / 100 });
        const answer = sandsTime({ ...E, currentDensity: local });
        // Smallest isolated disc that can deplete at all: its steady diffusive supply 4Dc₀/(πa) per area must fall below J t_a/F.
        const disc = ((4 * FARADAY * E.diffusivity * E.concentration) / (Math.PI * local * (1 - E.cationTransference))) * 1e6;
        // J* of a 25 µm cell, in free liquid and in a 40 %-porosity separator (D × ε^1.5), as in the chapter.
        const jFree = criticalCurrentDensity({ ...E, gap: 25e-6 });
        const dSep = bruggemanDiffusivity({ diffusivity: E.diffusivity, porosity: EPS });
        const jSep = criticalCurrentDensity({ ...E, diffusivity: dSep, gap: 25e-6 });
        // Sand's time inside the separator, for the branch above its J*: ε·τs(D ε^1.5), since the pores
        // also hold only ε of the salt; the depletion spreads with D ε^1.5 / ε.
        const tauSep = porousSandsTime({ ...E, porosity: EPS, currentDensity: local });
        const reachSep = Math.sqrt((dSep / EPS) * tauSep) * 1e6;
        return { local, answer, reach: Math.sqrt(E.diffusivity * answer) * 1e6, disc, jFree, jSep, tauSep, reachSep, atOne: sandsTime({ ...E, currentDensity: 10 }) };
      },
      unit: 's',
      tolerance: { relative: 0.03 },
      display: { significant: 3 },
      mistakes: (p, s) => [{ value: sandsTime({ ...E, currentDensity: p.current * 10 }), explanation: "That uses the average current; the patches carry the whole current on a fraction of the area, and Sand's time falls as 1/J²." }],
    },
    solution: (p, s) => [
      `Local current: ${p.current} mA/cm² ÷ ${p.activePercent / 100} = ${fmt(s.local / 10)} mA/cm² (${fmt(s.local)} A/m²).`,
      `Sand's time there: $\\tau_s = \\pi D (F c_0 / 2 J t_a)^2$ = ${formatNumber(s.answer, { significant: 3 })} s.`,
      `Reach of the depleted layer: $\\sqrt{D\\tau_s}$ ≈ ${fmt(s.reach, 2)} µm.`,
      `In a 25 µm cell $J^* = 2Fc_0D/(t_a L)$ ≈ ${fmt(s.jFree / 10)} mA/cm² in free liquid and ≈ ${fmt(s.jSep / 10)} mA/cm² in a separator of ${100 * EPS} % porosity. ${s.local < s.jFree ? `The patch current, ${fmt(s.local / 10)} mA/cm², is below the free-liquid value, so in such a cell of free electrolyte the surface never runs dry in the one-dimensional picture. ${s.local > s.jSep ? `It is ${fmt(s.local / s.jSep, 2)} times the separator value, so inside a ${100 * EPS} %-porosity separator the salt does run out, and sooner: with $D\\varepsilon^{1.5}$, and a further factor $\\varepsilon$ because the pores hold only that fraction of the salt, $\\tau_s = \\pi D\\varepsilon^{2.5}(F c_0 / 2 J t_a)^2$ is ${fmt(s.answer / s.tauSep)} times shorter, ${fmt(s.tauSep)} s, and the depleted layer, $\\sqrt{(D\\varepsilon^{1.5}/\\varepsilon)\\,\\tau_s}$, is ${fmt(s.reachSep, 2)} µm, ${fmt((100 * s.reachSep) / 25, 2)} % of the gap, ${s.local >= SAND_TIME_FAIR_ABOVE_J_STAR * s.jSep ? 'so the one-dimensional time is a fair estimate there.' : 'so close to that J* the one-dimensional time is only a scale (the far side feeds salt back and the surface runs dry later).'}` : 'It is below the separator value as well, so there too the salt never runs out.'}` : `The patch current, ${fmt(s.local / 10)} mA/cm², is above it: the salt does run out, but the depleted layer spans much of the gap, so the wide-cell time is only a scale.`} (The free-liquid reach, ${fmt(s.reach, 2)} µm, is ${s.reach > 25 ? `${fmt(s.reach / 25, 2)} times` : `${fmt((100 * s.reach) / 25, 2)} % of`} that gap, so the wide-cell picture does not describe a 25 µm cell of free liquid.)`,
      `Note: ions also reach a small patch sideways. A disc-shaped patch carrying a uniform current starts to dry at its centre once its radius exceeds $FDc_0/(J t_a)$ ≈ ${fmt((s.disc * Math.PI) / 4, 2)} µm here, and the whole patch can be held dry only beyond $4FDc_0/(\\pi J t_a)$ ≈ ${fmt(s.disc, 2)} µm. A patch narrower than the first size never runs dry, and for one not much wider than these the one-dimensional time is a lower bound.`,
      `Check: τs ∝ 1/J², so the 1 mA/cm² value, ${fmt(s.atOne)} s, divided by (${fmt(s.local / 10)})² gives ${formatNumber(s.atOne / (s.local / 10) ** 2, { significant: 3 })} s again.`,
    ],
  }),
  'surface-at-half-time': defineProblem({
    title: 'How much salt is left at the surface?',
    kind: 'calculation',
    marks: 2,
    draw: { fraction: [0.1, 0.25, 0.36, 0.5, 0.64, 0.81] },
    statement: (p) =>
      `Under constant current, what fraction of the bulk salt concentration remains at the electrode surface at ${p.fraction} of Sand's time? Give a percentage.`,
    hint: 'The semi-infinite solution gives the surface value c(0, t)/c₀ = 1 − √(t/τs).',
    numeric: {
      solve: (p) => {
        const tau = sandsTime({ ...E, currentDensity: 100 });
        const answer = (100 * depletionConcentration({ ...E, currentDensity: 100, distance: 0, time: p.fraction * tau })) / E.concentration;
        return { root: Math.sqrt(p.fraction), answer };
      },
      unit: '%',
      tolerance: { absolute: 1 },
      display: { digits: 0 },
      mistakes: (p) => [{ value: 100 * (1 - p.fraction), explanation: 'That assumes a linear fall; the surface value falls as the square root of time, fast at first.' }],
    },
    solution: (p, s) => [
      'The depleted layer grows as √(Dt) while the salt removed grows as t, so the surface deficit grows as √t, and it reaches the whole bulk value at τs.',
      `Hence $c(0,t)/c_0 = 1 - \\sqrt{t/\\tau_s} = 1 - \\sqrt{${p.fraction}} = 1 - ${fmt(s.root)}$.`,
      `Remaining: ${formatNumber(s.answer, { digits: 0 })} %.`,
      'Note: the fall is fastest at first; half of Sand\'s time already leaves less than a third of the salt, not half.',
      `Check: squaring back, (1 − ${formatNumber(s.answer, { digits: 0 })}/100)² = ${formatNumber((1 - s.answer / 100) ** 2, { digits: 2 })}, close to the ${p.fraction} asked for.`,
    ],
  }),
  'design-lever': defineProblem({
    title: 'Choose a lever for a fast-charging sodium cell',
    kind: 'design',
    marks: 3,
    statement: () =>
      "A sodium-metal cell must charge at 5 mA/cm² in a thin cell (25 µm separator). Sand's analysis offers four levers: concentration, active area, transference number and a homogeneous SEI. Rank them for this cell and justify the ranking with the chapter's numbers.",
    hint: 'First decide whether the average current is above or below J* in this cell. If it is below, which lever addresses the real danger?',
    solution: () => [
      `In a 25 µm porous separator J* is of the order of ${fmt(criticalCurrentDensity({ ...E, diffusivity: bruggemanDiffusivity({ diffusivity: E.diffusivity, porosity: EPS }), gap: 25e-6 }) / 10)} mA/cm², far above 5 mA/cm²: the bulk never depletes on average.`,
      'The danger is local: hot spots in a patchy SEI multiply the current by the inverse of the active fraction. So the first lever is a homogeneous SEI (or an alloy interphase, a thin Na–Sn or Na–Sb layer grown from a dissolved additive; Chapter 14) that spreads the current; it attacks the main cause Lee et al. name, the uneven film, though not the hot spots of a rough metal or of growing tips.',
      'Second, a larger transference number or higher concentration lengthens Sand\'s time at any hot spot that remains (both enter squared); a concentrated electrolyte gives both, and an inorganic, anion-derived SEI besides, at a cost in viscosity and price. A localized high-concentration electrolyte (the concentrated salt thinned with a solvent that does not dissolve it; Chapter 14) keeps the anion-derived SEI and lowers the viscosity again, but it dilutes the overall salt concentration back down, so it gains less through the c₀ term of τs.',
      'Last, a high-area host lowers the local current but adds mass and SEI area, which on sodium is where the film dissolves and re-forms.',
      'Note: each choice is tied to a term of τs or to the gap between average and local current; none relies on the average current alone.',
    ],
    facts: [F.hceThreshold],
  }),
  'low-current-claim': defineProblem({
    title: '"Below J*, no dendrites"',
    kind: 'critical-reading',
    marks: 2,
    statement: () =>
      'A paper on a sodium anode states: "Our cell runs at 1 mA/cm², well below the critical current density J* calculated for our electrolyte, so dendrite growth is excluded by Brissot\'s analysis." Judge the claim against the conditions under which J* was derived.',
    hint: 'What did Brissot assume about the electrode surface and the current distribution?',
    solution: () => [
      'J* is derived for a flat electrode with uniform current and for dendrites triggered by bulk depletion; below it, the concentration settles to a steady slope (Lee et al. 2020, ref. 54).',
      'A real sodium surface is rough and its SEI is mosaic and patchy, so the current is concentrated in a small fraction of the area; locally it can exceed J* even when the average does not.',
      'Sodium also grows mossy deposits below J* by mechanisms unrelated to depletion (SEI capping at tips, stage III).',
      'Conclusion: the claim would be supported only by showing a uniform current distribution (for example a homogeneous SEI) and by imaging the deposit, not by comparing the average current with J*.',
    ],
    sources: [{ review: 'lee2020', ref: 54 }],
  }),
});
