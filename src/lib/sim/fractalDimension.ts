/**
 * Mass–radius fractal dimension: N ∝ R_g^D, so D is the slope of ln N against ln R_g. Free 3D
 * diffusion-limited aggregation gives D ≈ 2.5; a compact (Eden-like) cluster gives 3.
 */
export interface GyrationSample {
  particles: number;
  radiusOfGyration: number;
}

/** Least-squares slope of ln N vs ln R_g over samples with N ≥ minParticles (NaN if < 2 usable). */
export function fractalDimension(samples: readonly GyrationSample[], minParticles = 1000): number {
  let n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (const s of samples) {
    if (s.particles < minParticles || !(s.radiusOfGyration > 0)) continue;
    const x = Math.log(s.radiusOfGyration);
    const y = Math.log(s.particles);
    n++; sx += x; sy += y; sxx += x * x; sxy += x * y;
  }
  if (n < 2) return Number.NaN;
  const denominator = n * sxx - sx * sx;
  return denominator > 0 ? (n * sxy - sx * sy) / denominator : Number.NaN;
}
