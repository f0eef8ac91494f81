/**
 * Named scenarios a lecturer can link (`/simulation/?preset=mosaic-sei`). Each is a set of model
 * options; the knob values are illustrative settings of this model, chosen to show the trend the
 * reviews describe, not fitted to any cell.
 */
import type { GrowthOptions } from './growthParameters.ts';

export interface GrowthPreset {
  id: string;
  label: string;
  /** What to notice, one sentence. */
  description: string;
  options: GrowthOptions;
}

/** First sight: each new setting of the simulation opens on this much metal already plated, mAh/cm² (Reset gives a bare electrode). */
export const FIRST_SIGHT_mAh_PER_CM2 = 0.2;

export const GROWTH_PRESETS: readonly GrowthPreset[] = [
  {
    id: 'carbonate',
    label: 'Carbonate electrolyte',
    description: '1 M LiPF6 in carbonates: a mosaic SEI and a demanding current grow mossy, uneven lithium.',
    options: { metal: 'Li', currentRatio: 0.9, seiSpread: 1.2 },
  },
  {
    id: 'fec',
    label: 'FEC additive',
    description: 'Fluoroethylene carbonate builds a thin LiF-rich SEI: more uniform and stiffer, so the deposit is flatter, and each fresh patch costs less charge.',
    options: { metal: 'Li', currentRatio: 0.9, seiSpread: 0.3, interphaseModulusRatio: 0.8, seiReactivity: 6 },
  },
  {
    id: 'concentrated',
    label: 'Concentrated electrolyte',
    description: 'In this model (diffusivity held fixed) 4 M raises the limiting current fourfold, so the same current runs far from it and growth stays compact; a real concentrated electrolyte diffuses more slowly, which takes back part of that gain. The anion-derived SEI is thinner too.',
    options: { metal: 'Li', currentRatio: 0.9, concentration_M: 4, seiSpread: 0.5, seiReactivity: 6 },
  },
  {
    id: 'mosaic-sei',
    label: 'Mosaic SEI',
    description: 'Patches that pass ions much better than their neighbours become hot spots that grow into protrusions.',
    options: { metal: 'Li', currentRatio: 0.7, seiSpread: 2 },
  },
  {
    id: 'stiff-sei',
    label: 'Stiff artificial SEI',
    description: 'An interphase twice as stiff as the metal (past the Monroe–Newman 1.8) pushes back on protrusions.',
    options: { metal: 'Li', currentRatio: 0.9, interphaseModulusRatio: 2 },
  },
  {
    id: 'cs-shield',
    label: 'Cs⁺ electrostatic shield',
    description: 'Cs⁺ at 0.05 M, below its 0.578 M Nernst threshold, gathers at tips and steers lithium into the valleys.',
    options: { metal: 'Li', currentRatio: 0.9, shieldStrength: 0.6 },
  },
  {
    id: 'lithium',
    label: 'Lithium',
    description: 'Lithium at the same current and SEI as the sodium and potassium presets.',
    options: { metal: 'Li', currentRatio: 0.9, seiSpread: 1 },
  },
  {
    id: 'sodium',
    label: 'Sodium',
    description: 'Sodium plates about 1.8 times thicker than lithium per mAh/cm², so the same charge reaches further into the gap.',
    options: { metal: 'Na', currentRatio: 0.9, seiSpread: 1 },
  },
  {
    id: 'potassium',
    label: 'Potassium',
    description: 'Potassium plates about 3.5 times thicker than lithium per mAh/cm²: shorts come soonest.',
    options: { metal: 'K', currentRatio: 0.9, seiSpread: 1 },
  },
];

export function findPreset(id: string): GrowthPreset | undefined {
  return GROWTH_PRESETS.find((p) => p.id === id);
}
