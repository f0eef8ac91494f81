/**
 * Runs a lab's script through the model, as the worker would, sampling the state often enough for
 * the checkpoints' "first time that…" readings, and returns each checkpoint's value: the expected
 * results on the lecturer's note come from the model itself, not from a table typed by hand.
 */
import { createGrowth, layersPerMahPerCm2 } from '../sim/index';
import type { GrowthJob } from '../sim/workerProtocol';
import type { LabDefinition, StatsSample } from './types';

/** Samples per plating or stripping phase. */
const SAMPLES = 40;

export function replayRun(run: LabDefinition['script'][number]): StatsSample[] {
  const g = createGrowth(run.options);
  const log: StatsSample[] = [{ stats: g.stats(), options: run.options }];
  const sample = () => log.push({ stats: g.stats(), options: run.options });
  const phase = (voxels: number, act: (n: number) => number): number => {
    const chunk = Math.max(1, Math.ceil(voxels / SAMPLES));
    let done = 0;
    while (done < voxels) {
      const n = act(Math.min(chunk, voxels - done));
      done += n;
      sample();
      if (n === 0 || g.stats().shorted) break;
    }
    return done;
  };
  const voxelsFor = (job: GrowthJob) => Math.max(1, Math.round(job.capacity_mAh_per_cm2 * layersPerMahPerCm2(g.options.metal) * g.nx * g.ny));
  for (const job of run.jobs) {
    const cycles = job.kind === 'cycles' ? job.cycles : 1;
    for (let c = 0; c < cycles && !g.stats().shorted; c++) {
      const plated = phase(voxelsFor(job), (n) => g.plate(n));
      if (job.kind === 'cycles' && !g.stats().shorted) phase(plated, (n) => g.strip(n));
    }
  }
  return log;
}

/** Each checkpoint's value from the first script run where it can be judged (null: none can). */
export function expectedValues(lab: LabDefinition): Record<string, number | null> {
  const logs = lab.script.map(replayRun);
  return Object.fromEntries(
    lab.checkpoints.map((cp) => {
      const log = logs.find((l) => cp.ready(l) === null);
      return [cp.id, log ? cp.measure(log) : null];
    }),
  );
}
