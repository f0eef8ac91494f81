/**
 * Runs the growth model off the main thread. Work is done in chunks of about CHUNK_MS; after
 * each, the worker posts progress (stats, changed voxels, column heights) and yields, so a
 * 'pause' or a new 'init' is handled within one chunk and the page never blocks.
 */
/// <reference lib="webworker" />
import { ActionRecorder, decodeActions, replayActions, type Action } from './actionLog.ts';
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
/** Every plate/strip call made on the model since init: what a deposit link carries. */
let recorder = new ActionRecorder();
/** A deposit link being replayed, chunk by chunk. */
let replaying: { actions: Action[]; cursor: { entry: number; done: number } } | null = null;

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
  const seiFormed = g.seiFormation();
  post(
    {
      type: 'progress', stats: g.stats(), changes, tops, topStates, profile, seiFormed, cycles: finished,
      phase: replaying ? 'replaying' : job?.phase ?? 'idle', running: job !== null || replaying !== null, log: recorder.encode(),
    },
    [changes.indices.buffer, changes.states.buffer, tops.buffer, topStates.buffer, profile.buffer, seiFormed.buffer],
  );
  finished = [];
}

function step(): void {
  timer = null;
  const g = growth;
  if (g && replaying) return replayStep(g);
  if (!g || !job) return;
  const start = performance.now();
  while (job && performance.now() - start < CHUNK_MS) {
    const t0 = performance.now();
    const n = Math.min(batch, job.remaining);
    const done = job.phase === 'plating' ? g.plate(n) : g.strip(n);
    recorder.record(job.phase === 'plating' ? 'plate' : 'strip', n, done);
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

/** One chunk of a replay; the log's own calls, cut to about CHUNK_MS of work. */
function replayStep(g: Growth): void {
  const r = replaying!;
  const start = performance.now();
  let finishedReplay = false;
  try {
    while (!finishedReplay && performance.now() - start < CHUNK_MS) finishedReplay = replayActions(g, r.actions, r.cursor, 2000, recorder);
  } catch (error) {
    // The model did something else than the link says: keep what was built, say why.
    replaying = null;
    report();
    post({ type: 'error', message: error instanceof SimulationInputError ? error.message : 'The deposit in this link could not be replayed.', parameter: 'log' });
    return;
  }
  if (finishedReplay) replaying = null;
  report();
  if (replaying) timer = setTimeout(step, 0);
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
      replaying = null;
      recorder = new ActionRecorder();
      growth = createGrowth(message.options);
      const sei = growth.seiConductance();
      const profile = growth.concentrationProfile();
      post({ type: 'ready', shape: { width: growth.nx, height: growth.options.height }, stats: growth.stats(), sei, profile }, [sei.buffer, profile.buffer]);
      const prefill = message.prefill_mAh_per_cm2;
      if (typeof message.replay === 'string') {
        // A deposit link: a damaged log throws (reported below); the model stays, bare.
        replaying = { actions: decodeActions(message.replay), cursor: { entry: 0, done: 0 } };
        timer = setTimeout(step, 0);
      } else if (typeof prefill === 'number' && Number.isFinite(prefill) && prefill > 0) {
        // Deterministic like any job (same seed and options, same deposit), and in chunks, so a
        // pause or a new init still gets through.
        job = startJob({ kind: 'plate', capacity_mAh_per_cm2: Math.min(prefill, 1) });
        timer = setTimeout(step, 0);
      }
    } else if (message.type === 'run') {
      if (!growth || replaying) return;
      job = startJob(message.job);
      if (timer === null) timer = setTimeout(step, 0);
    } else if (message.type === 'pause') {
      job = null;
      // A replay is not paused halfway: a half-replayed deposit is not the link's.
      if (timer !== null && !replaying) {
        clearTimeout(timer);
        timer = null;
      }
      if (growth) report();
    }
  } catch (error) {
    if (error instanceof SimulationInputError) post({ type: 'error', message: error.message, parameter: error.parameter });
    else post({ type: 'error', message: 'The simulation stopped unexpectedly.', parameter: null });
  }
};
