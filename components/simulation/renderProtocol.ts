/**
 * Messages between the page and the render worker (voxelScene.worker.ts), which draws the 3D view
 * on an OffscreenCanvas, and their validation. Each side checks what it receives: a message of the
 * wrong shape is dropped rather than half-applied to the scene (or to the page).
 */
import type { LatticeShape } from '../../src/lib/sim/workerProtocol.ts';

/** The view's colours, read from the theme's CSS custom properties on the page (no DOM in a worker). */
export interface SceneColours {
  live: string;
  dead: string;
  electrode: string;
  seiRich: string;
  frame: string;
  background: string;
}

/** CSS pixels and the device pixel ratio: the worker cannot measure the canvas element. */
export interface ViewSize {
  width: number;
  height: number;
  pixelRatio: number;
}

export type ToRenderer =
  | ({ type: 'init'; canvas: OffscreenCanvas; colours: SceneColours } & ViewSize)
  | { type: 'reset'; shape: LatticeShape; sei: Float32Array }
  /** Changed voxels from the model worker (site index, new state), passed on as transferred buffers. */
  | { type: 'apply'; indices: Int32Array; states: Uint8Array }
  /** SEI formed per electrode column (Growth.seiFormation), for the plate's colour. */
  | { type: 'seiFormed'; formed: Float32Array }
  | { type: 'colours'; colours: SceneColours }
  | { type: 'orbit'; dAzimuth: number; dElevation: number }
  | { type: 'zoom'; factor: number }
  | ({ type: 'resize' } & ViewSize)
  /** Draw now and answer with the picture as PNG (the Snapshot button; tests compare these). */
  | { type: 'snapshot'; id: number };

export type FromRenderer =
  | { type: 'ready' }
  /** No WebGL context in the worker: the page falls back to drawing on the main thread. */
  | { type: 'failed'; message: string }
  | { type: 'snapshot'; id: number; png: Blob | null };

const COLOUR_KEYS = ['live', 'dead', 'electrode', 'seiRich', 'frame', 'background'] as const;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isPositive = (x: unknown): x is number => isFiniteNumber(x) && x > 0;
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

export function isSceneColours(x: unknown): x is SceneColours {
  return isRecord(x) && COLOUR_KEYS.every((k) => typeof x[k] === 'string' && x[k] !== '');
}

/** A size the renderer can take: non-negative CSS pixels (0 while hidden), a ratio above zero. */
export function isViewSize(x: Record<string, unknown>): boolean {
  return isFiniteNumber(x.width) && x.width >= 0 && isFiniteNumber(x.height) && x.height >= 0 && isPositive(x.pixelRatio);
}

function isShape(x: unknown): x is LatticeShape {
  return isRecord(x) && Number.isInteger(x.width) && (x.width as number) > 0 && Number.isInteger(x.height) && (x.height as number) > 0;
}

const isOffscreenCanvas = (x: unknown): x is OffscreenCanvas => typeof OffscreenCanvas !== 'undefined' && x instanceof OffscreenCanvas;

/** The message if it is one the render worker understands, else null. */
export function parseToRenderer(x: unknown): ToRenderer | null {
  if (!isRecord(x)) return null;
  switch (x.type) {
    case 'init':
      return isOffscreenCanvas(x.canvas) && isSceneColours(x.colours) && isViewSize(x) ? (x as ToRenderer) : null;
    case 'reset':
      return isShape(x.shape) && x.sei instanceof Float32Array && x.sei.length === x.shape.width * x.shape.width ? (x as ToRenderer) : null;
    case 'apply':
      return x.indices instanceof Int32Array && x.states instanceof Uint8Array && x.indices.length === x.states.length ? (x as ToRenderer) : null;
    case 'seiFormed':
      return x.formed instanceof Float32Array && x.formed.every((v) => Number.isFinite(v) && v >= 0) ? (x as ToRenderer) : null;
    case 'colours':
      return isSceneColours(x.colours) ? (x as ToRenderer) : null;
    case 'orbit':
      return isFiniteNumber(x.dAzimuth) && isFiniteNumber(x.dElevation) ? (x as ToRenderer) : null;
    case 'zoom':
      return isPositive(x.factor) ? (x as ToRenderer) : null;
    case 'resize':
      return isViewSize(x) ? (x as ToRenderer) : null;
    case 'snapshot':
      return isCount(x.id) ? (x as ToRenderer) : null;
    default:
      return null;
  }
}

/** The message if it is one the page expects from the render worker, else null. */
export function parseFromRenderer(x: unknown): FromRenderer | null {
  if (!isRecord(x)) return null;
  switch (x.type) {
    case 'ready':
      return { type: 'ready' };
    case 'failed':
      return typeof x.message === 'string' ? { type: 'failed', message: x.message } : null;
    case 'snapshot':
      return isCount(x.id) && (x.png === null || x.png instanceof Blob) ? { type: 'snapshot', id: x.id, png: x.png } : null;
    default:
      return null;
  }
}
