/**
 * The small text format problems use: prose with $…$ (inline KaTeX), $$…$$ (display), **bold**
 * and *italic*; a blank line starts a new paragraph. Rendered at build time, like the chapters'
 * own math, so no math code ships to the browser. Everything else is escaped.
 */
import katex from 'katex';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(])\*(?!\s)(.+?)\*(?=[\s).,;:!?]|$)/g, '$1<em>$2</em>');
}

function math(tex: string, displayMode: boolean): string {
  // strict 'error', as in the chapters (astro.config.mjs): a TeX slip fails the build.
  return katex.renderToString(tex, { displayMode, output: 'htmlAndMathml', strict: 'error', throwOnError: true });
}

/** Renders one paragraph's worth of rich text to HTML (no wrapping element). */
export function renderInline(text: string): string {
  const parts = text.split(/(\$\$[^$]+\$\$|\$[^$]+\$)/g);
  return parts
    .map((part) => {
      if (part.startsWith('$$') && part.endsWith('$$') && part.length > 4) return math(part.slice(2, -2), true);
      if (part.startsWith('$') && part.endsWith('$') && part.length > 2) return math(part.slice(1, -1), false);
      if (part.includes('$')) throw new Error(`unbalanced $ in problem text: "${text}"`);
      return inline(part);
    })
    .join('');
}

/** Renders rich text as one or more <p> elements. */
export function renderRichText(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((para) => para.trim())
    .filter(Boolean)
    .map((para) => `<p>${renderInline(para)}</p>`)
    .join('');
}
