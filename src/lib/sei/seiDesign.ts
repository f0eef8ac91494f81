/**
 * "Design an SEI" (chapter 15): a design is one electrolyte, one additive and one artificial
 * layer. This module says which SEI properties the design supplies, which remain uncovered, and
 * maps it onto the growth simulation's options, validated by the simulation's own parameter
 * declaration so every link it builds opens without complaints.
 */
import { MONROE_NEWMAN_FACTOR } from '../physics/mechanics';
import { formatNumber } from '../format/formatNumber';
import { growthParameters, resolveGrowthOptions, type GrowthOptions } from '../sim/growthParameters';
import { growthQueryString } from '../sim/growthQuery';
import {
  ADDITIVES,
  ELECTROLYTES,
  LAYERS,
  PROPERTY_LABELS,
  SEI_PROPERTIES,
  findChoice,
  type AdditiveId,
  type DesignChoice,
  type ElectrolyteId,
  type LayerId,
  type SeiProperty,
} from './seiDesignChoices';

export interface SeiDesign {
  electrolyte: ElectrolyteId;
  additive: AdditiveId;
  layer: LayerId;
}

/** The unprotected starting point: carbonate, nothing added, bare sodium. */
export const BASELINE_DESIGN: SeiDesign = { electrolyte: 'carbonate', additive: 'none', layer: 'none' };

/** Same sodium, same demanding current for every design, so only the SEI knobs differ. */
export const SIMULATION_BASE: GrowthOptions = { metal: 'Na', currentRatio: 0.9 };

export function designChoices(d: SeiDesign): [DesignChoice, DesignChoice, DesignChoice] {
  return [findChoice(ELECTROLYTES, d.electrolyte), findChoice(ADDITIVES, d.additive), findChoice(LAYERS, d.layer)];
}

export interface PropertyCoverage {
  property: SeiProperty;
  label: string;
  /** Labels of the choices that supply it (empty when uncovered). */
  from: string[];
}

export function propertyCoverage(d: SeiDesign): PropertyCoverage[] {
  const choices = designChoices(d);
  return SEI_PROPERTIES.map((property) => ({
    property,
    label: PROPERTY_LABELS[property],
    from: choices.filter((c) => c.supplies.includes(property)).map((c) => c.label),
  }));
}

export function uncoveredProperties(d: SeiDesign): SeiProperty[] {
  return propertyCoverage(d)
    .filter((c) => c.from.length === 0)
    .map((c) => c.property);
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** The native film's spread from the electrolyte and additive, before any layer covers it. */
function spreadBeforeLayer(electrolyte: DesignChoice, additive: DesignChoice): number {
  return (electrolyte.knobs.seiSpread ?? growthParameters.seiSpread.default) + (additive.knobs.seiSpreadChange ?? 0);
}

/** A spread as the simulation takes it: inside the slider's range, to its 0.1 step. */
function snappedSpread(spread: number): number {
  return round1(clamp(spread, growthParameters.seiSpread.min, growthParameters.seiSpread.max));
}

/**
 * The simulation options for a design. The electrolyte sets the native film's spread and the
 * salt concentration; an additive shifts the spread and may stiffen the film or add a shield; an
 * artificial layer covers the native film, so the spread cannot exceed the layer's own. The
 * stiffest component sets the interphase modulus. stickingProbability stays unset so the
 * simulation derives it from the current (and keeps Sand's time).
 */
export function simulationOptions(d: SeiDesign): GrowthOptions {
  const [electrolyte, additive, layer] = designChoices(d);
  let spread = spreadBeforeLayer(electrolyte, additive);
  if (layer.knobs.seiSpreadCap !== undefined) spread = Math.min(spread, layer.knobs.seiSpreadCap);
  const modulus = Math.max(0, additive.knobs.interphaseModulusRatio ?? 0, layer.knobs.interphaseModulusRatio ?? 0);
  const options: GrowthOptions = {
    ...SIMULATION_BASE,
    concentration_M: electrolyte.knobs.concentration_M ?? growthParameters.concentration_M.default,
    seiSpread: snappedSpread(spread),
    shieldStrength: additive.knobs.shieldStrength ?? 0,
    // Snapped to the slider's step so the simulation shows exactly the value the link carries.
    interphaseModulusRatio: round1(clamp(modulus, growthParameters.interphaseModulusRatio.min, growthParameters.interphaseModulusRatio.max)),
  };
  // Throws SimulationInputError if a choice's knobs ever leave the simulation's ranges.
  resolveGrowthOptions(options);
  return options;
}

/** `metal=Na&currentRatio=0.9&…`: only values that differ from the simulation's defaults. */
export function simulationQuery(d: SeiDesign): string {
  return growthQueryString(simulationOptions(d));
}

/** Link to the simulation page; `simulationPath` is the base-aware path (withBase('simulation/')). */
export function simulationHref(d: SeiDesign, simulationPath: string): string {
  const query = simulationQuery(d);
  return query ? `${simulationPath}?${query}` : simulationPath;
}

function listText(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** One sentence on what the design leaves uncovered. */
export function verdict(d: SeiDesign): string {
  const missing = uncoveredProperties(d).map((p) => PROPERTY_LABELS[p]);
  if (missing.length === 0) return 'Every property is supplied by at least one choice: a complete design on paper.';
  if (missing.length === SEI_PROPERTIES.length) return `Nothing is supplied yet: ${listText(missing)} are all uncovered.`;
  return `Still uncovered: ${listText(missing)}.`;
}

/**
 * Ratios within this fraction of the Monroe–Newman factor count as "at the bar": a handbook shear
 * modulus for sodium is uncertain by several per cent (chapter 15's worked example: +0.1 GPa moves
 * the PVDF-HFP/Al₂O₃ ratio by about 3 %), so a 1 % margin is no verdict either way.
 */
const AT_THE_BAR_TOLERANCE = 0.05;

/** What to expect in the simulation compared with the unprotected baseline, a few sentences. */
export function expectedEffect(d: SeiDesign): string[] {
  const o = simulationOptions(d);
  const base = simulationOptions(BASELINE_DESIGN);
  const notes: string[] = [];
  if (o.seiSpread! < base.seiSpread!) {
    const [electrolyte, additive, layer] = designChoices(d);
    const before = snappedSpread(spreadBeforeLayer(electrolyte, additive));
    // A layer that sets the spread but does not list 'uniformity' (the review gives no uniformity data
    // for it) must not be presented as making the film more uniform: the coverage table says it does not.
    const layerWithoutData = o.seiSpread! < before && !layer.supplies.includes('uniformity');
    const from = formatNumber(base.seiSpread!, { digits: 1 });
    const to = formatNumber(o.seiSpread!, { digits: 1 });
    const noData = 'an illustrative setting; the review reports no uniformity data for this layer';
    if (!layerWithoutData) {
      notes.push(`SEI non-uniformity falls from ${from} to ${to}: fewer fast-conducting patches, so fewer hot spots seed protrusions.`);
    } else if (before < base.seiSpread!) {
      notes.push(
        `SEI non-uniformity falls from ${from} to ${formatNumber(before, { digits: 1 })} with the electrolyte and additive: fewer fast-conducting patches, so fewer hot spots seed protrusions. The layer, covering the native film, takes it to ${to} in the model (${noData}).`,
      );
    } else {
      notes.push(`The layer covers the patchy native film, so the model's SEI non-uniformity is set to ${to} instead of ${from} (${noData}).`);
    }
  }
  if (o.concentration_M! > base.concentration_M!) {
    notes.push(
      `In the model (diffusivity held fixed) the limiting current is ${formatNumber(o.concentration_M! / base.concentration_M!)} times higher at ${formatNumber(o.concentration_M!)} M, so the same current runs further from it and Sand's time comes later; in a real concentrated electrolyte the diffusivity falls, so the gain is smaller.`,
    );
  }
  if (o.shieldStrength! > 0) notes.push('The shield pushes ions away from tips, so valleys fill first and the front stays flatter.');
  const g = o.interphaseModulusRatio!;
  const gText = formatNumber(g, { digits: 1 });
  const bar = formatNumber(MONROE_NEWMAN_FACTOR, { digits: 1 });
  const nearBar = Math.abs(g / MONROE_NEWMAN_FACTOR - 1) <= AT_THE_BAR_TOLERANCE;
  if (nearBar && g >= MONROE_NEWMAN_FACTOR) {
    notes.push(`Interphase stiffness ${gText} × sodium's only nominally meets the Monroe–Newman ${bar}: the margin is smaller than the uncertainty of sodium's modulus, so it is at the bar. In the model, protrusions are pushed back harder than by any softer layer; in a real cell that is no guarantee.`);
  } else if (nearBar) {
    notes.push(`Interphase stiffness ${gText} × sodium's falls just short of the Monroe–Newman ${bar}, by less than the uncertainty of sodium's modulus, so it is at the bar. In the model, protrusions are pushed back harder than by any softer layer.`);
  } else if (g >= MONROE_NEWMAN_FACTOR) {
    notes.push(`Interphase stiffness ${gText} × sodium's clearly meets the Monroe–Newman ${bar}: protrusions are pressed back.`);
  } else if (g > 0) {
    notes.push(`Interphase stiffness ${formatNumber(g, { digits: 1 })} × sodium's helps a little but stays below the Monroe–Newman ${formatNumber(MONROE_NEWMAN_FACTOR, { digits: 1 })}.`);
  }
  if (notes.length === 0) notes.push('This is the unprotected baseline: expect a rough, branching sodium deposit and an early short.');
  return notes;
}

/** The sentence the live region announces after each choice. */
export function describeDesign(d: SeiDesign): string {
  const [electrolyte, additive, layer] = designChoices(d);
  const supplied = propertyCoverage(d)
    .filter((c) => c.from.length > 0)
    .map((c) => c.label);
  const head = `${electrolyte.label}; ${additive.label}; ${layer.label}.`;
  const gives = supplied.length > 0 ? ` Supplies ${listText(supplied)}.` : '';
  return `${head}${gives} ${verdict(d)}`;
}
