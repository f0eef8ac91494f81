import { describe, expect, it } from 'vitest';
import { moveIslandStyles } from '../../../src/lib/site/islandStylesToHead.mjs';

const STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

describe('moveIslandStyles', () => {
  it('moves the island style from the body into the head, once', () => {
    const page = `<html><head><title>t</title></head><body><p>x</p>${STYLE}<astro-island></astro-island>${STYLE}</body></html>`;
    const out = moveIslandStyles(page);
    expect(out).toBe(`<html><head><title>t</title>${STYLE}</head><body><p>x</p><astro-island></astro-island></body></html>`);
    expect(moveIslandStyles(out)).toBe(out);
  });

  it('leaves pages without islands alone', () => {
    const page = '<html><head></head><body><p>x</p></body></html>';
    expect(moveIslandStyles(page)).toBe(page);
  });
});
