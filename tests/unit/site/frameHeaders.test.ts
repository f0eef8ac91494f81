/** The framing rules as a static host applies them from `_headers`, at the root and under a sub-path. */
import { describe, expect, it } from 'vitest';
import { frameHeaderRules, headersFileText, headersFromFile, parseHeadersFile } from '../../../src/lib/site/frameHeaders.mjs';

const TOP = ['chapters', 'embed', 'index.html', 'progress', '_astro', 'favicon.svg'];

describe.each(['/', '/courses/anodes/'])('framing headers under %s', (base) => {
  const rules = parseHeadersFile(headersFileText(frameHeaderRules(base), TOP));
  const at = (path: string) => headersFromFile(rules, `${base}${path}`);

  it('lets any origin frame /embed/ pages, and nothing else is merged into them', () => {
    expect(at('embed/calculators/cycle-life/')).toEqual({ 'Content-Security-Policy': 'frame-ancestors *' });
    expect(at('embed/simulation/')).toEqual({ 'Content-Security-Policy': 'frame-ancestors *' });
  });

  it.each(['', 'index.html', 'chapters/why-sodium/', 'progress/', 'favicon.svg'])('forbids framing of %s', (path) => {
    expect(at(path)).toEqual({ 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' });
  });
});
