/**
 * How far each empty site is from the nearest occupied one: the squared Euclidean distance,
 * capped at 255 so it fits a byte (distances up to √255 ≈ 16 voxels).
 *
 * Stripping walkers read it to jump: with the nearest obstacle at distance d, a sphere of radius
 * d − 1 around the walker is empty, so the walker may move to a random point on it in one step
 * (the block hierarchy in `lattice.ts` can only promise 2^L for block-aligned L, about half the
 * real distance among thin protrusions, where stripping walkers spend most of their moves).
 * While stripping, metal is only ever removed, so a field computed before stays a lower bound —
 * still safe to jump by — and is refreshed now and then only to jump farther.
 *
 * Plating adds metal, which a stale field would overstate the clearance around. So while
 * plating, the field is clamped to a small cap and each new voxel lowers the sites within that
 * reach (`lowerAround`): about 250 sites per deposit, far cheaper than the moves it saves.
 *
 * The transform is separable (Felzenszwalb & Huttenlocher, Theory of Computing 8, 2012): a 1D
 * pass along x, then lower envelopes of parabolas along y and z. The cap lets every pass work
 * in place in the byte array: a capped intermediate value only feeds sums ≥ 255, so every final
 * value below the cap is exact.
 */

export const DISTANCE_CAP = 255;

/** How far periodic lines are extended on each side: beyond 16 voxels a term is ≥ 256, capped. */
const WRAP_MARGIN = 16;

/** The lattice offsets closer than √cap to a site, with their squared lengths. */
export interface ReachOffsets {
  dx: Int8Array;
  dy: Int8Array;
  dz: Int8Array;
  d2: Uint8Array;
}

export function reachOffsets(cap: number): ReachOffsets {
  const r = Math.floor(Math.sqrt(cap));
  const list: number[][] = [];
  for (let dz = -r; dz <= r; dz++) {
    for (let dy = -r; dy <= r; dy++) {
      for (let dx = -r; dx <= r; dx++) {
        const d2 = dx * dx + dy * dy + dz * dz;
        if (d2 < cap) list.push([dx, dy, dz, d2]);
      }
    }
  }
  return {
    dx: Int8Array.from(list, (o) => o[0]),
    dy: Int8Array.from(list, (o) => o[1]),
    dz: Int8Array.from(list, (o) => o[2]),
    d2: Uint8Array.from(list, (o) => o[3]),
  };
}

export class DistanceField {
  readonly nx: number;
  readonly ny: number;
  readonly nz: number;
  readonly periodic: boolean;
  /** min(d², 255) per site, d the distance in voxels to the nearest occupied site: 0 on one, and only there. */
  readonly squared: Uint8Array;
  private readonly line: Float64Array;
  private readonly out: Float64Array;
  private readonly vertex: Int32Array;
  private readonly boundary: Float64Array;

  constructor(nx: number, ny: number, nz: number, periodic: boolean) {
    this.nx = nx;
    this.ny = ny;
    this.nz = nz;
    this.periodic = periodic;
    this.squared = new Uint8Array(nx * ny * nz);
    const longest = Math.max(nx, ny, nz) + 2 * WRAP_MARGIN;
    this.line = new Float64Array(longest);
    this.out = new Float64Array(longest);
    this.vertex = new Int32Array(longest);
    this.boundary = new Float64Array(longest + 1);
  }

  get bytes(): number {
    return this.squared.byteLength + 8 * (this.line.length * 3 + 1) + 4 * this.vertex.length;
  }

  /** The field of a bare electrode (occupied layer z = 0): d² = z², capped. */
  fillBare(): void {
    const nxy = this.nx * this.ny;
    for (let z = 0; z < this.nz; z++) this.squared.fill(Math.min(z * z, DISTANCE_CAP), z * nxy, (z + 1) * nxy);
  }

  /** Lowers every value above `cap` to it: still a lower bound, now one `lowerAround` can keep. */
  clampTo(cap: number): void {
    const sq = this.squared;
    for (let i = 0; i < sq.length; i++) if (sq[i] > cap) sq[i] = cap;
  }

  /**
   * A site (x, y, z) was just occupied: lowers the sites within √cap of it. Keeps a field
   * clamped to `cap` exact up to the cap (offsets from `reachOffsets(cap)`).
   */
  lowerAround(x: number, y: number, z: number, reach: ReachOffsets): void {
    const { nx, ny, nz } = this;
    const sq = this.squared;
    const { dx, dy, dz, d2 } = reach;
    for (let k = 0; k < d2.length; k++) {
      const tz = z + dz[k];
      if (tz < 0 || tz >= nz) continue;
      let tx = x + dx[k];
      let ty = y + dy[k];
      if (tx < 0 || tx >= nx || ty < 0 || ty >= ny) {
        if (!this.periodic) continue;
        tx = (tx + nx) % nx;
        ty = (ty + ny) % ny;
      }
      const i = tx + nx * (ty + ny * tz);
      if (d2[k] < sq[i]) sq[i] = d2[k];
    }
  }

  /**
   * Site i was emptied: its value becomes at least 1 (an empty site is never at distance 0), so
   * zero always means occupied and walkers can check a step's target here instead of in the
   * lattice. Everything else stays a lower bound.
   */
  vacated(i: number): void {
    if (this.squared[i] === 0) this.squared[i] = 1;
  }

  /**
   * Recomputes the field from an occupancy array (non-zero = occupied) for the layers
   * z < `layers`. Walkers above the metal are sent back to a launch plane just over it, so
   * the layers higher up are never read; on a thin deposit that is most of the lattice.
   */
  compute(occ: Uint8Array, layers = this.nz): void {
    const { nx, ny } = this;
    const nz = Math.min(layers, this.nz);
    const nxy = nx * ny;
    for (let z = 0; z < nz; z++) {
      for (let y = 0; y < ny; y++) this.rowAlongX(occ, z * nxy + y * nx);
    }
    for (let z = 0; z < nz; z++) {
      for (let x = 0; x < nx; x++) this.envelopeAlong(z * nxy + x, nx, ny, this.periodic);
    }
    for (let y = 0; y < ny; y++) {
      for (let x = 0; x < nx; x++) this.envelopeAlong(y * nx + x, nxy, nz, false);
    }
  }

  /** 1D distance to the nearest occupied site in one row, squared and capped. */
  private rowAlongX(occ: Uint8Array, start: number): void {
    const n = this.nx;
    const sq = this.squared;
    const far = 2 * n + WRAP_MARGIN;
    // Two sweeps each way; periodic rows start from the last occupied site seen on the first lap.
    let last = -far;
    if (this.periodic) {
      for (let x = 0; x < n; x++) if (occ[start + x] !== 0) last = x - n;
    }
    for (let x = 0; x < n; x++) {
      if (occ[start + x] !== 0) last = x;
      const d = x - last;
      sq[start + x] = d >= 16 ? DISTANCE_CAP : d * d;
    }
    let next = far + n;
    if (this.periodic) {
      for (let x = n - 1; x >= 0; x--) if (occ[start + x] !== 0) next = x + n;
    }
    for (let x = n - 1; x >= 0; x--) {
      if (occ[start + x] !== 0) next = x;
      const d = next - x;
      if (d < 16 && d * d < sq[start + x]) sq[start + x] = d * d;
    }
  }

  /**
   * In place along one line of `count` sites `stride` apart: f(i) = min_j g(j) + (i − j)²,
   * the lower envelope of parabolas rooted at each g(j).
   */
  private envelopeAlong(start: number, stride: number, count: number, periodic: boolean): void {
    const sq = this.squared;
    const g = this.line;
    const margin = periodic ? Math.min(WRAP_MARGIN, count) : 0;
    const m = count + 2 * margin;
    let any = false;
    for (let k = 0; k < m; k++) {
      const i = (k - margin + count) % count;
      const value = sq[start + i * stride];
      g[k] = value;
      if (value < DISTANCE_CAP) any = true;
    }
    if (!any) return; // the whole line is at the cap already
    const v = this.vertex;
    const zb = this.boundary;
    let k = 0;
    v[0] = 0;
    zb[0] = -Infinity;
    zb[1] = Infinity;
    for (let q = 1; q < m; q++) {
      let s = (g[q] + q * q - (g[v[k]] + v[k] * v[k])) / (2 * q - 2 * v[k]);
      while (s <= zb[k]) {
        k--;
        s = (g[q] + q * q - (g[v[k]] + v[k] * v[k])) / (2 * q - 2 * v[k]);
      }
      k++;
      v[k] = q;
      zb[k] = s;
      zb[k + 1] = Infinity;
    }
    const out = this.out;
    k = 0;
    for (let q = 0; q < m; q++) {
      while (zb[k + 1] < q) k++;
      const d = q - v[k];
      out[q] = d * d + g[v[k]];
    }
    for (let i = 0; i < count; i++) {
      const value = out[i + margin];
      sq[start + i * stride] = value > DISTANCE_CAP ? DISTANCE_CAP : value;
    }
  }
}
