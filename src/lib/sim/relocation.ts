/**
 * Where a walker that has wandered away from the deposit comes back, sampled exactly instead of
 * killing it (killing biases growth toward the outside) or walking it back step by step (slow).
 * Both use first-passage distributions of Brownian motion, which the lattice walk approaches.
 */
import type { Sfc32 } from './rng.ts';

/**
 * Lateral offset, in voxels, at which a walker `height` above a plane first hits it:
 * density h / (2π (ρ² + h²)^{3/2}), so P(offset > ρ) = h / √(ρ² + h²). Writes [dx, dy] into `out`.
 */
export function planeReturnOffset(height: number, rng: Sfc32, out: Float64Array): void {
  const u = 1 - rng.next(); // (0, 1]
  const rho = height * Math.sqrt(1 / (u * u) - 1);
  const phi = 2 * Math.PI * rng.next();
  out[0] = rho * Math.cos(phi);
  out[1] = rho * Math.sin(phi);
}

/**
 * For a walker at distance r > a from the centre of a sphere of radius a (3D): with probability
 * 1 − a/r it escapes for good, and is replaced by a new walker from infinity (uniform on the
 * sphere); otherwise it first hits the sphere with the exterior Poisson-kernel density
 * ∝ (r² + a² − 2ar·cosθ)^{-3/2} around its own direction. Writes the unit vector of the landing
 * point into `out` (relative to the centre).
 * @param px, py, pz walker position relative to the centre
 */
export function sphereReturnDirection(px: number, py: number, pz: number, a: number, rng: Sfc32, out: Float64Array): void {
  const r = Math.sqrt(px * px + py * py + pz * pz);
  if (rng.next() >= a / r) {
    randomUnitVector(rng, out);
    return;
  }
  // Invert the CDF of cosθ: (A − Bu)^{-1/2} is uniform between 1/(r + a) and 1/(r − a).
  const s = 1 / (r + a) + rng.next() * (1 / (r - a) - 1 / (r + a));
  const A = r * r + a * a;
  const B = 2 * a * r;
  let cosT = (A - 1 / (s * s)) / B;
  cosT = cosT > 1 ? 1 : cosT < -1 ? -1 : cosT;
  const sinT = Math.sqrt(1 - cosT * cosT);
  const phi = 2 * Math.PI * rng.next();
  // Orthonormal frame around e = p/r.
  const ex = px / r;
  const ey = py / r;
  const ez = pz / r;
  // Any vector not parallel to e gives the first perpendicular.
  let ux: number, uy: number, uz: number;
  if (Math.abs(ex) < 0.9) {
    ux = 0; uy = ez; uz = -ey; // e × (1,0,0)
  } else {
    ux = -ez; uy = 0; uz = ex; // e × (0,1,0)
  }
  const un = Math.sqrt(ux * ux + uy * uy + uz * uz);
  ux /= un; uy /= un; uz /= un;
  const vx = ey * uz - ez * uy;
  const vy = ez * ux - ex * uz;
  const vz = ex * uy - ey * ux;
  const c = Math.cos(phi) * sinT;
  const d = Math.sin(phi) * sinT;
  out[0] = cosT * ex + c * ux + d * vx;
  out[1] = cosT * ey + c * uy + d * vy;
  out[2] = cosT * ez + c * uz + d * vz;
}

/**
 * Uniform direction on the unit sphere, by Marsaglia's method (Ann. Math. Stat. 43, 1972): a
 * point uniform in the unit disc maps to the sphere with one square root and no trigonometry —
 * this runs on every jump of every walker.
 */
export function randomUnitVector(rng: Sfc32, out: Float64Array): void {
  let u: number, v: number, s: number;
  do {
    u = 2 * rng.next() - 1;
    v = 2 * rng.next() - 1;
    s = u * u + v * v;
  } while (s >= 1);
  const f = 2 * Math.sqrt(1 - s);
  out[0] = u * f;
  out[1] = v * f;
  out[2] = 1 - 2 * s;
}
