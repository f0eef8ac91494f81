/**
 * Calculator 4: Coulombic efficiency → cycle life, the review's model beside the inventory model
 * (Xiang et al. 2019, "Short Cycle Life": with 100 % excess Li, 2 × 0.998⁵⁰⁰ = 0.735).
 */
import {
  capacityRetention,
  capacityRetentionParameters as p,
  cyclesUntilRetentionBelow,
  cyclesUntilRetentionBelowParameters,
  fullCapacityCyclesReviewModel,
} from '../physics/capacityRetention';
import { formatNumber } from '../format/formatNumber';
import type { CalculatorModel } from './calculatorModel';
import type { FieldsOf } from './fields';
import { formatPercent } from './formatAuto';

export type CycleLifeInputs = {
  coulombicEfficiency: number;
  excess: number;
  cycles: number;
  threshold: number;
};

export interface CycleLifeResult {
  review: number;
  inventory: number;
  reviewEndOfLife: number;
  inventoryEndOfLife: number;
  reviewFullCycles: number;
  /** Retention vs cycle for the plot, both models on one cycle grid. */
  curve: { cycle: number; review: number; inventory: number }[];
}

const percent = { unit: '%', factor: 100 } as const;

export const cycleLifeFields: FieldsOf<CycleLifeInputs> = {
  coulombicEfficiency: { kind: 'number', spec: p.coulombicEfficiency, display: percent },
  excess: { kind: 'number', spec: p.excess, display: { unit: '% of cathode capacity', factor: 100 }, label: 'Excess metal' },
  cycles: { kind: 'number', spec: p.cycles, integer: true },
  threshold: {
    kind: 'number',
    spec: cyclesUntilRetentionBelowParameters.threshold,
    display: percent,
    label: 'End-of-life threshold',
  },
};

function curve(v: CycleLifeInputs, endOfLife: number) {
  const horizon = Number.isFinite(endOfLife) ? Math.max(v.cycles, endOfLife) : v.cycles;
  const last = Math.min(5000, Math.max(50, Math.ceil((horizon * 1.2) / 10) * 10));
  const points = [];
  for (let i = 0; i <= 100; i += 1) {
    const cycle = Math.round((last * i) / 100);
    const o = { coulombicEfficiency: v.coulombicEfficiency, excess: v.excess, cycles: cycle };
    points.push({
      cycle,
      review: capacityRetention({ ...o, model: 'review' }),
      inventory: capacityRetention({ ...o, model: 'inventory' }),
    });
  }
  return points;
}

const cyclesText = (n: number) => (Number.isFinite(n) ? formatNumber(n) : 'never');

export const cycleLifeModel: CalculatorModel<CycleLifeInputs, CycleLifeResult> = {
  id: 'cycle-life',
  fields: cycleLifeFields,
  compute(v) {
    const o = { coulombicEfficiency: v.coulombicEfficiency, excess: v.excess, cycles: v.cycles };
    const eol = { coulombicEfficiency: v.coulombicEfficiency, excess: v.excess, threshold: v.threshold };
    const inventoryEndOfLife = cyclesUntilRetentionBelow({ ...eol, model: 'inventory' });
    return {
      review: capacityRetention({ ...o, model: 'review' }),
      inventory: capacityRetention({ ...o, model: 'inventory' }),
      reviewEndOfLife: cyclesUntilRetentionBelow({ ...eol, model: 'review' }),
      inventoryEndOfLife,
      reviewFullCycles: fullCapacityCyclesReviewModel({ coulombicEfficiency: v.coulombicEfficiency, excess: v.excess }),
      curve: curve(v, inventoryEndOfLife),
    };
  },
  present(r, v) {
    const n = formatNumber(v.cycles);
    const threshold = formatPercent(v.threshold, 0);
    return {
      rows: [
        { key: 'review', label: `Review model, retention after ${n} cycles`, value: formatPercent(r.review) },
        { key: 'inventory', label: `Inventory model, retention after ${n} cycles`, value: formatPercent(r.inventory) },
        { key: 'review-eol', label: `Review model, first cycle below ${threshold}`, value: cyclesText(r.reviewEndOfLife) },
        { key: 'inventory-eol', label: `Inventory model, first cycle below ${threshold}`, value: cyclesText(r.inventoryEndOfLife) },
        {
          key: 'review-full',
          label: 'Review model keeps full capacity until cycle',
          value: Number.isFinite(r.reviewFullCycles) ? formatNumber(Math.floor(r.reviewFullCycles)) : 'never fades',
        },
      ],
      summary:
        `With ${formatPercent(v.coulombicEfficiency)} Coulombic efficiency and ${formatPercent(v.excess, 0)} excess metal, ` +
        `after ${n} cycles the review model keeps ${formatPercent(r.review)} and the inventory model ${formatPercent(r.inventory)} of the capacity; ` +
        `they fall below ${threshold} at cycle ${cyclesText(r.reviewEndOfLife)} and ${cyclesText(r.inventoryEndOfLife)}.`,
    };
  },
};
