/** The 3D view's camera math: clamps hold for any input, keys map as the view's label says. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cameraPlacement,
  ELEVATION_MAX,
  ELEVATION_MIN,
  initialOrbit,
  orbitBy,
  viewKeyAction,
  ZOOM_STEP,
  zoomBy,
} from '../../../components/simulation/cameraOrbit.ts';

const shape = { width: 64, height: 96 };

describe('camera orbit', () => {
  it('starts with the whole box in view, from above', () => {
    const o = initialOrbit(shape);
    expect(o.distance).toBeCloseTo(1.9 * 96);
    expect(o.elevation).toBeGreaterThan(0);
    const { position, target } = cameraPlacement(o, shape);
    expect(position[1]).toBeGreaterThan(target[1]);
    expect(Math.hypot(position[0] - target[0], position[1] - target[1], position[2] - target[2])).toBeCloseTo(o.distance);
  });

  it('keeps elevation and distance within bounds whatever the input', () => {
    const delta = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(delta, delta, fc.double({ min: 1e-6, max: 1e6, noNaN: true })), { maxLength: 40 }), (moves) => {
        let o = initialOrbit(shape);
        for (const [a, e, f] of moves) o = zoomBy(orbitBy(o, a, e), f, shape);
        expect(o.elevation).toBeGreaterThanOrEqual(ELEVATION_MIN);
        expect(o.elevation).toBeLessThanOrEqual(ELEVATION_MAX);
        expect(o.distance).toBeGreaterThanOrEqual(0.5 * 96);
        expect(o.distance).toBeLessThanOrEqual(6 * 96);
        expect(cameraPlacement(o, shape).position.every(Number.isFinite)).toBe(true);
      }),
    );
  });

  it('ignores non-finite moves and non-positive zoom factors', () => {
    const o = initialOrbit(shape);
    expect(orbitBy(o, Number.NaN, 0)).toEqual(o);
    expect(orbitBy(o, 0, Number.POSITIVE_INFINITY)).toEqual(o);
    expect(zoomBy(o, 0, shape)).toEqual(o);
    expect(zoomBy(o, -2, shape)).toEqual(o);
    expect(zoomBy(o, Number.NaN, shape)).toEqual(o);
  });

  it('zoom in then out comes back', () => {
    const o = initialOrbit(shape);
    expect(zoomBy(zoomBy(o, ZOOM_STEP, shape), 1 / ZOOM_STEP, shape).distance).toBeCloseTo(o.distance);
  });

  it('maps arrow keys to turns and + / − to zoom, and leaves other keys alone', () => {
    expect(viewKeyAction('ArrowLeft')).toEqual({ kind: 'orbit', dAzimuth: -0.15, dElevation: 0 });
    expect(viewKeyAction('ArrowUp')).toEqual({ kind: 'orbit', dAzimuth: 0, dElevation: 0.1 });
    expect(viewKeyAction('+')).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    expect(viewKeyAction('=')).toEqual({ kind: 'zoom', factor: ZOOM_STEP });
    expect(viewKeyAction('-')).toEqual({ kind: 'zoom', factor: 1 / ZOOM_STEP });
    expect(viewKeyAction('Tab')).toBeNull();
    expect(viewKeyAction(' ')).toBeNull();
  });
});
