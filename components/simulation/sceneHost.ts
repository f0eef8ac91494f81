/**
 * Where the 3D view is drawn, behind one interface for the widget: in the render worker on an
 * OffscreenCanvas (the page's main thread stays free while software WebGL spends a second on a
 * frame), or, where a browser cannot hand a canvas with WebGL to a worker, on the page as before.
 * Both load three.js lazily and share one chunk of it (see moduleWorkerChunk.mjs).
 */
import type { VoxelChanges } from '../../src/lib/sim/changeLog.ts';
import type { LatticeShape } from '../../src/lib/sim/workerProtocol.ts';
import { parseFromRenderer, type SceneColours, type ToRenderer, type ViewSize } from './renderProtocol.ts';
import renderWorkerUrl from './voxelScene.worker.ts?module-worker';

export interface SceneHost {
  /** 'worker': drawn off the main thread; 'page': drawn on it (the fallback). */
  readonly where: 'worker' | 'page';
  /** Takes ownership of `sei`'s buffer (transferred to the worker). */
  reset(shape: LatticeShape, sei: Float32Array): void;
  /** Takes ownership of the changes' buffers (transferred to the worker). */
  apply(changes: VoxelChanges): void;
  /** Takes ownership of `formed`'s buffer: SEI formed per electrode column, for the plate's colour. */
  seiFormed(formed: Float32Array): void;
  setColours(colours: SceneColours): void;
  orbit(dAzimuth: number, dElevation: number): void;
  zoom(factor: number): void;
  resize(size: ViewSize): void;
  /** The picture now, as PNG. */
  snapshot(): Promise<Blob | null>;
  dispose(): void;
}

/** Whether this browser can move a canvas to a worker and get WebGL there (probed on the page). */
export function offscreenWebglAvailable(): boolean {
  try {
    if (typeof OffscreenCanvas === 'undefined' || typeof HTMLCanvasElement.prototype.transferControlToOffscreen !== 'function') return false;
    const probe = new OffscreenCanvas(1, 1);
    return Boolean(probe.getContext('webgl2') ?? probe.getContext('webgl'));
  } catch {
    return false;
  }
}

/**
 * Moves the canvas to a new render worker. Rejects if the worker cannot draw; the canvas is then
 * spent (a transferred canvas never gives a context on the page again), so the caller needs a
 * fresh canvas element for the fallback.
 */
export function startWorkerScene(canvas: HTMLCanvasElement, colours: SceneColours, size: ViewSize): Promise<SceneHost> {
  const worker = new Worker(renderWorkerUrl, { type: 'module', name: 'voxel-scene' });
  const pending = new Map<number, (png: Blob | null) => void>();
  let nextId = 0;
  const send = (message: ToRenderer, transfer: Transferable[] = []) => worker.postMessage(message, transfer);

  const host: SceneHost = {
    where: 'worker',
    reset: (shape, sei) => send({ type: 'reset', shape, sei }, [sei.buffer]),
    apply: (changes) => {
      if (changes.indices.length === 0) return;
      send({ type: 'apply', indices: changes.indices, states: changes.states }, [changes.indices.buffer, changes.states.buffer]);
    },
    seiFormed: (formed) => send({ type: 'seiFormed', formed }, [formed.buffer]),
    setColours: (c) => send({ type: 'colours', colours: c }),
    orbit: (dAzimuth, dElevation) => send({ type: 'orbit', dAzimuth, dElevation }),
    zoom: (factor) => send({ type: 'zoom', factor }),
    resize: (s) => send({ type: 'resize', ...s }),
    snapshot: () =>
      new Promise((done) => {
        const id = nextId++;
        pending.set(id, done);
        send({ type: 'snapshot', id });
      }),
    dispose: () => {
      worker.terminate();
      for (const done of pending.values()) done(null);
      pending.clear();
    },
  };

  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      reject(new Error(why));
    };
    worker.onerror = (event) => {
      event.preventDefault(); // answered by the fallback (or a missing snapshot), not a page error
      fail(event.message || 'the render worker did not start');
      for (const done of pending.values()) done(null);
      pending.clear();
    };
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const m = parseFromRenderer(event.data);
      if (!m) return;
      if (m.type === 'ready' && !settled) {
        settled = true;
        resolve(host);
      } else if (m.type === 'failed') {
        fail(m.message);
      } else if (m.type === 'snapshot') {
        pending.get(m.id)?.(m.png);
        pending.delete(m.id);
      }
    };
    try {
      const offscreen = canvas.transferControlToOffscreen();
      send({ type: 'init', canvas: offscreen, colours, ...size }, [offscreen]);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
  });
}

/** The fallback: three.js on the main thread, drawing on the page's canvas as before. */
export async function startPageScene(canvas: HTMLCanvasElement, colours: SceneColours, size: ViewSize): Promise<SceneHost> {
  const { VoxelScene } = await import('./voxelScene.ts');
  const scene = new VoxelScene(canvas, colours, size);
  return {
    where: 'page',
    reset: (shape, sei) => scene.reset(shape, sei),
    apply: (changes) => scene.apply(changes),
    seiFormed: (formed) => scene.setSeiFormed(formed),
    setColours: (c) => scene.setColours(c),
    orbit: (a, e) => scene.orbit(a, e),
    zoom: (f) => scene.zoom(f),
    resize: (s) => scene.setSize(s),
    snapshot: () => scene.snapshot(),
    dispose: () => scene.dispose(),
  };
}

/** The canvas's size now, for a renderer that cannot measure it. */
export function measure(canvas: HTMLCanvasElement): ViewSize {
  return { width: canvas.clientWidth, height: canvas.clientHeight, pixelRatio: globalThis.devicePixelRatio || 1 };
}
