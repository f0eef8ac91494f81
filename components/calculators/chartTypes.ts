/** Data shapes the calculators' charts take. Colours are CSS values from tokens.css. */
export interface ChartPoint {
  x: number;
  y: number;
}

export interface ChartSeries {
  id: string;
  label: string;
  /** e.g. 'var(--c-li)'. */
  color: string;
  dashed?: boolean;
  points: ChartPoint[];
}

/** A reference line: vertical at x = value, or horizontal at y = value. */
export interface ChartMarker {
  axis: 'x' | 'y';
  value: number;
  label: string;
  color?: string;
}
