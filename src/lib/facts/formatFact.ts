import { formatNumber } from '../format/formatNumber';
import type { ReviewFact } from './types';

/** Decimal places as written in the declaration (0.106 → 3), so 99.5 never shows as 100. */
function decimalsOf(value: number): number {
  const s = String(value);
  if (s.includes('e')) return 0;
  return s.includes('.') ? s.split('.')[1].length : 0;
}

/** "≈ 390 Wh/kg", "< 500 km", "1,166 mAh/g". Units with a leading "%"/"°" hug the number. */
export function formatFact(f: ReviewFact): string {
  const prefix = f.bound ? `${f.bound} ` : f.approx ? '≈ ' : '';
  const number = Math.abs(f.value) >= 1e6 || (Math.abs(f.value) < 1e-3 && f.value !== 0)
    ? formatNumber(f.value, { significant: 3 })
    : formatNumber(f.value, { digits: decimalsOf(f.value) });
  const gap = f.unit === '' ? '' : f.unit.startsWith('%') ? '' : '\u00a0';
  return `${prefix}${number}${gap}${f.unit}`;
}
