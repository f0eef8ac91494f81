/**
 * Judging a reported measurement against the student's own run: the run's log gives the value,
 * the quiz engine's grader reads the typed number (units, tolerance, unreadable input).
 */
import { checkNumericAnswer } from '../problems/checkAnswer';
import { formatNumber } from '../format/formatNumber';
import type { Checkpoint, StatsSample } from './types';

export type CheckpointResult =
  | { kind: 'not-ready'; message: string }
  | { kind: 'invalid'; message: string }
  | { kind: 'right' | 'wrong'; value: number; measured: number; expectedText: string; mistake?: string };

/** How a run's value prints: three significant figures, as the readouts show them. */
export const formatMeasured = (x: number) => formatNumber(x, { significant: 3 });

export function checkCheckpoint(cp: Checkpoint, typed: string, log: readonly StatsSample[]): CheckpointResult {
  const notReady = cp.ready(log);
  if (notReady) return { kind: 'not-ready', message: notReady };
  const value = cp.measure(log);
  const r = checkNumericAnswer(typed, { answer: value, answerText: formatMeasured(value), unit: cp.unit, tolerance: cp.tolerance });
  return r.kind === 'invalid' ? r : { ...r, measured: value, expectedText: formatMeasured(value) };
}

/** A new run starts when the deposit is reset: nothing plated, or less plated than before. */
export function appendSample(log: StatsSample[], sample: StatsSample): StatsSample[] {
  const last = log.at(-1);
  const fresh = !last || sample.stats.plated < last.stats.plated || (sample.stats.plated === 0 && last.stats.plated > 0);
  // Long runs report thousands of states; the checkpoints need the first state of each event
  // (onset, short) and the latest, so thinning keeps every state where one of them changed.
  const changed = (s: StatsSample, i: number) => i === 0 || s.stats.sandsOnset !== log[i - 1].stats.sandsOnset || s.stats.shorted !== log[i - 1].stats.shorted;
  const kept = fresh ? [] : log.length > 5000 ? log.filter((s, i) => i % 2 === 0 || changed(s, i)) : log;
  return [...kept, sample];
}
