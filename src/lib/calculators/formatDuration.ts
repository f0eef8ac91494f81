/**
 * A time in seconds as a student reads it: "3.5 s", "38 min", "15.9 h", "12 days" (3 significant
 * figures), through formatNumber so it throws on NaN or Infinity like every other number.
 */
import { formatNumber } from '../format/formatNumber';

export function formatDuration(seconds: number): string {
  const s = (x: number) => formatNumber(x, { significant: 3 });
  if (!Number.isFinite(seconds)) return formatNumber(seconds);
  if (seconds < 120) return `${s(seconds)} s`;
  if (seconds < 2 * 3600) return `${s(seconds / 60)} min`;
  if (seconds < 48 * 3600) return `${s(seconds / 3600)} h`;
  if (seconds < 2 * 365.25 * 86400) return `${s(seconds / 86400)} days`;
  return `${s(seconds / (365.25 * 86400))} years`;
}
