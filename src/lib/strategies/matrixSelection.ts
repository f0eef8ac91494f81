/**
 * Which rows and columns of the strategy × threat matrix to show for a choice of filters, and the
 * sentence a screen reader hears when the choice changes (a describer, as in PhET's sims).
 */
import { families, strategies as allStrategies, threats, shieldFor, type FamilyId, type Strategy, type ThreatId } from './metalAirStrategies';

export interface MatrixFilter {
  family: FamilyId | 'all';
  threat: ThreatId | 'all';
}

export interface MatrixView {
  rows: Strategy[];
  columns: (typeof threats)[number][];
  /** Filled cells among the rows and columns shown. */
  filledCells: number;
}

/** The strategies an embedding page offers at all: by id, by family, or every one. */
export function offeredStrategies(options: { ids?: readonly string[]; families?: readonly FamilyId[] } = {}): Strategy[] {
  return allStrategies.filter(
    (s) => (!options.ids || options.ids.includes(s.id)) && (!options.families || options.families.includes(s.family)),
  );
}

/** Families that have at least one offered strategy, in the review's order. */
export function offeredFamilies(offered: readonly Strategy[]) {
  return families.filter((f) => offered.some((s) => s.family === f.id));
}

export function matrixView(offered: readonly Strategy[], filter: MatrixFilter): MatrixView {
  const columns = filter.threat === 'all' ? [...threats] : threats.filter((t) => t.id === filter.threat);
  const rows = offered.filter(
    (s) =>
      (filter.family === 'all' || s.family === filter.family) &&
      (filter.threat === 'all' || shieldFor(s, filter.threat) !== undefined),
  );
  const filledCells = rows.reduce((n, s) => n + columns.filter((c) => shieldFor(s, c.id)).length, 0);
  return { rows, columns, filledCells };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One sentence for the aria-live region: how much of the matrix the filters leave. */
export function describeView(view: MatrixView, offeredCount: number, filter: MatrixFilter): string {
  const what = plural(view.rows.length, 'strategy', 'strategies');
  const against = filter.threat === 'all' ? '' : ` that ${view.rows.length === 1 ? 'shields' : 'shield'} against ${threats.find((t) => t.id === filter.threat)!.long.toLowerCase()}`;
  const family = filter.family === 'all' ? '' : ` in the family “${families.find((f) => f.id === filter.family)!.label}”`;
  if (view.rows.length === 0) return `No strategy${family}${against} in this matrix.`;
  return `Showing ${what} of ${offeredCount}${family}${against}: ${plural(view.filledCells, 'filled cell', 'filled cells')} across ${plural(view.columns.length, 'threat', 'threats')}.`;
}
