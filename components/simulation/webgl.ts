/**
 * Whether this browser can give us a WebGL context, checked on a throwaway canvas before three.js
 * is fetched: without WebGL the widget shows the 2D height map and never downloads three.
 */
export function webglAvailable(): boolean {
  try {
    const probe = document.createElement('canvas');
    return Boolean(probe.getContext('webgl2') ?? probe.getContext('webgl'));
  } catch {
    return false;
  }
}
