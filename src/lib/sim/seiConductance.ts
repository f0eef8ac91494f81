/**
 * The SEI as a map of relative ionic conductance over the electrode, k(x, y)/k_max.
 * A mosaic SEI is a patchwork of inorganic and organic grains with very different ion transport;
 * the model draws each patch's conductance from a log-normal of spread σ (σ = 0: a uniform,
 * layered SEI). Ions then deposit where the SEI lets them through, which seeds hot spots.
 */
import type { Sfc32 } from './rng.ts';

/** Side of one SEI patch, voxels (2 µm at 0.5 µm per voxel). */
export const SEI_PATCH_VOXELS = 4;

/** Relative conductance per column (x + width·y), in (0, 1]; all 1 when σ = 0. */
export function seiConductanceMap(width: number, spread: number, rng: Sfc32): Float32Array {
  const map = new Float32Array(width * width).fill(1);
  if (spread === 0) return map;
  const patches = Math.ceil(width / SEI_PATCH_VOXELS);
  const logK = new Float64Array(patches * patches);
  let max = -Infinity;
  for (let i = 0; i < logK.length; i++) {
    // Box–Muller; 1 − u keeps the logarithm finite.
    const u = 1 - rng.next();
    const v = rng.next();
    logK[i] = spread * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    if (logK[i] > max) max = logK[i];
  }
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const patch = Math.floor(x / SEI_PATCH_VOXELS) + patches * Math.floor(y / SEI_PATCH_VOXELS);
      map[x + width * y] = Math.exp(logK[patch] - max);
    }
  }
  return map;
}
