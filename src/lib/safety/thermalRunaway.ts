/**
 * The thermal-runaway timeline of chapter 7: the five temperature steps of a heating Li-ion cell,
 * the three stages of the internal short circuit that follows, and how far three kinds of
 * separator hold. Data and pure logic only; components/safety/ThermalRunawayTimeline.svelte
 * draws it. Every temperature comes from the chapter's facts file (checked against the review's
 * text); Xiang et al. 2019, "Safety Concerns" (citing their ref. 164) and "Separator Stability".
 */
import { fromLabToMarketFacts as F } from '../facts/fromLabToMarket';

export interface Citation {
  review: 'xiang2019';
  section: string;
  /** The review's reference number when it is citing a primary work. */
  ref?: number;
}

export interface RunawayStep {
  /** 1–5, the review's numbering. */
  number: number;
  id: string;
  /** Where the step begins, °C. */
  from_C: number;
  /** Where the next step begins, °C; null for the last step (no upper end). */
  to_C: number | null;
  /** True when the review gives no temperature for the step's start and we borrow its neighbour's. */
  boundsInferred: boolean;
  title: string;
  /** What happens inside the cell, in our words. */
  happens: string;
  cite: Citation;
}

const safety: Citation = { review: 'xiang2019', section: 'Safety Concerns', ref: 164 };

export const RUNAWAY_STEPS: readonly RunawayStep[] = [
  {
    number: 1,
    id: 'warming',
    from_C: F.runaway1Low.value,
    to_C: F.runaway1High.value,
    boundsInferred: false,
    title: 'Warming, capacity fading',
    happens: 'The inside of the cell heats up and the capacity it can deliver slowly drops.',
    cite: safety,
  },
  {
    number: 2,
    id: 'sei-decomposes',
    from_C: F.runaway2Low.value,
    to_C: F.runaway2High.value,
    boundsInferred: false,
    title: 'SEI breaks down',
    happens: 'The SEI decomposes, giving off gas and heat, and the bare electrode is exposed to the electrolyte.',
    cite: safety,
  },
  {
    number: 3,
    id: 'separator-shutdown',
    from_C: F.runaway3Low.value,
    to_C: F.runaway3High.value,
    boundsInferred: false,
    title: 'Separator shuts down',
    happens: 'The separator’s pores close, ion flow is choked and the internal resistance climbs.',
    cite: safety,
  },
  {
    number: 4,
    id: 'separator-melts',
    from_C: F.runaway3High.value,
    to_C: F.separatorCollapse.value,
    boundsInferred: true,
    title: 'Separator melts and shrinks',
    happens: 'The separator softens, melts and shrinks, and the electrolyte reacts violently with both electrodes.',
    cite: safety,
  },
  {
    number: 5,
    id: 'separator-collapse',
    from_C: F.separatorCollapse.value,
    to_C: null,
    boundsInferred: false,
    title: 'Separator collapses',
    happens: 'The separator gives way, the electrodes touch over large areas, and the massive short releases immense heat.',
    cite: safety,
  },
];

export interface ShortCircuitStage {
  number: number;
  id: string;
  title: string;
  happens: string;
  /** The runaway step at which the stage belongs (our reading of the review's Figure 7). */
  step: number;
  cite: Citation;
}

export const SHORT_CIRCUIT_STAGES: readonly ShortCircuitStage[] = [
  {
    number: 1,
    id: 'self-discharge',
    title: 'Self-discharge',
    happens: 'Small contacts through the weakening separator let the cell discharge itself, releasing heat slowly.',
    step: 4,
    cite: safety,
  },
  {
    number: 2,
    id: 'macro-heat',
    title: 'Heat on a large scale',
    happens: 'Heat is now produced throughout the cell and the voltage drops faster and faster.',
    step: 4,
    cite: safety,
  },
  {
    number: 3,
    id: 'large-short',
    title: 'Large-scale short, runaway',
    happens: 'The separator collapses, the electrodes short over a large area and thermal runaway can no longer be stopped.',
    step: 5,
    cite: safety,
  },
];

export type SeparatorKind = 'polyolefin' | 'ceramic-coated' | 'polyimide';

export interface SeparatorLimit {
  kind: SeparatorKind;
  name: string;
  /** Temperature up to which the separator is stated to hold, °C. */
  holdsTo_C: number;
  /**
   * Where the review says the separator melts and shrinks before it collapses (step 4 for the
   * ordinary polyolefin film), °C: from here to holdsTo_C it is weakening, not holding.
   */
  weakensFrom_C?: number;
  /** Where a range is given, the upper end of the collapse band (or the decomposition point), °C. */
  failsBy_C: number;
  /**
   * What the review says between holdsTo_C and failsBy_C: a stated collapse band (ceramic coatings)
   * or nothing at all (polyimide: stable at 350 °C, decomposes above 600 °C).
   */
  between: 'collapse' | 'unstated';
  /** How the review states the limit, in our words. */
  note: string;
  cite: Citation;
}

export const SEPARATORS: readonly SeparatorLimit[] = [
  {
    kind: 'polyolefin',
    name: 'Polyolefin separator',
    holdsTo_C: F.separatorCollapse.value,
    weakensFrom_C: F.runaway3High.value,
    failsBy_C: F.separatorCollapse.value,
    between: 'collapse',
    note: `the usual separator; collapses at about ${F.separatorCollapse.value} °C`,
    cite: safety,
  },
  {
    kind: 'ceramic-coated',
    name: 'Ceramic-coated separator',
    holdsTo_C: F.ceramicCollapseLow.value,
    failsBy_C: F.ceramicCollapseHigh.value,
    between: 'collapse',
    note: `Al₂O₃ or SiO₂ coating; collapse pushed to ${F.ceramicCollapseLow.value}–${F.ceramicCollapseHigh.value} °C`,
    cite: { review: 'xiang2019', section: 'Separator Stability' },
  },
  {
    kind: 'polyimide',
    name: 'Polyimide separator',
    holdsTo_C: F.polyimideStable.value,
    failsBy_C: F.polyimideDecomposition.value,
    between: 'unstated',
    note: `stable at ${F.polyimideStable.value} °C; decomposes only above ${F.polyimideDecomposition.value} °C`,
    cite: { review: 'xiang2019', section: 'Separator Stability' },
  },
];

/** Temperature range the timeline offers, °C, and its step. */
export const TIMELINE_RANGE = { min: 20, max: 380, step: 5 } as const;

/** The runaway step under way at `temperature_C`, or null below the first step (normal operation). */
export function stepAt(temperature_C: number): RunawayStep | null {
  if (!Number.isFinite(temperature_C)) return null;
  let current: RunawayStep | null = null;
  for (const s of RUNAWAY_STEPS) if (temperature_C >= s.from_C) current = s;
  return current;
}

export type SeparatorState = 'holds' | 'weakening' | 'at-risk' | 'unstated' | 'failed';

/**
 * How a separator fares at `temperature_C`: it holds below its stated limit (a polyolefin film is
 * melting and shrinking, not yet collapsed, through step 4 before it), is at risk inside a
 * stated collapse band (ceramic coatings: 200–260 °C) and has failed past it. Polyimide is stated
 * stable at 350 °C and to decompose above 600 °C; 350 °C is the highest temperature the review
 * reports, not a failure point, so between the two we say only that the review gives no data.
 */
export function separatorState(sep: SeparatorLimit, temperature_C: number): SeparatorState {
  // A stated-stable temperature is itself safe; a collapse temperature is where the risk begins.
  if (temperature_C < sep.holdsTo_C || (sep.between === 'unstated' && temperature_C === sep.holdsTo_C)) {
    return sep.weakensFrom_C !== undefined && temperature_C >= sep.weakensFrom_C ? 'weakening' : 'holds';
  }
  if (sep.kind === 'polyolefin') return 'failed';
  if (temperature_C >= sep.failsBy_C) return 'failed';
  return sep.between === 'unstated' ? 'unstated' : 'at-risk';
}

/** The short-circuit stages reached at `temperature_C` (those tied to steps already under way). */
export function stagesReached(temperature_C: number): ShortCircuitStage[] {
  const step = stepAt(temperature_C);
  return step ? SHORT_CIRCUIT_STAGES.filter((s) => s.step <= step.number) : [];
}

/** "50–90 °C", "140–170 °C", "from ~170 °C". */
export function stepRangeLabel(s: RunawayStep): string {
  if (s.to_C === null) return `from ~${s.from_C} °C`;
  return `${s.from_C}–${s.to_C} °C`;
}

const stateWords: Record<SeparatorState, string> = {
  holds: 'holds',
  weakening: 'is melting and shrinking (not yet collapsed)',
  'at-risk': 'may collapse',
  unstated: 'is past the stated range (no data)',
  failed: 'has failed',
};

/** Separator status as a short phrase, e.g. "Ceramic-coated separator holds". */
export function describeSeparator(sep: SeparatorLimit, temperature_C: number): string {
  return `${sep.name} ${stateWords[separatorState(sep, temperature_C)]}`;
}

/**
 * The sentence a screen reader hears when the step changes. It names the step, what happens and
 * which separators still hold, but not the exact temperature (the slider announces that), so it
 * changes only when something in the cell changes.
 */
export function describeTimeline(temperature_C: number): string {
  const step = stepAt(temperature_C);
  const separators = SEPARATORS.map((s) => describeSeparator(s, temperature_C)).join('; ');
  if (!step) return `Below ${RUNAWAY_STEPS[0].from_C} °C: normal operation, no runaway step has begun. ${separators}.`;
  return `Step ${step.number} of ${RUNAWAY_STEPS.length}, ${stepRangeLabel(step)}: ${step.title}. ${step.happens} ${separators}.`;
}

/** The start of the next step above `temperature_C`, or null past the last one. */
export function nextStepStart(temperature_C: number): number | null {
  const next = RUNAWAY_STEPS.find((s) => s.from_C > temperature_C);
  return next ? next.from_C : null;
}

/** The start of the step before the current one (or the range minimum before step 1). */
export function previousStepStart(temperature_C: number): number | null {
  const step = stepAt(temperature_C);
  if (!step) return null;
  const prev = RUNAWAY_STEPS.find((s) => s.number === step.number - 1);
  return prev ? prev.from_C : TIMELINE_RANGE.min;
}
