/**
 * The voxel lattice and its hierarchy of occupancy counts.
 *
 * Sites are indexed i = x + nx·(y + ny·z), so a smaller index is (mostly) a lower z — the
 * connectivity search uses that to head for the electrode. For each level L = 1…maxLevel the
 * lattice keeps, per block of 2^L voxels on a side, how many occupied sites lie in that block
 * *or any of its 26 neighbours*. When that count is zero the nearest occupied site is at least
 * 2^L away, so a walker may jump that far in one step: far from the deposit it crosses whole
 * empty blocks at once. Free clusters use it everywhere; electrode walkers use it past the
 * reach of their exact distance field (`distanceField.ts`).
 */

export const EMPTY = 0;
export const LIVE = 1;
export const DEAD = 2;
export const SUBSTRATE = 3;
export type SiteState = typeof EMPTY | typeof LIVE | typeof DEAD | typeof SUBSTRATE;

const MAX_LEVEL = 6;

export class Lattice {
  readonly nx: number;
  readonly ny: number;
  readonly nz: number;
  readonly n: number;
  /** Periodic in x and y (electrode mode); otherwise nothing lies outside the box. */
  readonly periodic: boolean;
  readonly occ: Uint8Array;
  readonly maxLevel: number;
  /** Counts of all levels in one array; level L starts at offset[L]. */
  private readonly counts: Int32Array;
  private readonly offset: Int32Array;
  private readonly bnx: Int32Array;
  private readonly bny: Int32Array;
  private readonly bnz: Int32Array;

  constructor(nx: number, ny: number, nz: number, periodic: boolean) {
    this.nx = nx;
    this.ny = ny;
    this.nz = nz;
    this.n = nx * ny * nz;
    this.periodic = periodic;
    this.occ = new Uint8Array(this.n);
    // Periodic wrap needs whole blocks across x and y, or a walker near the seam could jump
    // into a partial block's neighbour closer than 2^L; so 2^maxLevel must divide the width.
    let level = 0;
    const smallest = Math.min(nx, ny, nz);
    while (
      level < MAX_LEVEL &&
      2 << level <= smallest / 2 &&
      (!periodic || (nx % (2 << level) === 0 && ny % (2 << level) === 0))
    ) {
      level++;
    }
    this.maxLevel = level;
    this.offset = new Int32Array(level + 2);
    this.bnx = new Int32Array(level + 1);
    this.bny = new Int32Array(level + 1);
    this.bnz = new Int32Array(level + 1);
    let total = 0;
    for (let l = 1; l <= level; l++) {
      const s = 1 << l;
      this.bnx[l] = Math.ceil(nx / s);
      this.bny[l] = Math.ceil(ny / s);
      this.bnz[l] = Math.ceil(nz / s);
      this.offset[l] = total;
      total += this.bnx[l] * this.bny[l] * this.bnz[l];
    }
    this.counts = new Int32Array(total);
  }

  index(x: number, y: number, z: number): number {
    return x + this.nx * (y + this.ny * z);
  }

  /** Marks an empty site occupied (live, dead or substrate) and updates the hierarchy. */
  occupy(i: number, state: SiteState): void {
    this.occ[i] = state;
    this.adjust(i, 1);
  }

  /** Empties an occupied site and updates the hierarchy. */
  vacate(i: number): void {
    this.occ[i] = EMPTY;
    this.adjust(i, -1);
  }

  /** Live ↔ dead: the site stays an obstacle, so the hierarchy does not change. */
  setState(i: number, state: SiteState): void {
    this.occ[i] = state;
  }

  /**
   * The largest level L whose block around (x, y, z) and its neighbours are all empty: every
   * occupied site is then ≥ 2^L away. 0 when something may be adjacent.
   */
  freeLevel(x: number, y: number, z: number): number {
    const counts = this.counts;
    let level = 0;
    while (level < this.maxLevel) {
      const l = level + 1;
      const b = this.offset[l] + (x >> l) + this.bnx[l] * ((y >> l) + this.bny[l] * (z >> l));
      if (counts[b] !== 0) break;
      level = l;
    }
    return level;
  }

  /**
   * Whether the level-L block around (x, y, z) and its neighbours are all empty (L ≥ 1). Free at
   * L implies free at every lower level, since those blocks and neighbours lie inside.
   */
  isFreeAt(level: number, x: number, y: number, z: number): boolean {
    return this.counts[this.offset[level] + (x >> level) + this.bnx[level] * ((y >> level) + this.bny[level] * (z >> level))] === 0;
  }

  /**
   * The same as `freeLevel`, searched from a guess (a walker's level changes little between
   * moves): far from the deposit this reads two or three counts instead of climbing from level 1
   * through the largest arrays.
   */
  freeLevelNear(x: number, y: number, z: number, guess: number): number {
    const counts = this.counts;
    const offset = this.offset;
    const bnx = this.bnx;
    const bny = this.bny;
    let level = guess > this.maxLevel ? this.maxLevel : guess;
    if (level > 0 && counts[offset[level] + (x >> level) + bnx[level] * ((y >> level) + bny[level] * (z >> level))] !== 0) {
      // Not free at the guess: come down until free (level 0 always is).
      do level--;
      while (level > 0 && counts[offset[level] + (x >> level) + bnx[level] * ((y >> level) + bny[level] * (z >> level))] !== 0);
      return level;
    }
    while (level < this.maxLevel) {
      const l = level + 1;
      if (counts[offset[l] + (x >> l) + bnx[l] * ((y >> l) + bny[l] * (z >> l))] !== 0) break;
      level = l;
    }
    return level;
  }

  /** Bytes held by the typed arrays. */
  get bytes(): number {
    return this.occ.byteLength + this.counts.byteLength;
  }

  private adjust(i: number, delta: number): void {
    const nx = this.nx;
    const nxy = nx * this.ny;
    const z = (i / nxy) | 0;
    const rem = i - z * nxy;
    const y = (rem / nx) | 0;
    const x = rem - y * nx;
    for (let l = 1; l <= this.maxLevel; l++) {
      const bnx = this.bnx[l];
      const bny = this.bny[l];
      const bnz = this.bnz[l];
      const base = this.offset[l];
      const bx = x >> l;
      const by = y >> l;
      const bz = z >> l;
      for (let dz = -1; dz <= 1; dz++) {
        const cz = bz + dz;
        if (cz < 0 || cz >= bnz) continue;
        for (let dy = -1; dy <= 1; dy++) {
          let cy = by + dy;
          if (cy < 0 || cy >= bny) {
            if (!this.periodic) continue;
            cy = (cy + bny) % bny;
          }
          for (let dx = -1; dx <= 1; dx++) {
            let cx = bx + dx;
            if (cx < 0 || cx >= bnx) {
              if (!this.periodic) continue;
              cx = (cx + bnx) % bnx;
            }
            this.counts[base + cx + bnx * (cy + bny * cz)] += delta;
          }
        }
      }
    }
  }
}
