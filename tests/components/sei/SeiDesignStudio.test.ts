// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import SeiDesignStudio from '../../../components/sei/SeiDesignStudio.svelte';
import { BAD_TEXT } from '../../unit/support/badText';

afterEach(() => cleanup());

const status = () => screen.getByRole('status');
const runLink = () => screen.getByRole('link', { name: 'Run this design in the simulation' });
const query = () => new URLSearchParams(runLink().getAttribute('href')!.split('?')[1]);

describe('SeiDesignStudio', () => {
  it('starts from bare sodium in carbonate with every group labelled', () => {
    render(SeiDesignStudio, { simulationPath: '/base/simulation/' });
    expect(screen.getAllByRole('group')).toHaveLength(3);
    expect(screen.getByRole('radio', { name: /Carbonate/ })).toHaveProperty('checked', true);
    expect(status().textContent).toMatch(/Nothing is supplied yet/);
    expect(status().getAttribute('aria-live')).toBe('polite');
    expect(runLink().getAttribute('href')!.startsWith('/base/simulation/?')).toBe(true);
    expect(query().get('metal')).toBe('Na');
    expect(query().get('seiSpread')).toBe('1.5');
  });

  it('shows the evidence, updates the verdict and the link when a layer is chosen', async () => {
    render(SeiDesignStudio, { simulationPath: '/simulation/' });
    await fireEvent.click(screen.getByRole('radio', { name: /PVDF-HFP/ }));
    expect(screen.getByText(/Lee et al\. 2020, §3\.3, ref\. 132/)).toBeTruthy();
    expect(status().textContent).toMatch(/Supplies mechanical resilience and electron blocking/);
    expect(Number(query().get('interphaseModulusRatio'))).toBeGreaterThanOrEqual(1.8);
    await fireEvent.click(screen.getByRole('radio', { name: /Ether/ }));
    await fireEvent.click(screen.getByRole('radio', { name: /^FEC/ }));
    await fireEvent.click(screen.getByRole('radio', { name: /ALD/ }));
    expect(status().textContent).toMatch(/Every property is supplied/);
    expect(query().get('seiSpread')).toBe('0.2');
    expect(document.body.textContent).not.toMatch(BAD_TEXT);
  });

  it('adds the shield for a shielding cation', async () => {
    render(SeiDesignStudio, { simulationPath: '/simulation/' });
    await fireEvent.click(screen.getByRole('radio', { name: /Shielding cation/ }));
    expect(query().get('shieldStrength')).toBe('0.6');
    expect(screen.getByText(/valleys fill first/)).toBeTruthy();
  });
});
