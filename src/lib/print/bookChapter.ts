/**
 * Turns one chapter's rendered HTML into a section of the whole-course print book, where all
 * chapters share one page:
 * - every id gets the chapter's prefix, and so does everything that points at an id (in-page
 *   links, ARIA relations, label `for`, popover targets, SVG `url(#…)` and `<use href>`), so
 *   "references" or a figure's gradient in chapter 3 cannot collide with chapter 7's;
 * - headings move one level down (the chapter title is the section's h2);
 * - each interactive widget becomes a static snapshot of its server-rendered first state (no
 *   scripts on a page meant for paper), inert so its controls are not offered to keyboard or
 *   screen-reader users;
 * - links to chapters point into the book (`../why-sodium/#x` → `#ch-why-sodium-x`), and other
 *   relative links are made absolute, since the book lives at a different URL than the chapter;
 * - a problem's solution moves to the book's appendix (the problems stay where they are, with a link
 *   to their solution), so a printed problem set can be worked without the answers beside it;
 * - landmarks stay unique on the page: a chapter's named sections become plain sections (the
 *   chapter's <article> is the landmark), and its scrollable regions name their chapter.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

/** hast property names (camelCase) whose value names one or more ids. */
const ID_REFERENCES = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaOwns', 'ariaActiveDescendant', 'ariaDetails', 'ariaErrorMessage', 'htmlFor', 'headers', 'list', 'popoverTarget', 'form'];
const HEADING = /^h([1-5])$/;

/** Where the chapter lives on the site, and where the book holds a site path (null: not in it). */
export interface BookLinks {
  chapterUrl: string;
  anchorFor(pathname: string, hash: string): string | null;
}

export function bookChapterHtml(html: string, prefix: string, chapterLabel: string, links: BookLinks): string {
  const tree = fromHtml(html, { fragment: true });
  const local = (id: string) => `${prefix}-${id}`;
  const relink = (href: string): string => {
    if (href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return href;
    const target = new URL(href, `http://book${links.chapterUrl}`);
    const hash = decodeURIComponent(target.hash.slice(1));
    return links.anchorFor(target.pathname, hash) ?? `${target.pathname}${target.search}${target.hash}`;
  };
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName === 'script' && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.tagName === 'template' && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.tagName === 'details' && node.properties?.dataPart === 'solution' && parent && index !== undefined) {
      const problem = String((parent as Element).properties?.dataProblem ?? '');
      parent.children[index] = solutionPointer(problem);
      // The pointer's link targets the appendix, outside this chapter: leave it unprefixed.
      return [SKIP, index + 1];
    }
    if (node.tagName === 'astro-island') {
      node.tagName = 'div';
      node.properties = { className: ['widget-snapshot'], inert: true };
    } else if (node.tagName === 'astro-slot') {
      node.tagName = 'div';
      node.properties = {};
    }
    if (node.tagName === 'section' && node.properties) {
      delete node.properties.ariaLabelledBy;
      delete node.properties.ariaLabel;
    }
    if (node.properties?.role === 'region' && typeof node.properties.ariaLabel === 'string') {
      node.properties.ariaLabel = `${node.properties.ariaLabel}, ${chapterLabel}`;
    }
    const level = HEADING.exec(node.tagName);
    if (level) node.tagName = `h${Math.min(6, Number(level[1]) + 1)}`;
    rewriteIds(node, local);
    if (node.tagName === 'a' && typeof node.properties?.href === 'string') node.properties.href = relink(node.properties.href);
    return undefined;
  });
  return toHtml(tree as Root);
}

/** The id of a problem's solution in the print book's appendix ("chapter/id" → "solution-chapter-id"). */
export function appendixSolutionId(problem: string): string {
  return `solution-${problem.replace('/', '-')}`;
}

function solutionPointer(problem: string): Element {
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['problem-solution-pointer'] },
    children: [
      { type: 'text', value: 'Solution: ' },
      { type: 'element', tagName: 'a', properties: { href: `#${appendixSolutionId(problem)}` }, children: [{ type: 'text', value: 'in the appendix' }] },
      { type: 'text', value: '.' },
    ],
  };
}

function rewriteIds(node: Element, local: (id: string) => string): void {
  const p = node.properties;
  if (!p) return;
  if (typeof p.id === 'string' && p.id) p.id = local(p.id);
  for (const name of ID_REFERENCES) {
    const v = p[name];
    if (Array.isArray(v)) p[name] = v.map((id) => local(String(id)));
    else if (typeof v === 'string' && v) p[name] = v.split(/\s+/).map(local).join(' ');
  }
  for (const name of ['href', 'xLinkHref']) {
    const v = p[name];
    if (typeof v === 'string' && v.startsWith('#') && v.length > 1) p[name] = `#${local(decodeURIComponent(v.slice(1)))}`;
  }
  // SVG paint servers, markers and clip paths: fill="url(#g)" and the same inside style="".
  for (const [name, v] of Object.entries(p)) {
    if (typeof v === 'string' && v.includes('url(#')) {
      p[name] = v.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${local(id)})`);
    }
  }
}
