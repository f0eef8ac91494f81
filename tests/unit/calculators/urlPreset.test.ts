import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cycleLifeModel } from '../../../src/lib/calculators/cycleLife';
import { defaultValues } from '../../../src/lib/calculators/fields';
import { platingDepthModel } from '../../../src/lib/calculators/platingDepth';
import { readPreset, writePreset } from '../../../src/lib/calculators/urlPreset';

const fields = cycleLifeModel.fields;

describe('URL presets', () => {
  it('reads declared parameters in the library’s units', () => {
    expect(readPreset('?cycle-life.coulombicEfficiency=0.999&cycle-life.excess=0', 'cycle-life', fields)).toEqual({
      coulombicEfficiency: 0.999,
      excess: 0,
    });
  });

  it('ignores unknown, prototype-polluting, malformed and out-of-range parameters', () => {
    const search =
      '?cycle-life.__proto__=1&cycle-life.constructor=1&cycle-life.bogus=2&cycle-life.cycles=%3Cscript%3E' +
      '&cycle-life.coulombicEfficiency=2&cycle-life.excess=1e309&cycle-life.threshold=0x1&other.cycles=7';
    expect(readPreset(search, 'cycle-life', fields)).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores fractional values of whole-number fields and values of other calculators', () => {
    expect(readPreset('?cycle-life.cycles=10.5&sands-time.cycles=10', 'cycle-life', fields)).toEqual({});
  });

  it('accepts only declared options for choices', () => {
    expect(readPreset('?plating-thickness.metal=Na', 'plating-thickness', platingDepthModel.fields)).toEqual({ metal: 'Na' });
    expect(readPreset('?plating-thickness.metal=Cs', 'plating-thickness', platingDepthModel.fields)).toEqual({});
    expect(readPreset('?plating-thickness.metal=%3Cimg%20src%3Dx%3E', 'plating-thickness', platingDepthModel.fields)).toEqual({});
  });

  it('writes only what differs from the defaults and keeps other parameters', () => {
    const values = { ...defaultValues(fields), cycles: 700 };
    expect(writePreset('?x=1&cycle-life.excess=2', 'cycle-life', fields, values)).toBe('?x=1&cycle-life.cycles=700');
    expect(writePreset('?cycle-life.cycles=700', 'cycle-life', fields, defaultValues(fields))).toBe('');
  });

  it('round-trips any in-range state', () => {
    const p = fields;
    fc.assert(
      fc.property(
        fc.double({ min: p.coulombicEfficiency.spec.min, max: p.coulombicEfficiency.spec.max, noNaN: true }),
        fc.integer({ min: p.cycles.spec.min, max: p.cycles.spec.max }),
        fc.double({ min: p.excess.spec.min, max: p.excess.spec.max, noNaN: true }),
        (coulombicEfficiency, cycles, excess) => {
          const values = { ...defaultValues(fields), coulombicEfficiency, cycles, excess };
          const back = { ...defaultValues(fields), ...readPreset(writePreset('', 'cycle-life', fields, values), 'cycle-life', fields) };
          expect(back.cycles).toBe(cycles);
          expect(back.coulombicEfficiency).toBeCloseTo(coulombicEfficiency, 10);
          expect(back.excess).toBeCloseTo(excess, 10);
        },
      ),
    );
  });

  it('never throws and never yields NaN or an undeclared key for arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('cycle-life.cycles', 'cycle-life.excess', 'cycle-life.model')), fc.string()), (dict) => {
        const search = new URLSearchParams(dict).toString();
        const preset = readPreset(search, 'cycle-life', fields) as Record<string, unknown>;
        for (const [key, v] of Object.entries(preset)) {
          expect(Object.keys(fields)).toContain(key);
          expect(Number.isFinite(v)).toBe(true);
        }
      }),
    );
  });
});
