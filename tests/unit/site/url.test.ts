import { describe, expect, it } from 'vitest';
import { joinBase } from '../../../src/lib/site/url';

describe('joinBase: links respect the base path', () => {
  it('at the domain root', () => {
    expect(joinBase('/', '')).toBe('/');
    expect(joinBase('/', 'glossary/')).toBe('/glossary/');
    expect(joinBase('/', '/chapters/x')).toBe('/chapters/x/');
  });
  it('under a sub-path, with or without its trailing slash', () => {
    expect(joinBase('/courses/anodes/', 'glossary/')).toBe('/courses/anodes/glossary/');
    expect(joinBase('/courses/anodes', 'glossary')).toBe('/courses/anodes/glossary/');
    expect(joinBase('/courses/anodes/', '')).toBe('/courses/anodes/');
  });
  it('keeps anchors and file names', () => {
    expect(joinBase('/c/', 'glossary/#sei')).toBe('/c/glossary/#sei');
    expect(joinBase('/c/', 'pagefind/pagefind.js')).toBe('/c/pagefind/pagefind.js');
  });
});
