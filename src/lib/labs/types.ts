/**
 * Guided labs on the growth simulation, as PhET activities are used in class: a question, a short
 * procedure, the simulation in a preset, and checkpoints that read the model's own state, so a
 * student's reported measurement is compared with what their run produced, not taken on trust.
 */
import type { Tolerance } from '../quiz/bankSchema';
import type { GrowthOptions, GrowthStats } from '../sim/index';
import type { GrowthJob } from '../sim/workerProtocol';

/** What the simulation reports after each chunk of work (the 'growthstats' DOM event's detail). */
export interface StatsSample {
  stats: GrowthStats;
  options: GrowthOptions;
}

export interface Checkpoint {
  id: string;
  /** What to measure and report, in the student's words. */
  prompt: string;
  unit: string;
  tolerance: Tolerance;
  /** Why the check could not be made yet (wrong setup, nothing done), or null when it can. */
  ready(log: readonly StatsSample[]): string | null;
  /** The value the student's own run produced. */
  measure(log: readonly StatsSample[]): number;
}

export interface LabDefinition {
  id: string;
  title: string;
  question: string;
  /** Chapters that teach the idea (slugs); they link to the lab. */
  chapters: string[];
  /** Query string the simulation starts from (preset and knobs). */
  query: string;
  procedure: string[];
  checkpoints: Checkpoint[];
  /** For lecturers: the jobs a run of the procedure performs, replayed at build time for expected values. */
  script: { options: GrowthOptions; jobs: GrowthJob[] }[];
  aims: string[];
  discussion: string[];
}
