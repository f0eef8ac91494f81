import { FARADAY } from './constants';
import { requireNumber } from './errors';
import { sandsTime } from './sandsTime';

/*
 * The salt concentration near a plating electrode under constant current, before Sand's time:
 * the classical semi-infinite solution of Fick's second law with a constant flux N = J t_a / (zF)
 * leaving the liquid at x = 0 (Bard & Faulkner, Electrochemical Methods, 2nd ed., §8.2; the same
 * problem Sand solved). The course's simulation uses its surface value, c(0, t)/c0 = 1 − √(t/τs).
 *   c(x, t) = c0 − 2N √(t/(πD)) exp(−x²/4Dt) + (N x / D) erfc(x / 2√(Dt))
 * SI units: m, s, mol/m³.
 */

/**
 * Complementary error function, Abramowitz & Stegun 7.1.26 (|error| < 1.5×10⁻⁷), extended to
 * negative arguments by erfc(−x) = 2 − erfc(x).
 */
export function erfc(x: number): number {
  const v = requireNumber(x, { parameter: 'x', label: 'Argument of erfc' });
  const z = Math.abs(v);
  const t = 1 / (1 + 0.3275911 * z);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const r = poly * Math.exp(-z * z);
  return v >= 0 ? r : 2 - r;
}

/**
 * Salt concentration c(x, t), mol/m³, a distance x from the plating electrode a time t after a
 * constant current was switched on. Valid for t up to Sand's time (at t = τs the surface value is
 * zero); later times throw, because the model stops applying once the surface is depleted.
 */
export function depletionConcentration(o: {
  diffusivity: number;
  concentration: number;
  currentDensity: number;
  cationTransference: number;
  chargeNumber?: number;
  distance: number;
  time: number;
}): number {
  const tau = sandsTime(o);
  const x = requireNumber(o.distance, { parameter: 'distance', label: 'Distance from the electrode', unit: 'm', min: 0, max: 1 });
  const t = requireNumber(o.time, { parameter: 'time', label: 'Time', unit: 's', min: 0, max: tau * (1 + 1e-9) });
  if (t === 0) return o.concentration;
  const d = o.diffusivity;
  const n = (o.currentDensity * (1 - o.cationTransference)) / ((o.chargeNumber ?? 1) * FARADAY);
  const c = o.concentration - 2 * n * Math.sqrt(t / (Math.PI * d)) * Math.exp((-x * x) / (4 * d * t)) + ((n * x) / d) * erfc(x / (2 * Math.sqrt(d * t)));
  return Math.max(0, c);
}

/** Diffusion length √(Dt), m: the distance over which the depletion reaches by time t. */
export function diffusionLength(o: { diffusivity: number; time: number }): number {
  const d = requireNumber(o.diffusivity, { parameter: 'diffusivity', label: 'Salt diffusivity', unit: 'm²/s', min: 0, minExclusive: true, max: 1e-6 });
  const t = requireNumber(o.time, { parameter: 'time', label: 'Time', unit: 's', min: 0 });
  return Math.sqrt(d * t);
}
