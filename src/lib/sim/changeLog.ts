/**
 * Voxels that changed since the viewer last asked: site index and new state (EMPTY, LIVE, DEAD).
 * The viewer updates its instances from this stream and never walks the whole lattice per frame.
 * Memory is bounded: past `capacity` entries the log gives up and asks the reader to resync from
 * a full snapshot (`reset: true`).
 */
export interface VoxelChanges {
  /** True when changes were dropped: discard the view and rebuild it from `snapshot()`. */
  reset: boolean;
  indices: Int32Array;
  states: Uint8Array;
}

/** 2²⁰ entries: 5 MB, several mAh/cm² of plating on a 128 × 128 electrode between two reads. */
export const DEFAULT_CHANGE_CAPACITY = 1 << 20;

export class ChangeLog {
  private indices = new Int32Array(4096);
  private states = new Uint8Array(4096);
  private count = 0;
  private overflowed = false;
  private readonly capacity: number;

  constructor(capacity = DEFAULT_CHANGE_CAPACITY) {
    this.capacity = capacity;
  }

  record(index: number, state: number): void {
    if (this.overflowed) return;
    if (this.count === this.indices.length) {
      if (this.count >= this.capacity) {
        this.overflowed = true;
        this.count = 0;
        return;
      }
      const size = Math.min(this.capacity, this.indices.length * 2);
      const i = new Int32Array(size);
      i.set(this.indices);
      this.indices = i;
      const s = new Uint8Array(size);
      s.set(this.states);
      this.states = s;
    }
    this.indices[this.count] = index;
    this.states[this.count] = state;
    this.count++;
  }

  /** Returns the changes (copies, safe to transfer to another thread) and starts a new log. */
  take(): VoxelChanges {
    const out: VoxelChanges = {
      reset: this.overflowed,
      indices: this.indices.slice(0, this.count),
      states: this.states.slice(0, this.count),
    };
    this.count = 0;
    this.overflowed = false;
    return out;
  }

  get bytes(): number {
    return this.indices.byteLength + this.states.byteLength;
  }
}
