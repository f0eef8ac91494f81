// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import PolysulfideWindow from '../../../components/polysulfide/PolysulfideWindow.svelte';
import { SLIDER_MAX, positionOf } from '../../../src/lib/polysulfide/window';
import { BAD_TEXT } from '../../unit/support/badText';

afterEach(() => cleanup());

const slider = () => screen.getByRole('slider', { name: /Polysulfide concentration/ });
const status = () => screen.getByRole('status');
const typed = () => screen.getByRole('textbox', { name: /type a value/ });

describe('PolysulfideWindow', () => {
  it('starts at the review’s protective recipe and announces it', () => {
    render(PolysulfideWindow);
    expect(status().textContent).toMatch(/tested protective recipe/);
    expect(slider().getAttribute('aria-valuetext')).toBe('0.02 M');
  });

  it('announces etching at the top of the scale and no result without nitrate', async () => {
    render(PolysulfideWindow);
    await fireEvent.input(slider(), { target: { value: String(positionOf(0.5)) } });
    expect(status().textContent).toMatch(/etching/);
    await fireEvent.input(slider(), { target: { value: String(positionOf(0.02)) } });
    await fireEvent.click(screen.getByRole('checkbox', { name: /LiNO₃/ }));
    expect(status().textContent).toMatch(/without LiNO₃: the review reports no result/);
  });

  it('takes a typed value, and answers bad input with a message, never NaN', async () => {
    render(PolysulfideWindow);
    await fireEvent.input(typed(), { target: { value: '0.1' } });
    await fireEvent.change(typed());
    expect(status().textContent).toMatch(/reports no result here/);
    for (const bad of ['abc', '', '1e309', '-2', '<img src=x>']) {
      await fireEvent.input(typed(), { target: { value: bad } });
      await fireEvent.change(typed());
      expect(screen.getByRole('alert').textContent).toMatch(/Enter|not a number|too large/);
      expect(document.body.textContent).not.toMatch(BAD_TEXT);
    }
    await fireEvent.input(slider(), { target: { value: String(SLIDER_MAX) } });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
