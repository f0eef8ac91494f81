/**
 * After a voxel is stripped, is the metal around it still wired to the electrode?
 *
 * Each live neighbour of the removed voxel starts a best-first search toward z = 0 (a min-heap
 * on the site index, which orders by height first) that stops as soon as it reaches the layer
 * on the electrode or metal an earlier search of the same removal reached. A search that runs
 * out of sites has enumerated a piece cut off from the electrode: it becomes dead metal. The
 * check runs after *every* removal, because checking in batches lets the walkers dissolve
 * metal that was already isolated and inflates the Coulombic efficiency.
 *
 * Visited sites are marked with two spare bits of the occupancy byte itself (states use the low
 * two), and only the marked sites are cleared afterwards: no per-site stamp array, which on the
 * largest lattice would be the biggest allocation of all (2 bytes × 16.8 M sites).
 */
import { DEAD, LIVE, type Lattice } from './lattice.ts';

/** The site's state, without the search marks. */
const STATE = 0b11;
/** Reached by the search now running. */
const IN_SEARCH = 0b100;
/** Reached by an earlier search of the same removal, which found the electrode. */
const WIRED = 0b1000;

export class ConnectivityChecker {
  private readonly lattice: Lattice;
  private heap = new Int32Array(1024);
  private heapSize = 0;
  /** Every site marked during the current removal's searches, in the order they were reached. */
  private marked = new Int32Array(1024);
  private markedCount = 0;

  constructor(lattice: Lattice) {
    this.lattice = lattice;
  }

  get bytes(): number {
    return this.heap.byteLength + this.marked.byteLength;
  }

  /**
   * Checks the live neighbours of the just-emptied site `removed`; every piece found cut off is
   * turned dead and reported through `onDead(site)`. Returns how many voxels died.
   */
  isolateAround(removed: number, onDead: (site: number) => void): number {
    const { nx, ny, nz, occ } = this.lattice;
    const nxy = nx * ny;
    const z = (removed / nxy) | 0;
    const rem = removed - z * nxy;
    const y = (rem / nx) | 0;
    const x = rem - y * nx;
    const neighbours = [
      x > 0 ? removed - 1 : removed + nx - 1,
      x < nx - 1 ? removed + 1 : removed - nx + 1,
      y > 0 ? removed - nx : removed + nxy - nx,
      y < ny - 1 ? removed + nx : removed - nxy + nx,
      z > 0 ? removed - nxy : -1,
      z < nz - 1 ? removed + nxy : -1,
    ];
    this.markedCount = 0;
    let died = 0;
    for (const start of neighbours) {
      // Not live, or already reached by an earlier (successful) search of this removal.
      if (start < 0 || occ[start] !== LIVE) continue;
      const first = this.markedCount;
      if (this.reachesElectrode(start)) {
        for (let k = first; k < this.markedCount; k++) {
          const s = this.marked[k];
          occ[s] = (occ[s] & STATE) | WIRED;
        }
      } else {
        for (let k = first; k < this.markedCount; k++) {
          const s = this.marked[k];
          this.lattice.setState(s, DEAD);
          onDead(s);
        }
        died += this.markedCount - first;
      }
    }
    for (let k = 0; k < this.markedCount; k++) {
      const s = this.marked[k];
      occ[s] &= STATE;
    }
    return died;
  }

  /**
   * Best-first search from `start` toward the electrode. Every site it reaches is marked and
   * listed in `marked`; a failed search has listed exactly the piece that is cut off.
   */
  private reachesElectrode(start: number): boolean {
    const { nx, ny, nz, occ } = this.lattice;
    const nxy = nx * ny;
    this.heapSize = 0;
    this.mark(start);
    this.push(start);
    while (this.heapSize > 0) {
      const i = this.pop();
      const z = (i / nxy) | 0;
      // The layer z = 1 sits on the electrode (z = 0 is substrate everywhere).
      if (z <= 1) return true;
      const rem = i - z * nxy;
      const y = (rem / nx) | 0;
      const x = rem - y * nx;
      // Down first: the order only matters for ties, the heap does the steering.
      for (let k = 0; k < 6; k++) {
        let j: number;
        switch (k) {
          case 0: j = i - nxy; break;
          case 1: j = x > 0 ? i - 1 : i + nx - 1; break;
          case 2: j = x < nx - 1 ? i + 1 : i - nx + 1; break;
          case 3: j = y > 0 ? i - nx : i + nxy - nx; break;
          case 4: j = y < ny - 1 ? i + nx : i - nxy + nx; break;
          default: j = z < nz - 1 ? i + nxy : -1;
        }
        if (j < 0) continue;
        const o = occ[j];
        if ((o & STATE) !== LIVE || (o & IN_SEARCH) !== 0) continue;
        // Live metal an earlier search of this removal reached is wired (failed searches kill theirs).
        if ((o & WIRED) !== 0) return true;
        this.mark(j);
        this.push(j);
      }
    }
    return false;
  }

  private mark(i: number): void {
    if (this.markedCount === this.marked.length) {
      const grown = new Int32Array(this.marked.length * 2);
      grown.set(this.marked);
      this.marked = grown;
    }
    this.marked[this.markedCount++] = i;
    this.lattice.occ[i] |= IN_SEARCH;
  }

  private push(v: number): void {
    if (this.heapSize === this.heap.length) {
      const grown = new Int32Array(this.heap.length * 2);
      grown.set(this.heap);
      this.heap = grown;
    }
    const h = this.heap;
    let k = this.heapSize++;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (h[parent] <= v) break;
      h[k] = h[parent];
      k = parent;
    }
    h[k] = v;
  }

  private pop(): number {
    const h = this.heap;
    const top = h[0];
    const last = h[--this.heapSize];
    let k = 0;
    const n = this.heapSize;
    for (;;) {
      let child = 2 * k + 1;
      if (child >= n) break;
      if (child + 1 < n && h[child + 1] < h[child]) child++;
      if (h[child] >= last) break;
      h[k] = h[child];
      k = child;
    }
    if (n > 0) h[k] = last;
    return top;
  }
}
