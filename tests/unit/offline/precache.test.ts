import { describe, expect, it } from 'vitest';
import { katexFaceOfFile, katexFacesUsed } from '../../../src/lib/offline/katexFonts';
import { isPrecached } from '../../../src/lib/offline/precachePolicy';

describe('KaTeX faces a page needs', () => {
  it('needs none when the page has no formula', () => {
    expect(katexFacesUsed(['<p class="lead">No maths here.</p>']).size).toBe(0);
  });

  it('needs Main for any formula, Math italic for variables, and a Size face only for large delimiters', () => {
    const html = '<span class="katex"><span class="mord mathnormal">x</span><span class="delimsizing size1">(</span><span class="sizing reset-size6 size3">2</span></span>';
    expect([...katexFacesUsed([html])].sort()).toEqual(['KaTeX_Main-Regular', 'KaTeX_Math-Italic', 'KaTeX_Size1-Regular']);
  });

  it('reads the face from a fingerprinted font file, digits included', () => {
    expect(katexFaceOfFile('_astro/KaTeX_Size2-Regular.Dy4dx90m.woff2')).toBe('KaTeX_Size2-Regular');
    expect(katexFaceOfFile('_astro/KaTeX_Main-Bold.Cx986IdX.woff2')).toBe('KaTeX_Main-Bold');
    expect(katexFaceOfFile('_astro/client.B_g1KjEx.js')).toBeNull();
  });
});

describe('what the service worker stores on the first visit', () => {
  const faces = new Set(['KaTeX_Main-Regular'] as const);

  it('stores every reading page, bundle and stylesheet', () => {
    for (const path of ['index.html', 'chapters/why-sodium/index.html', 'simulation/index.html', 'instructors/index.html', '_astro/voxelScene.1lGYPGMu.js', '_astro/index.Bx1.css']) {
      expect(isPrecached(path, faces), path).toBe(true);
    }
  });

  it('leaves instructor sheets, keys, decks and the print book until they are opened', () => {
    for (const path of ['print/index.html', 'instructors/sheets/why-sodium/index.html', 'instructors/sheets/why-sodium/key/index.html', 'instructors/present/why-sodium/index.html']) {
      expect(isPrecached(path, faces), path).toBe(false);
    }
  });

  it('stores only the woff2 of the KaTeX faces in use', () => {
    expect(isPrecached('_astro/KaTeX_Main-Regular.B22Nviop.woff2', faces)).toBe(true);
    expect(isPrecached('_astro/KaTeX_Main-Regular.B22Nviop.woff', faces)).toBe(false);
    expect(isPrecached('_astro/KaTeX_Main-Regular.B22Nviop.ttf', faces)).toBe(false);
    expect(isPrecached('_astro/KaTeX_Fraktur-Bold.CL6g_b3V.woff2', faces)).toBe(false);
  });

  it('stores the search index but not Pagefind’s unused ready-made interfaces', () => {
    expect(isPrecached('pagefind/pagefind.js', faces)).toBe(true);
    expect(isPrecached('pagefind/index/en_1.pf_index', faces)).toBe(true);
    expect(isPrecached('pagefind/fragment/en_1.pf_fragment', faces)).toBe(true);
    expect(isPrecached('pagefind/pagefind-ui.js', faces)).toBe(false);
    expect(isPrecached('pagefind/pagefind-component-ui.css', faces)).toBe(false);
    expect(isPrecached('sitemap-index.xml', faces)).toBe(false);
  });
});
