// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import SandsTimeCalculator from '../../../components/calculators/SandsTimeCalculator.svelte';

beforeEach(() => window.history.replaceState(null, '', '/calculators/'));
afterEach(() => cleanup());

describe('SandsTimeCalculator data table', () => {
  // A reviewer read "10 → 550 s" in the table for a row that was really 10.2 mA/cm² (571 s at 10):
  // the table's current column must carry enough digits to name the row it stands for.
  it('prints each row’s current to three significant figures, with no two rows alike', () => {
    render(SandsTimeCalculator);
    const xs = [...document.querySelectorAll('table tbody tr')].map((tr) => tr.querySelector('th, td')!.textContent!.trim());
    expect(xs.length).toBeGreaterThan(5);
    expect(new Set(xs).size).toBe(xs.length);
    const mid = xs.filter((x) => /^\d+(\.\d+)?$/.test(x) && Number(x) >= 10 && Number(x) < 100);
    expect(mid.length).toBeGreaterThan(0);
    for (const x of mid) expect(x.replace('.', '').replace(/^0+/, '').length).toBeGreaterThanOrEqual(3);
  });
});

describe('SandsTimeCalculator data table, both halves of the curve', () => {
  // The table used to list only the first series' currents, so the J < J* half read "—" throughout.
  it('lists currents below J* with their steady-state values as well as those above', () => {
    render(SandsTimeCalculator);
    const rows = [...document.querySelectorAll('table tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim()));
    expect(rows.some((r) => r[1] !== '—')).toBe(true);
    expect(rows.some((r) => r[2] !== '—')).toBe(true);
  });
});
