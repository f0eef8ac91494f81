import { describe, expect, it } from 'vitest';
import { lectureAction, stepSlide } from '../../../src/lib/lecture/lectureKeys';

describe('lectureAction: keyboard and presenter clicker', () => {
  it('moves on with the arrows, Page Down (clickers), Space and N', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N']) expect(lectureAction(key)).toBe('next');
  });
  it('goes back with the arrows, Page Up (clickers), Backspace, P and Shift+Space', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']) expect(lectureAction(key)).toBe('previous');
    expect(lectureAction(' ', true)).toBe('previous');
  });
  it('jumps with Home and End and leaves with Escape', () => {
    expect(lectureAction('Home')).toBe('first');
    expect(lectureAction('End')).toBe('last');
    expect(lectureAction('Escape')).toBe('exit');
  });
  it('leaves every other key alone', () => {
    for (const key of ['a', 'Enter', 'Tab', 'F5', 'toString', 'constructor']) expect(lectureAction(key)).toBeNull();
  });
});

describe('stepSlide', () => {
  it('stays within the first and last slide', () => {
    expect(stepSlide('next', 0, 5)).toBe(1);
    expect(stepSlide('next', 4, 5)).toBe(4);
    expect(stepSlide('previous', 0, 5)).toBe(0);
    expect(stepSlide('previous', 3, 5)).toBe(2);
    expect(stepSlide('first', 3, 5)).toBe(0);
    expect(stepSlide('last', 1, 5)).toBe(4);
    expect(stepSlide('last', 0, 0)).toBe(0);
  });
});
