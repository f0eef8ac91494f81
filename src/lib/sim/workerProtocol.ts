/** Messages between the page and growth.worker.ts (types only, shared by both sides). */
import type { VoxelChanges } from './changeLog.ts';
import type { CycleRecord } from './cycleLog.ts';
import type { GrowthOptions } from './growthParameters.ts';
import type { GrowthStats } from './growthStats.ts';

export type GrowthJob =
  /** Plate then strip `capacity_mAh_per_cm2`, `cycles` times (Infinity: until paused or shorted). */
  | { kind: 'cycles'; capacity_mAh_per_cm2: number; cycles: number }
  /** Plate a little (one step of the Step button). */
  | { kind: 'plate'; capacity_mAh_per_cm2: number };

export type ToWorker =
  /**
   * Start a model. With `prefill_mAh_per_cm2` the worker then plates that much at once, streamed
   * like any job (first sight: the page opens on a small deposit, not an empty box).
   */
  | {
      type: 'init';
      options: GrowthOptions;
      prefill_mAh_per_cm2?: number;
      /** An action log from a deposit link (actionLog.ts): replayed instead of the prefill. */
      replay?: string;
    }
  | { type: 'run'; job: GrowthJob }
  | { type: 'pause' };

export interface LatticeShape {
  width: number;
  /** Gap in voxels; the lattice has height + 1 layers (z = 0 is the electrode). */
  height: number;
}

export type FromWorker =
  | {
      type: 'ready';
      shape: LatticeShape;
      stats: GrowthStats;
      sei: Float32Array;
      /** c/c₀ from the electrode to mid-gap (Growth.concentrationProfile). */
      profile: Float32Array;
    }
  | {
      type: 'progress';
      stats: GrowthStats;
      changes: VoxelChanges;
      /** Column heights and the state of each column's top voxel, for the 2D view. */
      tops: Uint16Array;
      topStates: Uint8Array;
      /** c/c₀ from the electrode to mid-gap. */
      profile: Float32Array;
      /** SEI formed per electrode column so far, faces (Growth.seiFormation), for the view. */
      seiFormed: Float32Array;
      /** Cycles completed since the last message. */
      cycles: CycleRecord[];
      phase: 'plating' | 'stripping' | 'replaying' | 'idle';
      running: boolean;
      /** Every plate/strip call since init, encoded (actionLog.ts): what a deposit link carries. */
      log: string;
    }
  | { type: 'error'; message: string; parameter: string | null };
