// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ThermalRunawayTimeline from '../../../components/safety/ThermalRunawayTimeline.svelte';
import { BAD_TEXT } from '../../unit/support/badText';

afterEach(() => cleanup());

const slider = () => screen.getByRole('slider', { name: /Cell temperature/ });
const status = () => screen.getByRole('status');
const currentStep = () => document.querySelector('ol.steps li[aria-current="step"]');

describe('ThermalRunawayTimeline', () => {
  it('lists all five steps and three short-circuit stages as text, starting in normal operation', () => {
    render(ThermalRunawayTimeline);
    expect(document.querySelectorAll('ol.steps li')).toHaveLength(5);
    expect(document.querySelectorAll('ol.stages li')).toHaveLength(3);
    expect(status().textContent).toMatch(/^Below 50 °C: normal operation/);
    expect(currentStep()).toBeNull();
  });

  it('announces the new step when the temperature changes', async () => {
    render(ThermalRunawayTimeline);
    await fireEvent.input(slider(), { target: { value: '100' } });
    expect(status().textContent).toMatch(/Step 2 of 5, 90–120 °C: SEI breaks down/);
    expect(currentStep()?.textContent).toMatch(/90–120 °C/);
    expect(slider().getAttribute('aria-valuetext')).toBe('100 °C');
  });

  it('jumps between step starts with the buttons, and the separators follow', async () => {
    render(ThermalRunawayTimeline, { props: { start: 140 } });
    expect(status().textContent).toMatch(/Step 4 of 5/);
    await fireEvent.click(screen.getByRole('button', { name: /Next step/ }));
    expect(status().textContent).toMatch(/Step 5 of 5/);
    expect(status().textContent).toMatch(/Polyolefin separator has failed; Ceramic-coated separator holds; Polyimide separator holds/);
    expect((screen.getByRole('button', { name: /Next step/ }) as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByRole('button', { name: /Previous step/ }));
    expect(status().textContent).toMatch(/Step 4 of 5/);
    expect(document.querySelectorAll('ol.stages li.reached')).toHaveLength(2);
  });

  it('shows where the ceramic coating may give way and where the polyimide data end', async () => {
    render(ThermalRunawayTimeline);
    await fireEvent.input(slider(), { target: { value: '230' } });
    expect(document.querySelector('ul.separators')?.textContent).toMatch(/Ceramic-coated separator.*may collapse at 230 °C/s);
    await fireEvent.input(slider(), { target: { value: '360' } });
    expect(document.querySelector('ul.separators')?.textContent).toMatch(/Polyimide separator[^:]*: no data at 360 °C/);
    expect(document.body.textContent).not.toMatch(BAD_TEXT);
  });
});
