import { describe, expect, it } from 'vitest';
import { isInWidgetRange, PHYSICS_PARAMETERS, type PhysicsFunctionName } from '../../../src/lib/physics/index';
import { CALLERS, defaultArgs, numbersIn } from './callers';

const names = Object.keys(PHYSICS_PARAMETERS) as PhysicsFunctionName[];

describe('parameter metadata', () => {
  it('covers the required calculators', () => {
    for (const name of [
      'specificCapacity',
      'platingThickness',
      'foilArealCapacity',
      'theoreticalSpecificEnergy',
      'capacityRetention',
      'sandsTime',
      'criticalCurrentDensity',
      'shesThreshold',
      'fastCharge',
      'packSpecificEnergy',
      'practicalCellSpecificEnergy',
    ]) {
      expect(names).toContain(name);
    }
  });

  it.each(names)('%s: every entry has a label and description, and numeric defaults lie in min–max', (name) => {
    for (const [key, spec] of Object.entries(PHYSICS_PARAMETERS[name])) {
      expect(spec.label.length, `${name}.${key}`).toBeGreaterThan(0);
      expect(spec.description.length, `${name}.${key}`).toBeGreaterThan(5);
      if (spec.kind === 'number') {
        expect(spec.min, `${name}.${key}`).toBeLessThan(spec.max);
        expect(isInWidgetRange(spec, spec.default), `${name}.${key} default`).toBe(true);
      } else {
        expect(spec.options, `${name}.${key}`).toContain(spec.default);
      }
    }
  });

  it.each(names)('%s accepts its defaults and every widget end (one argument at a time)', (name) => {
    const result = CALLERS[name](defaultArgs(name));
    for (const x of numbersIn(result)) expect(Number.isNaN(x)).toBe(false);
    for (const [key, spec] of Object.entries(PHYSICS_PARAMETERS[name])) {
      const values: unknown[] = spec.kind === 'number' ? [spec.min, spec.max] : [...spec.options];
      for (const value of values) {
        // Pairs that depend on each other are exempt: the start SOC must stay below the end SOC,
        // and the SHES additive must differ from the host.
        if (name === 'fastCharge' && key === 'socStart' && value === spec.default) continue;
        if (name === 'fastCharge' && key === 'socStart' && (value as number) >= 0.8) continue;
        if (name === 'fastCharge' && key === 'socEnd' && (value as number) <= 0) continue;
        if (name === 'shesThreshold' && key === 'additive' && value === 'Li') continue;
        expect(() => CALLERS[name]({ ...defaultArgs(name), [key]: value }), `${name}.${key} = ${String(value)}`).not.toThrow();
      }
    }
  });
});
