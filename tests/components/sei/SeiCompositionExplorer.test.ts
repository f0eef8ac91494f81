// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import SeiCompositionExplorer from '../../../components/sei/SeiCompositionExplorer.svelte';

afterEach(() => cleanup());

const live = () => document.querySelector('.summary[aria-live="polite"]')!;
const legendValue = (cls: string) => document.querySelector(`.legend li[data-cls="${cls}"] .value`)!.textContent;

describe('SeiCompositionExplorer', () => {
  it('starts without FEC: 62 / 27 / 11 at %, with the remainder shown as unassigned', () => {
    render(SeiCompositionExplorer);
    expect(screen.getByRole('radio', { name: 'Without FEC' })).toHaveProperty('checked', true);
    expect(legendValue('organic')).toBe('62 at %');
    expect(legendValue('inorganic')).toBe('27 at %');
    expect(legendValue('unassigned')).toBe('11 at %');
    expect(live().textContent).toMatch(/remaining 11 at % is not assigned/);
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/organic 62 at %/);
  });

  it('switches to FEC and announces the change', async () => {
    render(SeiCompositionExplorer);
    await fireEvent.click(screen.getByRole('radio', { name: 'With FEC' }));
    expect(legendValue('organic')).toBe('39 at %');
    expect(legendValue('inorganic')).toBe('61 at %');
    expect(legendValue('unassigned')).toBe('0 at %');
    expect(live().textContent).toMatch(/With FEC: organic 39 at % \(down 23 points.*inorganic 61 at % \(up 34 points\)/);
    // A zero share draws no segment, so the bar never shows an empty sliver.
    expect(document.querySelectorAll('.bar .seg')).toHaveLength(2);
  });

  it('filters the components by class, each with a citation', async () => {
    render(SeiCompositionExplorer);
    const all = document.querySelectorAll('.components li').length;
    expect(all).toBeGreaterThan(5);
    await fireEvent.click(screen.getByRole('radio', { name: 'Organic' }));
    const organic = [...document.querySelectorAll('.components li')];
    expect(organic.length).toBeGreaterThan(0);
    expect(organic.length).toBeLessThan(all);
    for (const li of organic) {
      expect(li.getAttribute('data-cls')).toBe('organic');
      expect(li.querySelector('.cite')!.textContent).toMatch(/Lee et al\. 2020, §3\.1/);
    }
    expect(document.body.textContent).toMatch(/Showing the \d organic components/);
  });

  it('shows both electrolytes in a table and never NaN', () => {
    render(SeiCompositionExplorer, { initial: 'with-fec' });
    const table = screen.getByRole('table');
    expect(table.textContent).toMatch(/Organic\s*62\s*39/);
    expect(table.textContent).toMatch(/Inorganic\s*27\s*61/);
    expect(document.body.textContent).not.toMatch(/NaN(?![A-Za-zₓ])|Infinity|undefined/);
  });
});
