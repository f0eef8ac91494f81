/**
 * Values spanning many orders of magnitude (concentrations, diffusivities, current densities):
 * formatNumber with significant figures in the readable middle, "1.7×10⁻⁸" outside it.
 * Throws on NaN/Infinity like formatNumber.
 */
import { formatNumber } from '../format/formatNumber';

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

export function formatAuto(value: number, significant = 3): string {
  if (!Number.isFinite(value)) return formatNumber(value);
  const abs = Math.abs(value);
  if (value === 0 || (abs >= 1e-3 && abs < 1e6)) return formatNumber(value, { significant });
  const [mantissa = '', exponent = ''] = value.toExponential(significant - 1).split('e');
  const power = exponent.replace('+', '').replace(/[-0-9]/g, (c) => SUPERSCRIPT[c] ?? c);
  return `${formatNumber(Number(mantissa), { significant })}×10${power}`;
}

/** A fraction as a percentage, "73.5 %". */
export function formatPercent(fraction: number, digits = 1): string {
  return `${formatNumber(fraction * 100, { digits })} %`;
}
