import { describe, expect, it } from 'vitest';
import { BASIS_NOTE, ETCHING_M, PROTECTIVE_M, PROTECTIVE_SULFUR_M, SLIDER_MAX, concentrationAt, parseConcentration, positionOf, readWindow } from '../../../src/lib/polysulfide/window';

describe('polysulfide window', () => {
  it('takes its two points from the review (0.02 M protective, 0.5 M etching)', () => {
    expect(PROTECTIVE_M).toBe(0.02);
    expect(ETCHING_M).toBe(0.5);
  });

  it('classifies the review’s points and the untested gap honestly', () => {
    expect(readWindow(0.02, true).regime).toBe('tested');
    expect(readWindow(0.02, true).headline).toMatch(/95\s?% after 233\s?cycles/);
    expect(readWindow(0.02, false).regime).toBe('bare');
    expect(readWindow(0.1, true).regime).toBe('untested');
    expect(readWindow(0.005, true).regime).toBe('below-tested');
    expect(readWindow(0.5, true).regime).toBe('etching');
    expect(readWindow(0.8, false).regime).toBe('etching');
    expect(readWindow(0, true).regime).toBe('none');
    // Near a reported point is not the point: the wording must say so (second-round review, N4).
    expect(readWindow(0.018, true).headline).toMatch(/close to the tested recipe/);
    expect(readWindow(0.02, true).headline).not.toMatch(/close to/);
    expect(readWindow(0.8, true).headline).toMatch(/above 0\.5 M of sulfur/);
    expect(readWindow(0.5, true).headline).not.toMatch(/not reported/);
  });

  it('never says NaN for bad numbers', () => {
    for (const bad of [Number.NaN, -1, Infinity, -Infinity]) {
      const r = readWindow(bad, true);
      expect(r.headline + r.detail).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('maps slider positions and concentrations both ways on a log scale', () => {
    expect(concentrationAt(0)).toBeCloseTo(0.001, 12);
    expect(concentrationAt(SLIDER_MAX)).toBeCloseTo(1, 12);
    expect(concentrationAt(positionOf(0.02))).toBeCloseTo(0.02, 3);
    expect(concentrationAt(Number.NaN)).toBeCloseTo(0.001, 12);
    expect(positionOf(Number.NaN)).toBe(0);
    expect(positionOf(5)).toBe(SLIDER_MAX);
  });

  it('parses typed input and explains bad input', () => {
    expect(parseConcentration('0,05 M')).toEqual({ ok: true, value: 0.05 });
    expect(parseConcentration('0.02')).toEqual({ ok: true, value: 0.02 });
    for (const bad of ['', 'abc', '-1', '1e309', '2', '<script>']) {
      const r = parseConcentration(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).not.toMatch(/NaN|undefined/);
    }
  });

  it('puts the two reported points on one sulfur basis: five sulfur per Li₂S₅, so 0.10 M S against 0.5 M S', () => {
    expect(PROTECTIVE_SULFUR_M).toBeCloseTo(0.1, 12);
    expect(ETCHING_M / PROTECTIVE_SULFUR_M).toBeCloseTo(5, 12);
    expect(BASIS_NOTE).toContain('0.02 M is Li₂S₅ (0.1 M of sulfur)');
    expect(BASIS_NOTE).toContain('5 times apart in sulfur, not 25');
  });

  it('reads a typed value that displays as 0.5 M as the review\'s 0.5 M, with or without nitrate', () => {
    for (const nitrate of [true, false]) {
      const r = readWindow(0.499, nitrate);
      expect(r.regime).toBe('etching');
      expect(r.headline).toMatch(/^0\.5 M: etching\./);
    }
    expect(readWindow(0.44, true).regime).toBe('untested');
  });
});
