/**
 * The top of the metal (live or dead) in every column of the electrode, with running sums so
 * mean height, roughness and the tallest protrusion cost O(1) per change instead of a sweep.
 */
export class ColumnTops {
  /** Height of the highest metal voxel per column x + width·y; 0 = bare electrode. */
  readonly tops: Uint16Array;
  private readonly columnsAt: Int32Array;
  private sum = 0;
  private sumSquares = 0;
  private highest = 0;

  constructor(columns: number, height: number) {
    this.tops = new Uint16Array(columns);
    this.columnsAt = new Int32Array(height + 1);
    this.columnsAt[0] = columns;
  }

  set(column: number, top: number): void {
    const old = this.tops[column];
    if (old === top) return;
    this.tops[column] = top;
    this.columnsAt[old]--;
    this.columnsAt[top]++;
    this.sum += top - old;
    this.sumSquares += top * top - old * old;
    if (top > this.highest) this.highest = top;
    while (this.highest > 0 && this.columnsAt[this.highest] === 0) this.highest--;
  }

  get mean(): number {
    return this.sum / this.tops.length;
  }

  /** Root-mean-square deviation of the column tops from their mean, voxels. */
  get roughness(): number {
    const m = this.mean;
    return Math.sqrt(Math.max(0, this.sumSquares / this.tops.length - m * m));
  }

  get max(): number {
    return this.highest;
  }
}
