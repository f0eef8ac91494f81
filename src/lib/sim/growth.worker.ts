/**
 * Runs the growth model off the main thread. Work is done in chunks of about CHUNK_MS; after
 * each, the worker posts progress (stats, changed voxels, column heights) and yields, so a
 * 'pause' or a new 'init' is handled within one chunk and the page never blocks.
 */
/// <reference lib="webworker" />
import { cycleRecord, type CycleRecord } from './cycleLog.ts';
import { SimulationInputError } from './errors.ts';
import { createGrowth, type Growth } from './index.ts';
import { layersPerMahPerCm2 } from './physicalScale.ts';
import type { GrowthStats } from './growthStats.ts';
import type { FromWorker, GrowthJob, ToWorker } from './workerProtocol.ts';

const CHUNK_MS = 40;

let growth: Growth | null = null;
interface Job {
  spec: GrowthJob;
  phase: 'plating' | 'stripping';
  /** Voxels left in this phase. */
  remaining: number;
  /** Voxels plated in this cycle: what stripping then tries to take back. */
  plated: number;
  /** Cycles of this job already completed. */
  done: number;
  before: GrowthStats;
}

let job: Job | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let batch = 64;
let finished: CycleRecord[] = [];
let cyclesRun = 0;

const post = (message: FromWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

function voxelsFor(capacity_mAh_per_cm2: number): number {
  const g = growth!;
  return Math.max(1, Math.round(capacity_mAh_per_cm2 * layersPerMahPerCm2(g.options.metal) * g.nx * g.ny));
}

function report(): void {
  const g = growth!;
  const changes = g.takeChanges();
  const tops = g.columnTops();
  const topStates = g.columnTopStates();
  const profile = g.concentrationProfile();
  post(
    { type: 'progress', stats: g.stats(), changes, tops, topStates, profile, cycles: finished, phase: job?.phase ?? 'idle', running: job !== null },
    [changes.indices.buffer, changes.states.buffer, tops.buffer, topStates.buffer, profile.buffer],
  );
  finished = [];
}

function step(): void {
  timer = null;
  const g = growth;
  if (!g || !job) return;
  const start = performance.now();
  while (job && performance.now() - start < CHUNK_MS) {
    const t0 = performance.now();
    const n = Math.min(batch, job.remaining);
    const done = job.phase === 'plating' ? g.plate(n) : g.strip(n);
    // Aim each call at ~5 ms so the chunk ends close to CHUNK_MS.
    const dt = performance.now() - t0;
    batch = Math.max(1, Math.min(20_000, Math.round(dt > 0 ? (batch * 5) / dt : batch * 2)));
    job.remaining -= done;
    if (job.phase === 'plating') job.plated += done;
    const stalled = done < n;
    if (job.remaining > 0 && !stalled) continue;
    if (job.phase === 'plating' && job.spec.kind === 'cycles' && !g.stats().shorted && job.plated > 0) {
      job.phase = 'stripping';
      job.remaining = job.plated;
      continue;
    }
    if (job.spec.kind === 'cycles' && job.plated > 0) {
      cyclesRun++;
      finished.push(cycleRecord(cyclesRun, job.before, g.stats()));
    }
    const more: boolean = job.spec.kind === 'cycles' && job.done + 1 < job.spec.cycles && !g.stats().shorted;
    job = more ? startJob(job.spec, job.done + 1) : null;
  }
  report();
  if (job) timer = setTimeout(step, 0);
}

function startJob(spec: GrowthJob, done = 0): Job {
  return { spec, phase: 'plating', remaining: voxelsFor(spec.capacity_mAh_per_cm2), plated: 0, done, before: growth!.stats() };
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.type === 'init') {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      job = null;
      finished = [];
      cyclesRun = 0;
      growth = createGrowth(message.options);
      const sei = growth.seiConductance();
      const profile = growth.concentrationProfile();
      post({ type: 'ready', shape: { width: growth.nx, height: growth.options.height }, stats: growth.stats(), sei, profile }, [sei.buffer, profile.buffer]);
      const prefill = message.prefill_mAh_per_cm2;
      if (typeof prefill === 'number' && Number.isFinite(prefill) && prefill > 0) {
        // Deterministic like any job (same seed and options, same deposit), and in chunks, so a
        // pause or a new init still gets through.
        job = startJob({ kind: 'plate', capacity_mAh_per_cm2: Math.min(prefill, 1) });
        timer = setTimeout(step, 0);
      }
    } else if (message.type === 'run') {
      if (!growth) return;
      job = startJob(message.job);
      if (timer === null) timer = setTimeout(step, 0);
    } else if (message.type === 'pause') {
      job = null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (growth) report();
    }
  } catch (error) {
    if (error instanceof SimulationInputError) post({ type: 'error', message: error.message, parameter: error.parameter });
    else post({ type: 'error', message: 'The simulation stopped unexpectedly.', parameter: null });
  }
};
