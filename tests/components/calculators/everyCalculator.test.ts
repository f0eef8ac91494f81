// @vitest-environment happy-dom
/**
 * Behaviour every calculator shares, checked on each one: bad entries show a message next to the
 * field and keep the last result (greyed, "out of date") with no NaN/Infinity/undefined anywhere;
 * a valid entry updates the output; the state round-trips through the URL; reset restores it.
 */
import { cleanup, fireEvent, render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import CapacityDecayCalculator from '../../../components/calculators/CapacityDecayCalculator.svelte';
import CellBuilderCalculator from '../../../components/calculators/CellBuilderCalculator.svelte';
import CycleLifeCalculator from '../../../components/calculators/CycleLifeCalculator.svelte';
import FastChargeCalculator from '../../../components/calculators/FastChargeCalculator.svelte';
import InterfaceMechanicsCalculator from '../../../components/calculators/InterfaceMechanicsCalculator.svelte';
import MetalComparisonCalculator from '../../../components/calculators/MetalComparisonCalculator.svelte';
import PlatingThicknessCalculator from '../../../components/calculators/PlatingThicknessCalculator.svelte';
import SandsTimeCalculator from '../../../components/calculators/SandsTimeCalculator.svelte';
import ShesCalculator from '../../../components/calculators/ShesCalculator.svelte';
import SpecificEnergyCalculator from '../../../components/calculators/SpecificEnergyCalculator.svelte';

interface Case {
  id: string;
  component: Component;
  /** A number field, the text to type into it, and the URL value (library unit) it stands for. */
  key?: string;
  typed?: string;
  urlValue?: string;
  /** A choice field and another option. */
  choiceKey?: string;
  choice?: string;
}

const cases: Case[] = [
  { id: 'metal-comparison', component: MetalComparisonCalculator, key: 'arealCapacity_mAh_per_cm2', typed: '6', urlValue: '6' },
  { id: 'specific-energy', component: SpecificEnergyCalculator, choiceKey: 'system', choice: 'Na-O2' },
  { id: 'plating-thickness', component: PlatingThicknessCalculator, key: 'thickness_um', typed: '50', urlValue: '50', choiceKey: 'metal', choice: 'Na' },
  { id: 'cycle-life', component: CycleLifeCalculator, key: 'coulombicEfficiency', typed: '99.9', urlValue: '0.999' },
  { id: 'capacity-decay', component: CapacityDecayCalculator, key: 'decayPerCycle', typed: '0.2', urlValue: '0.002' },
  { id: 'sands-time', component: SandsTimeCalculator, key: 'currentDensity', typed: '5', urlValue: '50' },
  { id: 'shes', component: ShesCalculator, key: 'concentration_M', typed: '0.5', urlValue: '0.5', choiceKey: 'additive', choice: 'Ba' },
  { id: 'interface-mechanics', component: InterfaceMechanicsCalculator, key: 'areaSpecificResistance', typed: '1', urlValue: '0.0001', choiceKey: 'metal', choice: 'K' },
  { id: 'cell-builder', component: CellBuilderCalculator, key: 'electrolyte_g_per_Ah', typed: '10', urlValue: '10', choiceKey: 'format', choice: 'prismatic' },
  { id: 'fast-charge', component: FastChargeCalculator, key: 'minutes', typed: '15', urlValue: '15' },
];

const BAD = ['', '-', 'abc', '1e309', 'NaN', '0x10', 'Infinity', '-5', '99999999', '1'.repeat(40), '<script>alert(1)</script>', '😀', '1,000'];
const FORBIDDEN = /NaN|Infinity|undefined|<script/;

const output = () => document.querySelector('output')!;
const input = (id: string, key: string) => document.getElementById(`calc-${id}-${key}-input`) as HTMLInputElement;

/** Selects an option the way a browser does (happy-dom's select.value setter is not enough for Svelte's :checked lookup). */
async function choose(id: string, key: string, value: string) {
  const select = input(id, key) as unknown as HTMLSelectElement;
  for (const option of select.options) option.selected = option.value === value;
  await fireEvent.change(select);
}

beforeEach(() => window.history.replaceState(null, '', '/calculators/'));
afterEach(() => cleanup());

describe.each(cases)('$id', (c) => {
  it('renders a result with no NaN, Infinity or undefined', () => {
    render(c.component);
    expect(output().textContent!.length).toBeGreaterThan(20);
    expect(document.body.textContent).not.toMatch(FORBIDDEN);
  });

  it.runIf(c.key)('shows a message for each bad entry and keeps the last result, greyed', async () => {
    render(c.component);
    const before = output().querySelector('.rows')!.textContent;
    const field = input(c.id, c.key!);
    for (const bad of BAD) {
      await fireEvent.input(field, { target: { value: bad } });
      expect(field.getAttribute('aria-invalid'), bad).toBe('true');
      const message = document.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent!;
      expect(message, bad).toMatch(/must|Enter|below|above|too|write numbers/);
      expect(output().textContent).toMatch(/Out of date/);
      expect(output().querySelector('.rows')!.textContent).toBe(before);
      expect(document.body.textContent).not.toMatch(FORBIDDEN);
      expect(document.body.innerHTML).not.toMatch(/<script/);
    }
  });

  it.runIf(c.key)('updates the output for a valid entry and mirrors it in the URL', async () => {
    render(c.component);
    const before = output().textContent;
    await fireEvent.input(input(c.id, c.key!), { target: { value: c.typed } });
    expect(output().textContent).not.toBe(before);
    expect(output().textContent).not.toMatch(/Out of date/);
    expect(new URLSearchParams(window.location.search).get(`${c.id}.${c.key}`)).toBe(c.urlValue);
  });

  it.runIf(c.key)('opens in the state a preset URL gives, ignoring junk parameters', async () => {
    render(c.component);
    await fireEvent.input(input(c.id, c.key!), { target: { value: c.typed } });
    const expected = output().textContent;
    cleanup();
    window.history.replaceState(null, '', `/calculators/?${c.id}.${c.key}=${c.urlValue}&${c.id}.__proto__=1&${c.id}.bogus=%3Cscript%3E&x=1`);
    render(c.component);
    await Promise.resolve();
    expect(input(c.id, c.key!).value).toBe(c.typed);
    expect(output().textContent).toBe(expected);
    expect(new URLSearchParams(window.location.search).get('x')).toBe('1');
  });

  it.runIf(c.key)('keeps the default for an out-of-range or malformed URL value', async () => {
    render(c.component);
    const defaultText = input(c.id, c.key!).value;
    cleanup();
    window.history.replaceState(null, '', `/calculators/?${c.id}.${c.key}=1e309`);
    render(c.component);
    await Promise.resolve();
    expect(input(c.id, c.key!).value).toBe(defaultText);
  });

  it.runIf(c.choiceKey)('changes with a choice and round-trips it through the URL', async () => {
    render(c.component);
    const before = output().textContent;
    await choose(c.id, c.choiceKey!, c.choice!);
    expect(output().textContent).not.toBe(before);
    expect(new URLSearchParams(window.location.search).get(`${c.id}.${c.choiceKey}`)).toBe(c.choice);
    const expected = output().textContent;
    cleanup();
    render(c.component);
    await Promise.resolve();
    expect(output().textContent).toBe(expected);
  });

  it('resets to the defaults', async () => {
    render(c.component);
    const before = output().textContent;
    const key = c.key ?? c.choiceKey!;
    const field = input(c.id, key);
    if (c.key) await fireEvent.input(field, { target: { value: 'abc' } });
    else await choose(c.id, key, c.choice!);
    await fireEvent.click(document.querySelector('button')!);
    expect(output().textContent).toBe(before);
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(window.location.search).toBe('');
  });
});
