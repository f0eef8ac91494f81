/**
 * Reading a run's log: the latest state, the first state where something happened, and the
 * checks of setup that tell a student what to do before a checkpoint can be judged.
 */
import type { GrowthOptions, GrowthStats } from '../sim/index';
import type { StatsSample } from './types';

export const latest = (log: readonly StatsSample[]): StatsSample | undefined => log.at(-1);

export const firstWhere = (log: readonly StatsSample[], test: (s: GrowthStats) => boolean): StatsSample | undefined =>
  log.find((s) => test(s.stats));

/** Null when the latest state satisfies `test`, else `message`. */
export function needs(log: readonly StatsSample[], test: (s: StatsSample) => boolean, message: string): string | null {
  const s = latest(log);
  return s && test(s) ? null : message;
}

export const metalIs = (m: GrowthOptions['metal']) => (s: StatsSample) => (s.options.metal ?? 'Li') === m;
