/** Messages to and from the render worker: well-formed ones pass, anything else is dropped. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSceneColours, parseFromRenderer, parseToRenderer } from '../../../components/simulation/renderProtocol.ts';

const colours = { live: '#3a7', dead: '#888', electrode: '#ccc', seiRich: '#a60', frame: '#888', background: '#eee' };

// happy-dom has no OffscreenCanvas; a stand-in class is enough for the instanceof check.
class FakeOffscreenCanvas {}

afterEach(() => vi.unstubAllGlobals());

describe('messages to the render worker', () => {
  it('accepts each well-formed message', () => {
    vi.stubGlobal('OffscreenCanvas', FakeOffscreenCanvas);
    const ok = [
      { type: 'init', canvas: new FakeOffscreenCanvas(), colours, width: 600, height: 600, pixelRatio: 2 },
      { type: 'reset', shape: { width: 4, height: 10 }, sei: new Float32Array(16) },
      { type: 'apply', indices: new Int32Array([1, 2]), states: new Uint8Array([1, 0]) },
      { type: 'colours', colours },
      { type: 'seiFormed', formed: new Float32Array([0, 2.5, 7]) },
      { type: 'orbit', dAzimuth: -0.15, dElevation: 0 },
      { type: 'zoom', factor: 0.85 },
      { type: 'resize', width: 0, height: 0, pixelRatio: 1 },
      { type: 'snapshot', id: 3 },
    ];
    for (const m of ok) expect(parseToRenderer(m), m.type).toBe(m);
  });

  it('drops malformed messages', () => {
    const bad: unknown[] = [
      null,
      'reset',
      { type: 'draw' },
      // No OffscreenCanvas in this environment, or not one.
      { type: 'init', canvas: {}, colours, width: 600, height: 600, pixelRatio: 1 },
      { type: 'reset', shape: { width: 4, height: 10 }, sei: new Float32Array(15) },
      { type: 'reset', shape: { width: 0, height: 10 }, sei: new Float32Array(0) },
      { type: 'reset', shape: { width: 4, height: 10 }, sei: [1, 1] },
      { type: 'apply', indices: new Int32Array([1, 2]), states: new Uint8Array([1]) },
      { type: 'apply', indices: [1], states: [1] },
      { type: 'colours', colours: { ...colours, live: 3 } },
      { type: 'seiFormed', formed: [1, 2] },
      { type: 'seiFormed', formed: new Float32Array([1, Number.NaN]) },
      { type: 'seiFormed', formed: new Float32Array([-1]) },
      { type: 'orbit', dAzimuth: Number.NaN, dElevation: 0 },
      { type: 'zoom', factor: 0 },
      { type: 'zoom', factor: Number.POSITIVE_INFINITY },
      { type: 'resize', width: -1, height: 10, pixelRatio: 1 },
      { type: 'resize', width: 10, height: 10, pixelRatio: 0 },
      { type: 'snapshot', id: 1.5 },
    ];
    for (const m of bad) expect(parseToRenderer(m), JSON.stringify(m)).toBeNull();
  });

  it('needs all six colours as non-empty strings', () => {
    expect(isSceneColours(colours)).toBe(true);
    const { frame: _frame, ...missing } = colours;
    expect(isSceneColours(missing)).toBe(false);
    expect(isSceneColours({ ...colours, background: '' })).toBe(false);
  });
});

describe('messages from the render worker', () => {
  it('accepts ready, failed and snapshots (with a PNG or none)', () => {
    expect(parseFromRenderer({ type: 'ready' })).toEqual({ type: 'ready' });
    expect(parseFromRenderer({ type: 'failed', message: 'no WebGL' })).toEqual({ type: 'failed', message: 'no WebGL' });
    const png = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
    expect(parseFromRenderer({ type: 'snapshot', id: 0, png })).toEqual({ type: 'snapshot', id: 0, png });
    expect(parseFromRenderer({ type: 'snapshot', id: 1, png: null })).toEqual({ type: 'snapshot', id: 1, png: null });
  });

  it('drops anything else', () => {
    for (const m of [undefined, { type: 'failed' }, { type: 'snapshot', id: -1, png: null }, { type: 'snapshot', id: 2, png: 'data:' }, { type: 'frame' }]) {
      expect(parseFromRenderer(m)).toBeNull();
    }
  });
});
