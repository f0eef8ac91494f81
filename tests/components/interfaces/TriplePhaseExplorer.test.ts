// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import TriplePhaseExplorer from '../../../components/interfaces/TriplePhaseExplorer.svelte';
import { BAD_TEXT } from '../../unit/support/badText';

afterEach(() => cleanup());

const status = () => screen.getByRole('status');

describe('TriplePhaseExplorer', () => {
  it('starts as a two-phase interface with every control labelled', () => {
    render(TriplePhaseExplorer);
    expect(status().textContent).toMatch(/two-phase interface/);
    expect(screen.getByRole('checkbox', { name: /H₂O \(moisture\)/ })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /Li \(lithium\)/ })).toHaveProperty('checked', true);
    expect(screen.getAllByRole('checkbox')).toHaveLength(8);
  });

  it('lists LiOH and H₂ and announces them when moisture reaches lithium', async () => {
    render(TriplePhaseExplorer);
    await fireEvent.click(screen.getByRole('checkbox', { name: /H₂O/ }));
    expect(screen.getByText('2Li + 2H₂O → 2LiOH + H₂')).toBeTruthy();
    expect(status().textContent).toMatch(/Solid products on the anode: LiOH\. Also formed: H₂\./);
    expect(screen.getByText(/Ge et al\. 2024, §2\.2 \(ref\. 41\)/)).toBeTruthy();
  });

  it('explains that N₂ leaves sodium alone and shows the carbonate baseline', async () => {
    render(TriplePhaseExplorer);
    await fireEvent.click(screen.getByRole('radio', { name: /Na \(sodium\)/ }));
    await fireEvent.click(screen.getByRole('checkbox', { name: /N₂/ }));
    expect(screen.getByText(/only lithium forms a nitride/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('radio', { name: /Carbonate/ }));
    expect(status().textContent).toMatch(/\(CH₂OCO₂Na\)₂/);
    expect(document.body.textContent).not.toMatch(BAD_TEXT);
  });
});
