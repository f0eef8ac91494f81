// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import CycleLifeCalculator from '../../../components/calculators/CycleLifeCalculator.svelte';

beforeEach(() => window.history.replaceState(null, '', '/calculators/'));
afterEach(() => cleanup());

const output = () => document.querySelector('output')!;
const field = (name: RegExp) => screen.getByRole('textbox', { name });

describe('CycleLifeCalculator', () => {
  it('shows the review’s 0.735 at 99.8 %, 500 cycles, 100 % excess, beside the inventory model', () => {
    render(CycleLifeCalculator);
    expect(output().textContent).toMatch(/Review model, retention after 500 cycles\s*73\.5 %/);
    expect(output().textContent).toMatch(/Inventory model, retention after 500 cycles\s*100\.0 %/);
  });

  it('keeps the last result greyed with a message for a bad entry', async () => {
    render(CycleLifeCalculator);
    await fireEvent.input(field(/Coulombic efficiency/), { target: { value: 'abc' } });
    expect(screen.getByText(/Coulombic efficiency must be a number from 95 to 100 %/)).toBeTruthy();
    expect(output().textContent).toMatch(/Out of date/);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });
});
