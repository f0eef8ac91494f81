// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import StrategyThreatMatrix from '../../../components/strategies/StrategyThreatMatrix.svelte';
import { strategies } from '../../../src/lib/strategies/metalAirStrategies';
import { BAD_TEXT } from '../../unit/support/badText';

afterEach(() => cleanup());

const table = () => screen.getByRole('table');
const rowHeaders = () => within(table()).getAllByRole('rowheader').filter((h) => h.getAttribute('scope') === 'row');
const groupHeaders = () => [...table().querySelectorAll('th[scope="rowgroup"]')].map((h) => h.textContent ?? '');
const status = () => screen.getByRole('status');

describe('StrategyThreatMatrix', () => {
  it('is a table with column and row headers, one row per strategy', () => {
    render(StrategyThreatMatrix);
    const cols = within(table()).getAllByRole('columnheader');
    expect(cols.every((c) => c.getAttribute('scope') === 'col')).toBe(true);
    expect(rowHeaders()).toHaveLength(strategies.length);
    expect(groupHeaders()).toHaveLength(5);
    expect(groupHeaders()[0]).toMatch(/Liquid-electrolyte additives/);
    expect(status().textContent).toMatch(new RegExp(`Showing ${strategies.length} strategies of ${strategies.length}`));
    expect(document.body.textContent).not.toMatch(BAD_TEXT);
  });

  it('filters by threat to one column and announces the count', async () => {
    render(StrategyThreatMatrix);
    await fireEvent.change(screen.getByLabelText('Threat'), { target: { value: 'ros' } });
    expect(within(table()).getAllByRole('columnheader')).toHaveLength(2);
    expect(table().textContent).toMatch(/PDI-TEMPO/);
    expect(table().textContent).not.toMatch(/MXene/);
    expect(status().textContent).toMatch(/shield against superoxide, peroxide and singlet oxygen/);
  });

  it('filters by family, and says so when nothing is left', async () => {
    render(StrategyThreatMatrix);
    await fireEvent.change(screen.getByLabelText('Strategy family'), { target: { value: 'solid' } });
    expect(rowHeaders()).toHaveLength(4);
    await fireEvent.change(screen.getByLabelText('Threat'), { target: { value: 'rm-shuttle' } });
    expect(screen.queryByRole('table')).toBeNull();
    expect(status().textContent).toMatch(/^No strategy/);
    await fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(rowHeaders()).toHaveLength(strategies.length);
  });

  it('can be embedded with only some families, preselected, and links only where it is told to', () => {
    render(StrategyThreatMatrix, {
      families: ['artificial-sei', 'anode', 'separator'],
      family: 'separator',
      links: { 'pu-separator': '/chapters/x/#y' },
    });
    const familyOptions = [...(screen.getByLabelText('Strategy family') as HTMLSelectElement).options].map((o) => o.value);
    expect(familyOptions).toEqual(['all', 'artificial-sei', 'anode', 'separator']);
    expect(rowHeaders()).toHaveLength(4);
    const links = within(table()).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('/chapters/x/#y');
    expect(table().textContent).toMatch(/Ge et al\. 2024, section 5/);
  });

  it('cites a reference number in every filled cell', () => {
    render(StrategyThreatMatrix);
    const filled = document.querySelectorAll('td.filled');
    expect(filled.length).toBe(strategies.reduce((n, s) => n + s.shields.length, 0));
    for (const td of filled) expect(td.textContent).toMatch(/ref\. \d+/);
  });
});
