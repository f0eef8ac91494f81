/**
 * The sentences a screen reader hears about the deposit (PhET-style describer): pure, so it is
 * unit-tested, and calm — whole percentages and µm, the most important fact first.
 */
import { formatNumber } from '../format/formatNumber.ts';
import type { GrowthStats } from './growthStats.ts';

const METAL_NAMES = { Li: 'lithium', Na: 'sodium', K: 'potassium' } as const;

const percent = (fraction: number): string => `${formatNumber(Math.round(fraction * 100))} %`;

function surfaceWord(roughness_um: number): string {
  if (roughness_um < 1) return 'smooth';
  if (roughness_um < 4) return 'rough';
  return 'very rough, with tall protrusions';
}

/**
 * @param stats the model's stats
 * @param context.cycles completed plate–strip cycles, if the caller counts them
 */
export function describeGrowth(stats: GrowthStats, context: { cycles?: number } = {}): string {
  const metal = METAL_NAMES[stats.metal];
  if (stats.mode === 'free') {
    if (stats.live <= 1) return `A single ${metal} seed particle; nothing has attached yet.`;
    return `A free cluster of ${formatNumber(stats.live)} particles, radius of gyration ${formatNumber(stats.radiusOfGyration, { digits: 1 })} voxels.`;
  }
  if (stats.plated === 0) return `Bare electrode: no ${metal} plated yet.`;
  const cycles = context.cycles ?? 0;
  const lead = cycles > 0
    ? `After ${formatNumber(cycles)} ${cycles === 1 ? 'cycle' : 'cycles'}, `
    : `After plating ${formatNumber(stats.platedCapacity_mAh_per_cm2, { significant: 2 })} mAh/cm², `;
  const parts: string[] = [];
  if (stats.stripped > 0 || stats.dead > 0) {
    const sei = stats.seiLossFraction > 0 ? ` and ${percent(stats.seiLossFraction)} went into SEI` : '';
    parts.push(`${lead}${percent(stats.deadFraction)} of the plated ${metal} is dead${sei}`);
  } else {
    parts.push(`${lead}the ${metal} surface is ${surfaceWord(stats.roughness_um)}`);
  }
  parts.push(`the tallest protrusion spans ${percent(stats.maxHeightFraction)} of the gap`);
  let text = `${parts.join('; ')}.`;
  if (stats.stripped > 0) text += ` Coulombic efficiency so far: ${percent(stats.coulombicEfficiency)}.`;
  if (stats.sandsOnset) {
    text += " Sand's time has passed: the salt at the electrode has run out and growth has turned dendritic.";
  } else if (stats.surfaceConcentration < 0.9) {
    // Only worth a sentence once depletion is noticeable; rounding keeps it calm.
    text += ` The salt at the electrode is down to ${percent(stats.surfaceConcentration)} of the bulk.`;
  }
  if (stats.shorted) text += ' Short circuit: the metal has reached the separator.';
  return text;
}
