import { describe, expect, it } from 'vitest';
import { lectureAction, scrollWithinSlide, stepSlide } from '../../../src/lib/lecture/lectureKeys';

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

describe('scrollWithinSlide: a slide taller than the screen', () => {
  const tall = { viewport: 600, height: 1500 };
  it('scrolls down with Page Down, Space and the down arrow until the slide’s end shows, then lets the slide change', () => {
    for (const key of ['PageDown', ' ', 'ArrowDown']) expect(scrollWithinSlide(key, 'next', { ...tall, top: 0 })).toBe(510);
    expect(scrollWithinSlide('PageDown', 'next', { ...tall, top: 510 })).toBe(900);
    expect(scrollWithinSlide('PageDown', 'next', { ...tall, top: 900 })).toBeNull();
    expect(scrollWithinSlide('PageDown', 'next', { ...tall, top: 899.5 })).toBeNull(); // fractional offsets on zoomed pages
  });
  it('scrolls back up with Page Up before going to the previous slide', () => {
    expect(scrollWithinSlide('PageUp', 'previous', { ...tall, top: 900 })).toBe(390);
    expect(scrollWithinSlide('PageUp', 'previous', { ...tall, top: 390 })).toBe(0);
    expect(scrollWithinSlide('PageUp', 'previous', { ...tall, top: 0 })).toBeNull();
  });
  it('never scrolls for the right and left arrows, N, P, Home or End, nor on a slide that fits', () => {
    for (const key of ['ArrowRight', 'n']) expect(scrollWithinSlide(key, 'next', { ...tall, top: 0 })).toBeNull();
    for (const key of ['ArrowLeft', 'p']) expect(scrollWithinSlide(key, 'previous', { ...tall, top: 900 })).toBeNull();
    expect(scrollWithinSlide('End', 'last', { ...tall, top: 0 })).toBeNull();
    expect(scrollWithinSlide('PageDown', 'next', { top: 0, viewport: 900, height: 880 })).toBeNull();
  });
});
