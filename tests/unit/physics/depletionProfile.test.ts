import { describe, expect, it } from 'vitest';
import { depletionConcentration, diffusionLength, erfc, sandsTime } from '../../../src/lib/physics/index';

const e = { diffusivity: 3e-10, concentration: 1000, cationTransference: 0.38, currentDensity: 100 };
const tau = sandsTime(e);

describe('erfc (A&S 7.1.26)', () => {
  it('matches tabulated values', () => {
    expect(erfc(0)).toBeCloseTo(1, 6);
    expect(erfc(0.5)).toBeCloseTo(0.4795001, 6);
    expect(erfc(1)).toBeCloseTo(0.1572992, 6);
    expect(erfc(2)).toBeCloseTo(0.004677735, 6);
    expect(erfc(-1)).toBeCloseTo(1.8427008, 6);
  });
});

describe('depletionConcentration: semi-infinite constant-flux solution', () => {
  it('has the surface value c0(1 − √(t/τs)) used by the simulation, reaching zero at Sand’s time', () => {
    for (const f of [0.1, 0.25, 0.5, 0.9]) {
      expect(depletionConcentration({ ...e, distance: 0, time: f * tau }) / 1000).toBeCloseTo(1 - Math.sqrt(f), 6);
    }
    expect(depletionConcentration({ ...e, distance: 0, time: tau })).toBeCloseTo(0, 6);
  });

  it('recovers the bulk value far from the electrode and rises monotonically with distance', () => {
    const L = diffusionLength({ diffusivity: e.diffusivity, time: tau });
    expect(depletionConcentration({ ...e, distance: 10 * L, time: tau })).toBeCloseTo(1000, 3);
    let prev = -1;
    for (let i = 0; i <= 40; i++) {
      const c = depletionConcentration({ ...e, distance: (i / 10) * L, time: 0.5 * tau });
      expect(c).toBeGreaterThan(prev);
      prev = c;
    }
  });

  it('has the gradient the current demands at the surface: D ∂c/∂x = J t_a / F', () => {
    const h = 1e-9;
    const t = 0.3 * tau;
    const grad = (depletionConcentration({ ...e, distance: h, time: t }) - depletionConcentration({ ...e, distance: 0, time: t })) / h;
    expect((e.diffusivity * grad) / ((e.currentDensity * 0.62) / 96485.33212)).toBeCloseTo(1, 3);
  });

  it('refuses times past Sand’s time and bad input with a clear message', () => {
    expect(() => depletionConcentration({ ...e, distance: 0, time: 2 * tau })).toThrow(/Time/);
    expect(() => depletionConcentration({ ...e, distance: Number.NaN, time: 1 })).toThrow(/Distance/);
  });
});
