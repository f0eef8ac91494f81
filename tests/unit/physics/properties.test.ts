import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capacityRetention,
  criticalCurrentDensity,
  PHYSICS_PARAMETERS,
  PhysicsInputError,
  platingThickness,
  sandsTime,
  shesThreshold,
  specificCapacity,
  type PhysicsFunctionName,
} from '../../../src/lib/physics/index';
import { CALLERS, defaultArgs, MAY_BE_NEGATIVE, numbersIn } from './callers';

const metal = fc.constantFrom('Li' as const, 'Na' as const, 'K' as const);
const model = fc.constantFrom('review' as const, 'inventory' as const);
const names = Object.keys(PHYSICS_PARAMETERS) as PhysicsFunctionName[];

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('monotonicity (fast-check)', () => {
  it('plated thickness rises with areal capacity', () => {
    fc.assert(
      fc.property(metal, fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (m, a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(platingThickness(m, lo)).toBeLessThanOrEqual(platingThickness(m, hi));
        // Strictly, unless the product underflows to 0 (subnormal capacities).
        if (lo < hi && hi > 1e-300) expect(platingThickness(m, lo)).toBeLessThan(platingThickness(m, hi));
      }),
    );
  });

  it('Sand’s time falls as the current density rises', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-12, max: 1e-8, noNaN: true }),
        fc.double({ min: 10, max: 5000, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.double({ min: 0.1, max: 1000, noNaN: true }),
        fc.double({ min: 1.001, max: 100, noNaN: true }),
        (diffusivity, concentration, cationTransference, j, factor) => {
          const o = { diffusivity, concentration, cationTransference };
          expect(sandsTime({ ...o, currentDensity: j * factor })).toBeLessThan(sandsTime({ ...o, currentDensity: j }));
        },
      ),
    );
  });

  it('J* rises with the salt concentration', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-12, max: 1e-8, noNaN: true }),
        fc.double({ min: 1, max: 5000, noNaN: true }),
        fc.double({ min: 1.001, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.double({ min: 1e-5, max: 5e-3, noNaN: true }),
        (diffusivity, c0, factor, cationTransference, gap) => {
          const o = { diffusivity, cationTransference, gap };
          expect(criticalCurrentDensity({ ...o, concentration: c0 * factor })).toBeGreaterThan(
            criticalCurrentDensity({ ...o, concentration: c0 }),
          );
        },
      ),
    );
  });

  it('retention never rises with cycles and stays within 0–1, in both models', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.9, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 500 }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        model,
        (coulombicEfficiency, cycles, more, excess, m) => {
          const r1 = capacityRetention({ coulombicEfficiency, cycles, excess, model: m });
          const r2 = capacityRetention({ coulombicEfficiency, cycles: cycles + more, excess, model: m });
          expect(r2).toBeLessThanOrEqual(r1);
          expect(r1).toBeLessThanOrEqual(1);
          expect(r2).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('retention never falls as the Coulombic efficiency rises, and the inventory model is never below the review model', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.9, max: 0.9999, noNaN: true }),
        fc.double({ min: 0, max: 0.0001, noNaN: true }),
        fc.integer({ min: 0, max: 3000 }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        model,
        (ce, delta, cycles, excess, m) => {
          const lo = capacityRetention({ coulombicEfficiency: ce, cycles, excess, model: m });
          const hi = capacityRetention({ coulombicEfficiency: ce + delta, cycles, excess, model: m });
          expect(hi).toBeGreaterThanOrEqual(lo);
          const review = capacityRetention({ coulombicEfficiency: ce, cycles, excess, model: 'review' });
          const inventory = capacityRetention({ coulombicEfficiency: ce, cycles, excess, model: 'inventory' });
          expect(inventory).toBeGreaterThanOrEqual(review - 1e-12);
        },
      ),
    );
  });

  it('an additive’s SHES threshold shrinks as more electrons are counted (each below the host)', () => {
    fc.assert(
      fc.property(fc.constantFrom('K', 'Rb', 'Cs', 'Ba', 'Ca', 'Sr', 'Eu', 'Na', 'Sm'), (additive) => {
        const one = shesThreshold({ additive, host: 'Li', electrons: 1 });
        const two = shesThreshold({ additive, host: 'Li', electrons: 2 });
        expect(two).toBeLessThan(one);
      }),
    );
  });
});

describe('invalid input → PhysicsInputError, never NaN', () => {
  const badNumbers = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

  it.each(names)('%s rejects NaN and ±Infinity in every numeric argument', (name) => {
    for (const [key, spec] of Object.entries(PHYSICS_PARAMETERS[name])) {
      if (spec.kind !== 'number') continue;
      for (const bad of badNumbers) {
        const error = thrown(() => CALLERS[name]({ ...defaultArgs(name), [key]: bad }));
        expect(error, `${name}.${key} = ${bad}`).toBeInstanceOf(PhysicsInputError);
        expect((error as PhysicsInputError).parameter).toBe(key);
      }
    }
  });

  it.each(names)('%s rejects negative values where they are impossible', (name) => {
    for (const [key, spec] of Object.entries(PHYSICS_PARAMETERS[name])) {
      if (spec.kind !== 'number' || MAY_BE_NEGATIVE.has(key)) continue;
      const error = thrown(() => CALLERS[name]({ ...defaultArgs(name), [key]: -1 }));
      expect(error, `${name}.${key} = -1`).toBeInstanceOf(PhysicsInputError);
    }
  });

  it.each(names)('%s rejects unknown choices (metal, system, model, additive, ...)', (name) => {
    for (const [key, spec] of Object.entries(PHYSICS_PARAMETERS[name])) {
      if (spec.kind !== 'choice') continue;
      for (const bad of ['Xx', 'li', '', 42, undefined]) {
        const error = thrown(() => CALLERS[name]({ ...defaultArgs(name), [key]: bad }));
        expect(error, `${name}.${key} = ${String(bad)}`).toBeInstanceOf(PhysicsInputError);
        expect((error as PhysicsInputError).parameter).toBe(key);
      }
    }
  });

  it.each(names)('%s returns no NaN for any double in any numeric argument (or throws PhysicsInputError)', (name) => {
    const numeric = Object.entries(PHYSICS_PARAMETERS[name]).filter(([, s]) => s.kind === 'number');
    if (numeric.length === 0) return;
    const anyDouble = fc.oneof(
      fc.double(),
      fc.double({ min: -10, max: 10 }),
      fc.double({ min: 0, max: 1 }),
      fc.constantFrom(0, -0, 1, Number.MIN_VALUE, Number.MAX_VALUE, 1e-300, 1e300),
    );
    fc.assert(
      fc.property(fc.tuple(...numeric.map(() => anyDouble)), (values) => {
        const args = defaultArgs(name);
        numeric.forEach(([key], i) => {
          args[key] = values[i];
        });
        let result: unknown;
        try {
          result = CALLERS[name](args);
        } catch (e) {
          expect(e).toBeInstanceOf(PhysicsInputError);
          expect((e as Error).message).toMatch(/^[A-Z].* must be .*\.$/);
          return;
        }
        for (const x of numbersIn(result)) expect(Number.isNaN(x)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('shows a message a student can read', () => {
    const error = thrown(() => platingThickness('Li', -1)) as PhysicsInputError;
    expect(error).toBeInstanceOf(PhysicsInputError);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('Areal capacity must be a number ≥ 0 mAh/cm².');
    expect(error.parameter).toBe('arealCapacity_mAh_per_cm2');
    expect(error.reason).toBe('below-minimum');
    const metalError = thrown(() => specificCapacity('Rb' as never)) as PhysicsInputError;
    expect(metalError.message).toBe('Metal must be one of Li, Na, K.');
    const sandError = thrown(() => sandsTime({ diffusivity: 1, concentration: 1000, currentDensity: 10, cationTransference: 0.38 })) as PhysicsInputError;
    expect(sandError.message).toBe('Salt diffusivity must be a number > 0 and ≤ 10⁻⁶ m²/s.');
  });

  it('rejects non-integer cycles and CE above 1', () => {
    expect(() => capacityRetention({ coulombicEfficiency: 0.998, cycles: 1.5, excess: 0, model: 'review' })).toThrow(PhysicsInputError);
    expect(() => capacityRetention({ coulombicEfficiency: 1.01, cycles: 1, excess: 0, model: 'review' })).toThrow(
      'Coulombic efficiency must be a number > 0 and ≤ 1.',
    );
  });

  it('rejects an additive equal to the host and hosts other than Li/Na', () => {
    expect(() => shesThreshold({ additive: 'Li', host: 'Li' })).toThrow(PhysicsInputError);
    expect(() => shesThreshold({ additive: 'Cs', host: 'K' as never })).toThrow('Host metal must be one of Li, Na.');
    expect(() => shesThreshold({ additive: 'Fr', host: 'Li' })).toThrow(PhysicsInputError);
  });
});
