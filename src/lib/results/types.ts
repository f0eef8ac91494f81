/**
 * Results on a common basis: where a review lists outcomes from many studies, each study becomes a
 * row with the same columns, so a student compares like with like. Every number is a fact from
 * src/lib/facts (checked against the review's text); a cell the review does not report is a
 * `Missing` with a note saying so, never a guess.
 */
import type { ReviewFact } from '../facts/types';
import type { ReviewId } from '../content/schemas';

export interface Missing {
  missing: string;
}

export type Cell = ReviewFact | Missing;
export type TextCell = string | Missing;

export interface ResultRow {
  /** What was tried, in a few words ("LiNO₃ + Li₂S₅ additive", "Cu-foam host"). */
  strategy: string;
  review: ReviewId;
  /** The review's reference number for the study. */
  ref?: number;
  currentDensity: Cell;
  arealCapacity: Cell;
  /** Cycles or hours, as the review gives them. */
  duration: Cell;
  /** Coulombic efficiency or capacity retention, as the review gives it. */
  efficiency: Cell;
  /** "Li‖Li symmetric", "Li‖Cu", "Li–S full cell", … */
  cellType: TextCell;
  electrolyte: TextCell;
  /** Anything a reader needs to compare this row fairly. */
  note?: string;
}

export interface ResultsTable {
  id: string;
  caption: string;
  rows: ResultRow[];
}

export const isMissing = (c: Cell | TextCell): c is Missing => typeof c === 'object' && c !== null && 'missing' in c;

export function defineResults(table: ResultsTable): ResultsTable {
  if (table.rows.length === 0) throw new Error(`results table ${table.id} has no rows`);
  return table;
}
