/**
 * The guided labs. Each checkpoint reads the student's own run (the log of states the simulation
 * reported), so the number they type is compared with what their deposit actually did.
 */
import { platingThickness } from '../physics/index';
import { formatNumber } from '../format/formatNumber';
import { growthParameters, resolveGrowthOptions, VOXEL_SIZE_M } from '../sim/index';
import { firstWhere, latest, needs } from './measures';
import type { LabDefinition, StatsSample } from './types';

export type { LabDefinition } from './types';

const um = (voxels: number) => voxels * VOXEL_SIZE_M * 1e6;
/** The default electrode–separator gap, µm. */
const GAP_UM = um(growthParameters.height.default as number);
const opts = (s: StatsSample) => resolveGrowthOptions(s.options);
// 2 % slack: a dose is a whole number of voxels, so one Step can land a hair under it.
const plateOnly = (capacity: number) => (s: StatsSample) => s.stats.platedCapacity_mAh_per_cm2 >= 0.98 * capacity && s.stats.stripped === 0;
/** Small enough that no preset shorts before it on the default gap. */
const DOSE = 0.1;
const PLATE = { kind: 'plate', capacity_mAh_per_cm2: DOSE } as const;
/** The carbonate preset's SEI non-uniformity, held fixed in the shield-or-stiffness lab. */
const CARBONATE_SEI_SPREAD = 1.2;
const carbonateSei = (s: StatsSample) => Math.abs(opts(s).seiSpread - CARBONATE_SEI_SPREAD) < 0.05;

export const LABS: readonly LabDefinition[] = [
  {
    id: 'mossy-vs-dendritic',
    title: 'Mossy or dendritic: the current and Sand’s time',
    question: 'Above the limiting current, when does the salt at the electrode run out, and does the simulation agree with Sand’s formula?',
    chapters: ['dendrites-and-sands-time', 'how-metal-anodes-fail'],
    query: 'preset=lithium&currentRatio=2',
    procedure: [
      'The simulation opens at twice the limiting current (J/J* = 2).',
      'Press Step repeatedly (or Play) and watch the surface concentration fall in the readouts.',
      'When the salt at the electrode reaches zero, the readouts announce the onset of diffusion-limited growth: note the simulated time of the onset.',
      'Divide that time by the Sand’s time the readouts give from the formula for this current.',
    ],
    checkpoints: [
      {
        id: 'onset-time',
        prompt: 'Simulated time at which growth became diffusion-limited (the onset)',
        unit: 's',
        tolerance: { relative: 0.1 },
        ready: (log) =>
          needs(log, (s) => opts(s).currentRatio > 1, 'Set J/J* above 1 first: below the limiting current the salt never runs out.') ??
          (firstWhere(log, (s) => s.sandsOnset) ? null : 'Keep plating: the onset has not happened yet in this run.'),
        measure: (log) => {
          const s = firstWhere(log, (x) => x.sandsOnset)!.stats;
          return s.sandsOnsetTime_s ?? s.time_s;
        },
      },
      {
        id: 'onset-over-sand',
        prompt: 'That onset time divided by the Sand’s time of the formula',
        unit: '',
        tolerance: { absolute: 0.1 },
        ready: (log) => (firstWhere(log, (s) => s.sandsOnset && s.sandsTime_s !== null) ? null : 'Keep plating above J* until the onset.'),
        measure: (log) => {
          const s = firstWhere(log, (x) => x.sandsOnset && x.sandsTime_s !== null)!.stats;
          return (s.sandsOnsetTime_s ?? s.time_s) / s.sandsTime_s!;
        },
      },
    ],
    script: [{ options: { metal: 'Li', currentRatio: 2, seiSpread: 1 }, jobs: [PLATE] }],
    aims: ['Connect the limiting current J* and Sand’s time to a visible change in how the deposit grows.', 'See a closed-form result (Sand’s time) emerge from a model that never uses it.'],
    discussion: ['Why does the onset come later than Sand’s time at currents only just above J*?', 'What would a thicker separator (a longer gap) change, and why?'],
  },
  {
    id: 'where-the-charge-goes',
    title: 'Where the charge goes: SEI and dead metal',
    question: 'After one plate–strip cycle, how much of the plated charge fails to come back, and how much of that loss is metal cut off from the electrode rather than charge spent on SEI?',
    chapters: ['how-metal-anodes-fail'],
    query: 'preset=carbonate',
    procedure: [
      'The simulation opens with the carbonate-electrolyte preset.',
      `Set the capacity per cycle to ${DOSE} mAh/cm² and press “Plate–strip cycle” once. Wait until it finishes.`,
      'Read the Coulombic efficiency, the dead-metal fraction and the charge lost to SEI from the readouts. Check that the two losses add up to 1 − CE.',
    ],
    checkpoints: [
      {
        id: 'ce',
        prompt: 'Coulombic efficiency after the cycle (as a fraction, e.g. 0.87)',
        unit: '',
        tolerance: { absolute: 0.01 },
        ready: (log) => needs(log, (s) => s.stats.stripped > 0, 'Run a plate–strip cycle first.'),
        measure: (log) => latest(log)!.stats.coulombicEfficiency,
      },
      {
        id: 'dead-fraction',
        prompt: 'Dead metal as a fraction of the plated metal',
        unit: '',
        tolerance: { absolute: 0.01 },
        ready: (log) => needs(log, (s) => s.stats.stripped > 0, 'Run a plate–strip cycle first.'),
        measure: (log) => latest(log)!.stats.deadFraction,
      },
      {
        id: 'sei-fraction',
        prompt: 'Charge lost to SEI formation, as a fraction of the plated charge',
        unit: '',
        tolerance: { absolute: 0.01 },
        ready: (log) => needs(log, (s) => s.stats.stripped > 0, 'Run a plate–strip cycle first.'),
        measure: (log) => latest(log)!.stats.seiLossFraction,
      },
    ],
    script: [{ options: { metal: 'Li', currentRatio: 0.9, seiSpread: 1.2 }, jobs: [{ kind: 'cycles', capacity_mAh_per_cm2: DOSE, cycles: 1 }] }],
    aims: ['Write the Coulombic efficiency as a balance of plated and returned charge.', 'See that the shape of a deposit alone can strand metal.'],
    discussion: ['Fang et al. (Nature 2019) found unreacted metal, not SEI, dominates inactive lithium. Raise the electrolyte reactivity knob and lower J/J*: when does the SEI share win in this model?', 'Why does dead metal also block the next cycle’s ions?'],
  },
  {
    id: 'stiff-or-shielding',
    title: 'Does a shield or a stiff interphase help?',
    question: 'At the same current and with the same patchy SEI, how much smoother is the deposit with an electrostatic shield (a trace of a cation such as Cs⁺ that is not plated but gathers at tips and steers the current away; chapter 14), or with a stiff interphase, than without either?',
    chapters: ['sei-design-principles', 'protection-strategies'],
    query: 'preset=carbonate',
    procedure: [
      `Set the capacity per cycle to ${10 * DOSE} mAh/cm², so that each Step plates ${DOSE} mAh/cm². Press Step once with the carbonate preset (SEI non-uniformity ${CARBONATE_SEI_SPREAD}) and read the roughness.`,
      'Leave the other knobs where the carbonate preset put them and turn the Electrostatic shield up to 0.6 (the deposit starts afresh); plate one Step and read the roughness.',
      `Set the shield back to 0 and the Interphase stiffness to 2, keeping the SEI non-uniformity at ${CARBONATE_SEI_SPREAD}; plate one Step and read the roughness. Each run differs from the first in one knob only, so any change in roughness is that knob’s doing.`,
    ],
    checkpoints: [
      {
        id: 'roughness-plain',
        prompt: `Roughness without shield or stiff interphase, after at least ${DOSE} mAh/cm²`,
        unit: 'µm',
        tolerance: { relative: 0.1 },
        ready: (log) =>
          needs(log, carbonateSei, `Keep the carbonate preset’s SEI non-uniformity (${CARBONATE_SEI_SPREAD}).`) ??
          needs(log, (s) => opts(s).shieldStrength === 0 && opts(s).interphaseModulusRatio <= 1, 'Switch the shield off and use an interphase no stiffer than the metal.') ??
          needs(log, plateOnly(DOSE), `Plate at least ${DOSE} mAh/cm² (without stripping) first.`),
        measure: (log) => latest(log)!.stats.roughness_um,
      },
      {
        id: 'roughness-shield',
        prompt: 'Roughness with the Cs⁺ shield, after the same capacity',
        unit: 'µm',
        tolerance: { relative: 0.1 },
        ready: (log) =>
          needs(log, carbonateSei, `Keep the carbonate preset’s SEI non-uniformity (${CARBONATE_SEI_SPREAD}), so that only the shield differs.`) ??
          needs(log, (s) => opts(s).shieldStrength > 0 && opts(s).interphaseModulusRatio <= 1, 'Turn the Electrostatic shield up, with the interphase no stiffer than the metal.') ??
          needs(log, plateOnly(DOSE), `Plate at least ${DOSE} mAh/cm² (without stripping) first.`),
        measure: (log) => latest(log)!.stats.roughness_um,
      },
      {
        id: 'roughness-stiff',
        prompt: 'Roughness with the stiff interphase, after the same capacity',
        unit: 'µm',
        tolerance: { relative: 0.1 },
        ready: (log) =>
          needs(log, carbonateSei, `Keep the carbonate preset’s SEI non-uniformity (${CARBONATE_SEI_SPREAD}), so that only the stiffness differs.`) ??
          needs(log, (s) => opts(s).interphaseModulusRatio > 1 && opts(s).shieldStrength === 0, 'Raise the Interphase stiffness above 1, with the shield back at 0.') ??
          needs(log, plateOnly(DOSE), `Plate at least ${DOSE} mAh/cm² (without stripping) first.`),
        measure: (log) => latest(log)!.stats.roughness_um,
      },
    ],
    script: [
      { options: { metal: 'Li', currentRatio: 0.9, seiSpread: CARBONATE_SEI_SPREAD }, jobs: [PLATE] },
      { options: { metal: 'Li', currentRatio: 0.9, seiSpread: CARBONATE_SEI_SPREAD, shieldStrength: 0.6 }, jobs: [PLATE] },
      { options: { metal: 'Li', currentRatio: 0.9, seiSpread: CARBONATE_SEI_SPREAD, interphaseModulusRatio: 2 }, jobs: [PLATE] },
    ],
    aims: ['Compare two ways of flattening a deposit at the same current.', 'Judge when a protection stops helping.'],
    discussion: ['Raise J/J* towards 1 with the shield on: does it keep helping? Why might it not?', 'The model’s knob values were chosen to show a trend: what would you need to measure to put real numbers on them?'],
  },
  {
    id: 'plating-to-a-short',
    title: 'Plating to a short circuit',
    question: `How much charge can be plated before the deposit bridges the ${GAP_UM} µm gap, at a current near the limit and at half of it, and how does that compare with a dense layer?`,
    chapters: ['how-metal-anodes-fail', 'from-lab-to-market'],
    query: 'preset=carbonate',
    procedure: [
      'The simulation opens with the carbonate preset (J/J* = 0.9).',
      'Set the capacity per cycle to 3 mAh/cm² and press “Plate–strip cycle”: plating stops when the deposit reaches the separator.',
      'Read the plated capacity at the short-circuit alert.',
      'Reset, set J/J* to 0.5 and repeat.',
    ],
    checkpoints: [
      {
        id: 'short-near-limit',
        prompt: 'Capacity plated when the cell shorted, at J/J* = 0.9',
        unit: 'mAh/cm²',
        tolerance: { relative: 0.05 },
        ready: (log) =>
          needs(log, (s) => Math.abs(opts(s).currentRatio - 0.9) < 1e-9, 'Set J/J* to 0.9 (the carbonate preset).') ??
          (firstWhere(log, (s) => s.shorted) ? null : 'Keep plating: the cell has not shorted yet.'),
        measure: (log) => firstWhere(log, (s) => s.shorted)!.stats.platedCapacity_mAh_per_cm2,
      },
      {
        id: 'short-half-limit',
        prompt: 'Capacity plated when the cell shorted, at J/J* = 0.5',
        unit: 'mAh/cm²',
        tolerance: { relative: 0.05 },
        ready: (log) =>
          needs(log, (s) => Math.abs(opts(s).currentRatio - 0.5) < 1e-9, 'Set J/J* to 0.5 first.') ??
          (firstWhere(log, (s) => s.shorted) ? null : 'Keep plating: the cell has not shorted yet.'),
        measure: (log) => firstWhere(log, (s) => s.shorted)!.stats.platedCapacity_mAh_per_cm2,
      },
    ],
    script: [
      { options: { metal: 'Li', currentRatio: 0.9, seiSpread: 1.2 }, jobs: [{ kind: 'plate', capacity_mAh_per_cm2: 3 }] },
      { options: { metal: 'Li', currentRatio: 0.5, seiSpread: 1.2 }, jobs: [{ kind: 'plate', capacity_mAh_per_cm2: 3 }] },
    ],
    aims: [
      `Relate a short circuit to the porosity of the deposit: a dense lithium layer ${GAP_UM} µm thick would hold ${formatNumber(GAP_UM / platingThickness('Li', 1), { digits: 1 })} mAh/cm².`,
      'See how a lower current packs more metal below the separator before it shorts.',
    ],
    discussion: ['Why does the deposit short at a small fraction of the dense-layer capacity?', 'A practical cathode stores several mAh/cm². What must the deposit look like for that much lithium to fit below a separator this far away?'],
  },
  {
    id: 'sodium-vs-lithium',
    title: 'Sodium against lithium at the same areal capacity',
    question: 'For the same charge per area, how thick is a sodium deposit compared with a lithium one, and how does that compare with a dense layer?',
    chapters: ['why-sodium'],
    query: 'preset=sodium',
    procedure: [
      `Set the capacity per cycle to ${10 * DOSE} mAh/cm² and press Step once: it plates ${DOSE} mAh/cm² of sodium. Read the mean deposit height.`,
      'Reset with the lithium preset, plate the same capacity and read the mean height again.',
      'Compare each with the thickness of a dense layer from chapter 2.',
    ],
    checkpoints: [
      {
        id: 'na-height',
        prompt: `Mean height of the sodium deposit after at least ${DOSE} mAh/cm²`,
        unit: 'µm',
        tolerance: { relative: 0.1 },
        ready: (log) => needs(log, (s) => opts(s).metal === 'Na', 'Choose sodium first.') ?? needs(log, plateOnly(DOSE), `Plate at least ${DOSE} mAh/cm² (without stripping) first.`),
        measure: (log) => um(latest(log)!.stats.meanHeight),
      },
      {
        id: 'li-height',
        prompt: `Mean height of the lithium deposit after at least ${DOSE} mAh/cm²`,
        unit: 'µm',
        tolerance: { relative: 0.1 },
        ready: (log) => needs(log, (s) => opts(s).metal === 'Li', 'Choose lithium first.') ?? needs(log, plateOnly(DOSE), `Plate at least ${DOSE} mAh/cm² (without stripping) first.`),
        measure: (log) => um(latest(log)!.stats.meanHeight),
      },
    ],
    script: [
      { options: { metal: 'Na', currentRatio: 0.9, seiSpread: 1 }, jobs: [PLATE] },
      { options: { metal: 'Li', currentRatio: 0.9, seiSpread: 1 }, jobs: [PLATE] },
    ],
    aims: [
      `Relate a deposit’s height to the molar volume: a dense layer of ${DOSE} mAh/cm² is ${formatNumber(platingThickness('Na', DOSE), { digits: 2 })} µm of sodium and ${formatNumber(platingThickness('Li', DOSE), { digits: 2 })} µm of lithium.`,
      'See how much taller a porous deposit stands than a dense one.',
    ],
    discussion: ['Why does the ratio of the two mean heights stay close to the ratio of the molar volumes?', 'What does this mean for the volume change a sodium cell must absorb?'],
  },
];

export function findLab(id: string): LabDefinition | undefined {
  return LABS.find((l) => l.id === id);
}

