import { describe, expect, it } from 'vitest';
import { bookChapterHtml as render, type BookLinks } from '../../../src/lib/print/bookChapter';

const links: BookLinks = {
  chapterUrl: '/chapters/why-sodium/',
  anchorFor: (pathname, hash) => (pathname === '/chapters/how-metal-anodes-fail/' ? `#ch-how-metal-anodes-fail${hash ? `-${hash}` : ''}` : null),
};
const bookChapterHtml = (html: string, prefix: string, label: string) => render(html, prefix, label, links);

describe('a chapter as a section of the whole-course print book', () => {
  it('prefixes ids and every in-page link and ARIA relation that names them', () => {
    const out = bookChapterHtml(
      '<h2 id="references">References</h2><a href="#references">see</a><p aria-describedby="a b"><label for="x">X</label><input id="x"></p><a href="https://doi.org/10.1/x#y">doi</a>',
      'c3',
      'chapter 3',
    );
    expect(out).toContain('id="c3-references"');
    expect(out).toContain('href="#c3-references"');
    expect(out).toContain('aria-describedby="c3-a c3-b"');
    expect(out).toContain('for="c3-x"');
    expect(out).toContain('id="c3-x"');
    expect(out).toContain('href="https://doi.org/10.1/x#y"');
  });

  it('prefixes SVG paint-server references and <use> targets', () => {
    const out = bookChapterHtml('<svg><defs><linearGradient id="g"></linearGradient></defs><rect fill="url(#g)" style="stroke: url(#g)"></rect><use href="#g"></use></svg>', 'c1', 'chapter 1');
    expect(out).toContain('id="c1-g"');
    expect(out).toContain('fill="url(#c1-g)"');
    expect(out).toContain('stroke: url(#c1-g)');
    expect(out).toContain('href="#c1-g"');
  });

  it('moves headings one level down under the chapter title', () => {
    const out = bookChapterHtml('<h2>A</h2><h3>B</h3><h4>C</h4>', 'c1', 'chapter 1');
    expect(out).toBe('<h3>A</h3><h4>B</h4><h5>C</h5>');
  });

  it('turns widgets into inert static snapshots and drops scripts and slot templates', () => {
    const out = bookChapterHtml(
      '<astro-island uid="Z1" component-url="/_astro/W.js" client="visible" ssr><form><button type="button">Reset</button><output>4.1 mAh/cm²</output></form><template data-astro-template>x</template></astro-island><script type="module">alert(1)</script>',
      'c2',
      'chapter 2',
    );
    expect(out).toBe('<div class="widget-snapshot" inert><form><button type="button">Reset</button><output>4.1 mAh/cm²</output></form></div>');
  });

  it('keeps landmarks unique: named sections become plain, scroll regions name their chapter', () => {
    const out = bookChapterHtml('<section aria-labelledby="t"><h2 id="t">Takeaways</h2></section><div role="region" aria-label="Formula" tabindex="0"></div>', 'c4', 'chapter 4');
    expect(out).toBe('<section><h3 id="c4-t">Takeaways</h3></section><div role="region" aria-label="Formula, chapter 4" tabindex="0"></div>');
  });

  it('points links to other chapters into the book and makes other relative links absolute', () => {
    const out = bookChapterHtml('<a href="../how-metal-anodes-fail/#dead-metal">a</a><a href="../how-metal-anodes-fail/">b</a><a href="../../simulation/?seed=3">c</a>', 'c5', 'chapter 5');
    expect(out).toBe('<a href="#ch-how-metal-anodes-fail-dead-metal">a</a><a href="#ch-how-metal-anodes-fail">b</a><a href="/simulation/?seed=3">c</a>');
  });
});
