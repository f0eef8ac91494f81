// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockWeight, MEDIA_WEIGHT, SCREENFUL, splitSlides, type SlideSource } from '../../../src/lib/lecture/slides';

// Shorthands for a chapter's top-level elements, in document order.
const title = (heading = false): SlideSource => ({ kind: 'title', heading });
const h2: SlideSource = { kind: 'heading', level: 2 };
const h3: SlideSource = { kind: 'heading', level: 3 };
const section: SlideSource = { kind: 'section' };
const text = (weight = 200): SlideSource => ({ kind: 'content', weight });
/** The chapter layout's title block: kicker row, h1, summary, objectives (indexes 0–3). */
const titleBlock = [title(), title(true), title(), title()];

describe('splitSlides: slides from the chapter’s own headings', () => {
  it('makes the title slide from the title block, focused on the chapter title', () => {
    const slides = splitSlides([...titleBlock, h2, text()]);
    expect(slides[0]).toEqual({ show: [0, 1, 2, 3], context: [], heading: 1 });
  });

  it('starts a slide at each h2, holding everything up to the next h2, under the chapter title', () => {
    //                         4   5       6       7   8
    const slides = splitSlides([...titleBlock, h2, text(), text(), h2, text()]);
    expect(slides.slice(1)).toEqual([
      { show: [4, 5, 6], context: [1], heading: 4 },
      { show: [7, 8], context: [1], heading: 7 },
    ]);
  });

  it('puts the text before the first h2 on its own slide, headed by the chapter title', () => {
    const slides = splitSlides([...titleBlock, text(), text(), h2, text()]);
    expect(slides[1]).toEqual({ show: [4, 5], context: [1], heading: 1 });
    expect(slides).toHaveLength(3);
  });

  it('gives each section after the text (check, takeaways, references) a slide of its own', () => {
    const slides = splitSlides([...titleBlock, h2, text(), section, section, section]);
    expect(slides.slice(2)).toEqual([
      { show: [6], context: [1], heading: 6 },
      { show: [7], context: [1], heading: 7 },
      { show: [8], context: [1], heading: 8 },
    ]);
  });

  it('keeps an empty section as a divider slide showing its heading alone', () => {
    const slides = splitSlides([...titleBlock, h2, h2, text()]);
    expect(slides.slice(1)).toEqual([
      { show: [4], context: [1], heading: 4 },
      { show: [5, 6], context: [1], heading: 5 },
    ]);
  });

  it('keeps a short section with h3s on one slide', () => {
    const slides = splitSlides([...titleBlock, h2, text(300), h3, text(300), h3, text(300)]);
    expect(slides).toHaveLength(2);
    expect(slides[1]).toEqual({ show: [4, 5, 6, 7, 8, 9], context: [1], heading: 4 });
  });

  it('splits a section longer than a screenful at its h3s, the h2 above the later parts', () => {
    const long = SCREENFUL / 2;
    //                                       4   5          6   7          8   9
    const slides = splitSlides([...titleBlock, h2, text(long), h3, text(long), h3, text(long)]);
    expect(slides.slice(1)).toEqual([
      { show: [4, 5], context: [1], heading: 4 },
      { show: [6, 7], context: [1, 4], heading: 6 },
      { show: [8, 9], context: [1, 4], heading: 8 },
    ]);
  });

  it('opens a long section with no introduction on its first h3, with the h2', () => {
    const long = SCREENFUL;
    //                                       4   5   6          7   8
    const slides = splitSlides([...titleBlock, h2, h3, text(long), h3, text(long)]);
    expect(slides.slice(1)).toEqual([
      { show: [4, 5, 6], context: [1], heading: 4 },
      { show: [7, 8], context: [1, 4], heading: 7 },
    ]);
  });

  it('does not split a long section that has no h3 (the slide scrolls instead)', () => {
    const slides = splitSlides([...titleBlock, h2, text(SCREENFUL), text(SCREENFUL)]);
    expect(slides).toEqual([expect.anything(), { show: [4, 5, 6], context: [1], heading: 4 }]);
  });

  it('counts figures and widgets as at least MEDIA_WEIGHT when deciding to split', () => {
    const figure = text(blockWeight(50, true));
    const short = [...titleBlock, h2, h3, text(100), h3, text(100)];
    expect(splitSlides(short)).toHaveLength(2);
    expect(splitSlides([...short, figure, figure])).toHaveLength(3);
  });

  it('shows every element exactly once as a slide’s own, in document order', () => {
    const sources = [...titleBlock, text(), h2, text(900), h3, text(900), h3, h2, section, section];
    const own = splitSlides(sources).flatMap((s) => s.show);
    expect(own).toEqual(sources.map((_, i) => i));
  });

  it('handles a chapter without a title block or text', () => {
    expect(splitSlides([])).toEqual([]);
    expect(splitSlides([h2, text()])).toEqual([{ show: [0, 1], context: [], heading: 0 }]);
    expect(splitSlides([text(), h2])).toEqual([
      { show: [0], context: [], heading: 0 },
      { show: [1], context: [], heading: 1 },
    ]);
  });
});

describe('blockWeight', () => {
  it('is the text length, and at least MEDIA_WEIGHT for a figure or widget', () => {
    expect(blockWeight(120, false)).toBe(120);
    expect(blockWeight(120, true)).toBe(MEDIA_WEIGHT);
    expect(blockWeight(MEDIA_WEIGHT * 2, true)).toBe(MEDIA_WEIGHT * 2);
    expect(blockWeight(-1, false)).toBe(0);
  });
});
