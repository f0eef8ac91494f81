/**
 * Salt concentration across the gap, 1D along z, θ = c/c₀ (shared/simulation-model.md).
 *
 * Geometry: a symmetric cell. Plating draws salt out at the electrode (z = 0) and the counter
 * electrode puts the same amount back at z = L, so c − c₀ is odd about the mid-plane and the
 * mid-plane stays at c₀. The field is therefore solved on the half gap [0, L/2] with the bulk
 * concentration held at z = L/2. This is the geometry of Brissot's J* = 2 F c₀ D / (t_a L) in
 * the physics library: the steady profile reaches zero at the electrode exactly at J = J*. (Bulk
 * held at z = L instead would put that limit at half of J*.)
 *
 * Boundary at the electrode: D ∂c/∂z = J t_a / F (z = 1), the salt flux the current removes
 * — t_a = 1 − t₊ as in the physics library's Sand's time. When that flux would drive c below
 * zero, the boundary becomes c = 0: the liquid cannot supply more, the electrode is depleted.
 *
 * Time stepping: backward Euler (implicit, stable at any step) on a uniform grid, one tridiagonal
 * solve per step with the factorisation precomputed.
 */

/** Grid intervals across the half gap. */
export const FIELD_INTERVALS = 64;
/** Time steps per diffusion time (L/2)²/D at most. */
const STEPS_PER_DIFFUSION_TIME = 1000;
/** Largest change a step may make to the electrode cell, as a fraction of c₀ (sets dt at high flux). */
const MAX_SURFACE_CHANGE = 0.05;

interface Tridiagonal {
  /** Pivots of the forward elimination. */
  pivots: Float64Array;
  /** Off-diagonal −r, and the first row's upper entry (−2r with the ghost node, else −r). */
  off: number;
  firstUpper: number;
}

export class ConcentrationField {
  /** θ at the nodes z = 0, h, …, (M − 1)h; node M (the mid-plane) is held at 1. */
  readonly theta: Float64Array;
  private readonly m = FIELD_INTERVALS;
  private readonly h: number;
  private readonly diffusivity: number;
  /** ∂θ/∂z at the electrode while the current draws salt, per metre: g = J t_a / (F c₀ D). */
  private gradient = 0;
  private dt: number;
  private pending = 0;
  private depleted = false;
  private flux!: Tridiagonal;
  private zero!: Tridiagonal;
  private readonly prev: Float64Array;
  private readonly rhs: Float64Array;

  /**
   * @param halfGap_m L/2, m
   * @param diffusivity D, m²/s
   * @param maxGradient largest |g| the field will be given, per metre (bounds the step)
   */
  constructor(halfGap_m: number, diffusivity: number, maxGradient: number) {
    this.h = halfGap_m / this.m;
    this.diffusivity = diffusivity;
    this.theta = new Float64Array(this.m).fill(1);
    this.prev = new Float64Array(this.m);
    this.rhs = new Float64Array(this.m);
    const diffusionTime = (halfGap_m * halfGap_m) / diffusivity;
    // A gradient g changes the electrode node by about 2 g D dt / h per step: keep that small.
    const byFlux = maxGradient > 0 ? (MAX_SURFACE_CHANGE * this.h) / (2 * maxGradient * diffusivity) : Infinity;
    this.dt = Math.min(diffusionTime / STEPS_PER_DIFFUSION_TIME, byFlux);
    this.factor();
  }

  /** c/c₀ at the electrode, ≥ 0. */
  get surface(): number {
    return this.depleted ? 0 : Math.max(0, this.theta[0]);
  }

  /** The field has reached zero at the electrode and is held there (the liquid supplies all it can). */
  get isDepleted(): boolean {
    return this.depleted;
  }

  /** Time step, s. */
  get step_s(): number {
    return this.dt;
  }

  /**
   * Sets the salt drawn at the electrode from now on, as ∂θ/∂z there (per metre): positive while
   * plating, negative while stripping, 0 at rest. Time still pending runs at the old flux first.
   */
  setGradient(g: number): void {
    if (g === this.gradient) return;
    this.flush();
    this.gradient = g;
    if (g <= 0) this.depleted = false;
  }

  /**
   * Adds simulated time; whole steps are taken once a step's worth has built up (the remainder
   * waits for more). Returns true if a step was taken.
   */
  advance(seconds: number): boolean {
    this.pending += seconds;
    if (this.pending < this.dt) return false;
    const steps = Math.floor(this.pending / this.dt);
    this.pending -= steps * this.dt;
    for (let k = 0; k < steps; k++) this.stepOnce();
    return true;
  }

  /** Runs the time still pending as one shorter step. */
  flush(): void {
    if (this.pending <= 0) return;
    const dt = this.dt;
    this.dt = this.pending;
    this.pending = 0;
    this.factor();
    this.stepOnce();
    this.dt = dt;
    this.factor();
  }

  /** θ at the nodes from the electrode to the mid-plane (inclusive), a copy. */
  profile(): Float32Array {
    const out = new Float32Array(this.m + 1);
    for (let i = 0; i < this.m; i++) out[i] = Math.max(0, this.theta[i]);
    if (this.depleted) out[0] = 0;
    out[this.m] = 1;
    return out;
  }

  private factor(): void {
    const r = (this.diffusivity * this.dt) / (this.h * this.h);
    this.flux = tridiagonal(this.m, r, -2 * r);
    this.zero = tridiagonal(this.m - 1, r, -r);
  }

  private stepOnce(): void {
    const theta = this.theta;
    const prev = this.prev;
    const rhs = this.rhs;
    const m = this.m;
    const r = -this.flux.off;
    prev.set(theta);
    if (!this.depleted) {
      // Node 0 with a ghost node θ₋₁ = θ₁ − 2hg (the flux condition).
      rhs.set(prev);
      rhs[0] -= 2 * r * this.h * this.gradient;
      rhs[m - 1] += r;
      solve(this.flux, rhs, theta, 0, m);
      if (theta[0] >= 0) return;
      this.depleted = true;
    }
    // θ(0) = 0: unknowns are nodes 1 … m − 1.
    for (let i = 1; i < m; i++) rhs[i - 1] = prev[i];
    rhs[m - 2] += r;
    solve(this.zero, rhs, theta, 1, m - 1);
    theta[0] = 0;
    // Back to the flux condition once diffusion brings more than the current draws.
    if ((theta[1] - theta[0]) / this.h > this.gradient) this.depleted = false;
  }
}

/** Pivots for n rows of (−r, 1 + 2r, −r), the first row's upper entry being `firstUpper`. */
function tridiagonal(n: number, r: number, firstUpper: number): Tridiagonal {
  const pivots = new Float64Array(n);
  pivots[0] = 1 + 2 * r;
  for (let i = 1; i < n; i++) pivots[i] = 1 + 2 * r - (r * (i === 1 ? -firstUpper : r)) / pivots[i - 1];
  return { pivots, off: -r, firstUpper };
}

/** Solves the system in place of `rhs` (destroyed); writes x into out[first … first + n − 1]. */
function solve(t: Tridiagonal, rhs: Float64Array, out: Float64Array, first: number, n: number): void {
  const { pivots, off, firstUpper } = t;
  for (let i = 1; i < n; i++) rhs[i] -= (off / pivots[i - 1]) * rhs[i - 1];
  out[first + n - 1] = rhs[n - 1] / pivots[n - 1];
  for (let i = n - 2; i >= 0; i--) out[first + i] = (rhs[i] - (i === 0 ? firstUpper : off) * out[first + i + 1]) / pivots[i];
}
