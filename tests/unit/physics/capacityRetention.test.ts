import { describe, expect, it } from 'vitest';
import {
  capacityRetention,
  compoundDecayPerCycle,
  compoundRetention,
  cyclesUntilRetentionBelow,
  fullCapacityCyclesReviewModel,
  linearDecayPerCycle,
  linearRetention,
} from '../../../src/lib/physics/index';

const ce = 0.998;

describe('capacityRetention — review model (inventory (1 + excess)·CEⁿ)', () => {
  it('reproduces Xiang 2019: 2 × 0.998^500 = 0.735 (review model)', () => {
    expect(capacityRetention({ coulombicEfficiency: ce, cycles: 500, excess: 1, model: 'review' })).toBeCloseTo(0.735, 3);
  });

  it('keeps full capacity until n = ln 2 / −ln 0.998 = 346 cycles (physics-reference)', () => {
    expect(fullCapacityCyclesReviewModel({ coulombicEfficiency: ce, excess: 1 })).toBeCloseTo(346.2, 1);
    expect(capacityRetention({ coulombicEfficiency: ce, cycles: 346, excess: 1, model: 'review' })).toBe(1);
    expect(capacityRetention({ coulombicEfficiency: ce, cycles: 347, excess: 1, model: 'review' })).toBeLessThan(1);
    expect(cyclesUntilRetentionBelow({ coulombicEfficiency: ce, excess: 1, model: 'review', threshold: 1 })).toBe(347);
  });

  it('falls below 80 % at cycle 458 with 100 % excess (2·0.998ⁿ < 0.8)', () => {
    expect(cyclesUntilRetentionBelow({ coulombicEfficiency: ce, excess: 1, model: 'review', threshold: 0.8 })).toBe(458);
  });
});

describe('capacityRetention — inventory model (loss = (1 − CE)·min(1, inventory))', () => {
  it('still delivers 100 % at cycle 500 with 2× inventory (physics-reference)', () => {
    expect(capacityRetention({ coulombicEfficiency: ce, cycles: 500, excess: 1, model: 'inventory' })).toBeCloseTo(1, 12);
    expect(capacityRetention({ coulombicEfficiency: ce, cycles: 250, excess: 1, model: 'inventory' })).toBe(1);
  });

  it('then decays geometrically, 0.998^(n − 500): 0.998^100 = 0.8186 at cycle 600', () => {
    expect(capacityRetention({ coulombicEfficiency: ce, cycles: 600, excess: 1, model: 'inventory' })).toBeCloseTo(0.8186, 4);
  });

  it('reaches 80 % at cycle 612 (physics-reference)', () => {
    expect(cyclesUntilRetentionBelow({ coulombicEfficiency: ce, excess: 1, model: 'inventory', threshold: 0.8 })).toBe(612);
    expect(capacityRetention({ coulombicEfficiency: ce, cycles: 611, excess: 1, model: 'inventory' })).toBeGreaterThanOrEqual(0.8);
  });
});

describe('capacityRetention — anode-free (no excess)', () => {
  it('0.998^n is ≈ 80 % at n = 111 (physics-reference) and first below 80 % at n = 112, in both models', () => {
    for (const model of ['review', 'inventory'] as const) {
      expect(capacityRetention({ coulombicEfficiency: ce, cycles: 111, excess: 0, model })).toBeCloseTo(0.8007, 4);
      expect(cyclesUntilRetentionBelow({ coulombicEfficiency: ce, excess: 0, model, threshold: 0.8 })).toBe(112);
    }
  });

  it('never fades at CE = 1', () => {
    expect(capacityRetention({ coulombicEfficiency: 1, cycles: 10_000, excess: 0, model: 'inventory' })).toBe(1);
    expect(cyclesUntilRetentionBelow({ coulombicEfficiency: 1, excess: 0, model: 'review', threshold: 0.8 })).toBe(Infinity);
  });

  it('reported CE below 99.5 % (Xiang 2019) lasts < 50 cycles to 80 % without excess', () => {
    expect(cyclesUntilRetentionBelow({ coulombicEfficiency: 0.995, excess: 0, model: 'inventory', threshold: 0.8 })).toBe(45);
  });
});

describe('linear vs compound decay per cycle (Lee 2020 §4.1: 47 % after 500 cycles = 0.106 %/cycle)', () => {
  it('reproduces Lee 2020: 0.106 %/cycle × 500 cycles ↔ 47 % retained (linear)', () => {
    expect(linearRetention({ decayPerCycle: 0.00106, cycles: 500 })).toBeCloseTo(0.47, 10);
    expect(linearDecayPerCycle({ retention: 0.47, cycles: 500 })).toBeCloseTo(0.00106, 10);
  });

  it('compounding the same 0.106 %/cycle would leave 58.8 % (physics-reference)', () => {
    expect(compoundRetention({ decayPerCycle: 0.00106, cycles: 500 })).toBeCloseTo(0.588, 3);
  });

  it('47 % after 500 cycles is 0.151 %/cycle when read as compound decay', () => {
    expect(compoundDecayPerCycle({ retention: 0.47, cycles: 500 })).toBeCloseTo(0.00151, 5);
  });

  it('no loss is no loss: retention 1 gives 0 decay even over a vanishing number of cycles (1 ** Infinity is NaN in JS)', () => {
    expect(compoundDecayPerCycle({ retention: 1, cycles: Number.MIN_VALUE })).toBe(0);
    expect(linearDecayPerCycle({ retention: 1, cycles: 500 })).toBe(0);
  });

  it('linear retention floors at 0', () => {
    expect(linearRetention({ decayPerCycle: 0.01, cycles: 500 })).toBe(0);
  });
});
