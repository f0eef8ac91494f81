/**
 * The render worker: draws the 3D view (VoxelScene, three.js) on the OffscreenCanvas the page
 * transferred to it. In software WebGL a frame can take a second or more of GL work, and drawn on
 * the page it froze the page for that long (issue #10); here it only delays the next frame.
 * The page keeps input, the spoken description and the readouts, and sends the model worker's
 * changes, sizes, colours and camera moves (renderProtocol.ts).
 */
/// <reference lib="webworker" />
import { parseFromRenderer, parseToRenderer, type FromRenderer } from './renderProtocol.ts';
import { VoxelScene } from './voxelScene.ts';

let scene: VoxelScene | null = null;

const post = (message: FromRenderer) => {
  // The page validates too; checking here keeps the two sides' idea of the protocol the same.
  if (parseFromRenderer(message)) (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);
};

self.onmessage = (event: MessageEvent<unknown>) => {
  const m = parseToRenderer(event.data);
  if (!m) return;
  if (m.type === 'init') {
    try {
      scene = new VoxelScene(m.canvas, m.colours, m);
      post({ type: 'ready' });
    } catch (error) {
      scene = null;
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  if (!scene) return;
  switch (m.type) {
    case 'reset':
      scene.reset(m.shape, m.sei);
      break;
    case 'apply':
      scene.apply(m);
      break;
    case 'seiFormed':
      scene.setSeiFormed(m.formed);
      break;
    case 'colours':
      scene.setColours(m.colours);
      break;
    case 'orbit':
      scene.orbit(m.dAzimuth, m.dElevation);
      break;
    case 'zoom':
      scene.zoom(m.factor);
      break;
    case 'resize':
      scene.setSize(m);
      break;
    case 'snapshot': {
      const id = m.id;
      scene.snapshot().then(
        (png) => post({ type: 'snapshot', id, png }),
        () => post({ type: 'snapshot', id, png: null }),
      );
      break;
    }
  }
};
