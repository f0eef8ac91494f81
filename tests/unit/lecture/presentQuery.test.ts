import { describe, expect, it } from 'vitest';
import { presentedSlide, withPresentedSlide } from '../../../src/lib/lecture/presentQuery';

describe('presentedSlide: ?present and ?present=N', () => {
  it('is null without the parameter', () => {
    expect(presentedSlide('', 10)).toBeNull();
    expect(presentedSlide('?theme=projector', 10)).toBeNull();
  });
  it('opens the title slide for a bare ?present or a value that is not a number', () => {
    expect(presentedSlide('?present', 10)).toBe(0);
    expect(presentedSlide('?present=', 10)).toBe(0);
    expect(presentedSlide('?present=first', 10)).toBe(0);
  });
  it('counts from 1 like the indicator, and keeps within the chapter', () => {
    expect(presentedSlide('?present=3', 10)).toBe(2);
    expect(presentedSlide('?theme=projector&present=10', 10)).toBe(9);
    expect(presentedSlide('?present=99', 10)).toBe(9);
    expect(presentedSlide('?present=0', 10)).toBe(0);
    expect(presentedSlide('?present=-4', 10)).toBe(0);
  });
});

describe('withPresentedSlide', () => {
  it('sets the slide number and keeps the other parameters', () => {
    expect(withPresentedSlide('', 0)).toBe('?present=1');
    expect(withPresentedSlide('?present', 2)).toBe('?present=3');
    expect(withPresentedSlide('?theme=projector&present=3', 4)).toBe('?theme=projector&present=5');
  });
  it('removes lecture mode from the URL', () => {
    expect(withPresentedSlide('?present=3', null)).toBe('');
    expect(withPresentedSlide('?li=2&present=3', null)).toBe('?li=2');
  });
});
