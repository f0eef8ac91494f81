import { requireChoice, requireNumber } from './errors';
import { defineParameters } from './parameters';

export const RETENTION_MODELS = ['review', 'inventory'] as const;
/**
 * How lost metal turns into lost capacity (both in units of the cathode's capacity; the metal
 * inventory starts at 1 + excess):
 * - 'review': the whole inventory shrinks geometrically, inventory = (1 + excess)·CEⁿ — the
 *   arithmetic of Xiang et al. 2019 ("Short Cycle Life": 2 × 0.998⁵⁰⁰ = 0.735). Pessimistic: it
 *   charges the loss on metal that never cycles.
 * - 'inventory': each cycle loses (1 − CE) × the charge actually cycled, min(1, inventory). With
 *   excess, the loss is linear until the excess is spent, then geometric.
 * Capacity retained = min(1, inventory) in both.
 */
export type RetentionModel = (typeof RETENTION_MODELS)[number];

interface RetentionInputs {
  coulombicEfficiency: number;
  excess: number;
  model: RetentionModel;
}

function checkInputs(o: RetentionInputs): RetentionInputs {
  return {
    coulombicEfficiency: requireNumber(o.coulombicEfficiency, {
      parameter: 'coulombicEfficiency',
      label: 'Coulombic efficiency',
      min: 0,
      minExclusive: true,
      max: 1,
    }),
    excess: requireNumber(o.excess, {
      parameter: 'excess',
      label: 'Excess metal (1 = 100 %)',
      min: 0,
      // 1000× the cathode capacity is beyond any cell (a 500 µm Li foil on 0.1 mAh/cm²).
      max: 1000,
    }),
    model: requireChoice(o.model, RETENTION_MODELS, 'model', 'Model'),
  };
}

function checkCycles(cycles: number): number {
  return requireNumber(cycles, { parameter: 'cycles', label: 'Cycles', min: 0, integer: true });
}

/**
 * Where the inventory model leaves its linear phase: the first cycle k that starts with an
 * inventory ≥ 1 and ends below 1, and the inventory after it.
 */
function inventoryKnee(ce: number, excess: number): { cycle: number; inventory: number } {
  const loss = 1 - ce;
  const cycle = Math.floor(excess / loss) + 1;
  return { cycle, inventory: 1 + excess - loss * cycle };
}

/** Metal inventory after `cycles`, in units of the cathode capacity (CE < 1). */
function inventoryAfter(o: RetentionInputs, cycles: number): number {
  const { coulombicEfficiency: ce, excess, model } = o;
  if (ce === 1) return 1 + excess;
  if (model === 'review') return (1 + excess) * ce ** cycles;
  const knee = inventoryKnee(ce, excess);
  if (cycles <= knee.cycle) return 1 + excess - (1 - ce) * cycles;
  return knee.inventory * ce ** (cycles - knee.cycle);
}

/** min(1, inventory), and never below 0 where rounding leaves the knee a hair under zero. */
function retentionAfter(o: RetentionInputs, cycles: number): number {
  return Math.min(1, Math.max(0, inventoryAfter(o, cycles)));
}

/**
 * Fraction of the initial capacity a metal-anode cell still delivers after `cycles`, 0–1, when
 * every cycle loses (1 − CE) of the metal (see RetentionModel).
 * Review model: CE 0.998, excess 1 → 1 until cycle 346, 0.735 at 500 (Xiang et al. 2019).
 * Inventory model: same cell → 1 at 500, first below 0.8 at cycle 612. Anode-free (excess 0):
 * both models give CEⁿ, 0.998¹¹¹ ≈ 0.80.
 * @param o.coulombicEfficiency fraction in (0, 1]
 * @param o.cycles whole number ≥ 0
 * @param o.excess excess metal as a fraction of the cathode capacity (1 = 100 %, 0 = anode-free)
 */
export function capacityRetention(o: {
  coulombicEfficiency: number;
  cycles: number;
  excess: number;
  model: RetentionModel;
}): number {
  const inputs = checkInputs(o);
  const cycles = checkCycles(o.cycles);
  return retentionAfter(inputs, cycles);
}

/**
 * First whole cycle at which capacityRetention falls below `threshold` (strictly), or Infinity
 * when CE = 1. CE 0.998 and threshold 0.8: 112 without excess, 612 with 100 % excess
 * (inventory model), 458 with 100 % excess (review model).
 * @param o.threshold retention fraction in (0, 1]
 */
export function cyclesUntilRetentionBelow(o: {
  coulombicEfficiency: number;
  excess: number;
  model: RetentionModel;
  threshold: number;
}): number {
  const inputs = checkInputs(o);
  const threshold = requireNumber(o.threshold, {
    parameter: 'threshold',
    label: 'Retention threshold',
    min: 0,
    minExclusive: true,
    max: 1,
  });
  const { coulombicEfficiency: ce, excess, model } = inputs;
  if (ce === 1) return Infinity;
  const lnCe = Math.log(ce);
  let guess: number;
  if (model === 'review') {
    guess = Math.floor(Math.log(threshold / (1 + excess)) / lnCe) + 1;
  } else {
    const knee = inventoryKnee(ce, excess);
    guess =
      knee.inventory < threshold
        ? knee.cycle
        : knee.cycle + Math.floor(Math.log(threshold / knee.inventory) / lnCe) + 1;
  }
  // Beyond 2⁵² cycles n + 1 === n in floating point; the closed form is all there is.
  if (guess > 2 ** 52) return guess;
  // The closed form can be off by one where rounding meets the boundary; settle it exactly.
  let n = Math.max(0, guess);
  const below = (k: number) => retentionAfter(inputs, k) < threshold;
  for (let step = 0; step < 64 && n > 0 && below(n - 1); step += 1) n -= 1;
  for (let step = 0; step < 64 && !below(n); step += 1) n += 1;
  return n;
}

/**
 * Cycles the review model keeps full capacity: ln(1 + excess) / (−ln CE), not rounded
 * (346.2 for CE 0.998 and 100 % excess).
 */
export function fullCapacityCyclesReviewModel(o: { coulombicEfficiency: number; excess: number }): number {
  const { coulombicEfficiency: ce, excess } = checkInputs({ ...o, model: 'review' });
  if (ce === 1) return Infinity;
  return Math.log(1 + excess) / -Math.log(ce);
}

export const capacityRetentionParameters = defineParameters({
  coulombicEfficiency: {
    kind: 'number',
    label: 'Coulombic efficiency',
    unit: '',
    min: 0.95,
    max: 1,
    default: 0.998,
    step: 0.0005,
    description: 'Charge stripped ÷ charge plated per cycle (0.998 = 99.8 %); Xiang et al. 2019 ask for 99.8 % over 500 cycles.',
  },
  cycles: {
    kind: 'number',
    label: 'Cycles',
    unit: '',
    min: 0,
    max: 2000,
    default: 500,
    step: 1,
    description: 'Number of full charge–discharge cycles.',
  },
  excess: {
    kind: 'number',
    label: 'Excess metal (1 = 100 %)',
    unit: '',
    min: 0,
    max: 3,
    default: 1,
    step: 0.05,
    description: 'Metal beyond what the cathode needs, as a fraction of the cathode capacity; 0 is anode-free.',
  },
  model: {
    kind: 'choice',
    label: 'Model',
    options: RETENTION_MODELS,
    default: 'review',
    description: '"review": the whole inventory shrinks by CE each cycle; "inventory": only the cycled charge does.',
  },
});

export const cyclesUntilRetentionBelowParameters = defineParameters({
  coulombicEfficiency: capacityRetentionParameters.coulombicEfficiency,
  excess: capacityRetentionParameters.excess,
  model: capacityRetentionParameters.model,
  threshold: {
    kind: 'number',
    label: 'Retention threshold',
    unit: '',
    min: 0.5,
    max: 1,
    default: 0.8,
    step: 0.01,
    description: 'End-of-life criterion; 80 % is the usual one.',
  },
});
