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
 * Visited sites are marked with generation stamps, so nothing is cleared between searches.
 */
import { DEAD, LIVE, type Lattice } from './lattice.ts';

const MAX_STAMP = 0xffff;

export class ConnectivityChecker {
  private readonly lattice: Lattice;
  private readonly stamps: Uint16Array;
  private generation = 0;
  private heap = new Int32Array(1024);
  private heapSize = 0;
  /** Sites of the last search; after a failed one, the metal that just died. */
  visited = new Int32Array(1024);
  visitedCount = 0;

  constructor(lattice: Lattice) {
    this.lattice = lattice;
    this.stamps = new Uint16Array(lattice.n);
  }

  get bytes(): number {
    return this.stamps.byteLength + this.heap.byteLength + this.visited.byteLength;
  }

  /**
   * Checks the live neighbours of the just-emptied site `removed`; every piece found cut off is
   * turned dead and reported through `onDead(site)`. Returns how many voxels died.
   */
  isolateAround(removed: number, onDead: (site: number) => void): number {
    const { nx, ny, nz, occ } = this.lattice;
    const nxy = nx * ny;
    if (this.generation + 7 > MAX_STAMP) {
      this.stamps.fill(0);
      this.generation = 0;
    }
    const removalBase = this.generation + 1;
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
    let died = 0;
    for (const start of neighbours) {
      if (start < 0 || occ[start] !== LIVE) continue;
      // Already reached by an earlier (successful) search of this removal.
      if (this.stamps[start] >= removalBase) continue;
      if (!this.reachesElectrode(start, removalBase)) {
        for (let k = 0; k < this.visitedCount; k++) {
          const s = this.visited[k];
          this.lattice.setState(s, DEAD);
          onDead(s);
        }
        died += this.visitedCount;
      }
    }
    return died;
  }

  private reachesElectrode(start: number, removalBase: number): boolean {
    const { nx, ny, nz, occ } = this.lattice;
    const nxy = nx * ny;
    const stamps = this.stamps;
    const gen = ++this.generation;
    this.heapSize = 0;
    this.visitedCount = 0;
    stamps[start] = gen;
    this.push(start);
    while (this.heapSize > 0) {
      const i = this.pop();
      this.remember(i);
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
        if (j < 0 || occ[j] !== LIVE) continue;
        const st = stamps[j];
        if (st === gen) continue;
        // Live metal an earlier search of this removal reached is wired (failed searches kill theirs).
        if (st >= removalBase) return true;
        stamps[j] = gen;
        this.push(j);
      }
    }
    return false;
  }

  private remember(i: number): void {
    if (this.visitedCount === this.visited.length) {
      const grown = new Int32Array(this.visited.length * 2);
      grown.set(this.visited);
      this.visited = grown;
    }
    this.visited[this.visitedCount++] = i;
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
