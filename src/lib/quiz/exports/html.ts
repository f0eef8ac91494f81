/**
 * Course text as HTML for LMS question text: special characters escaped, and the Unicode sub- and
 * superscripts the banks use (Li₂CO₃, Li⁺, cm⁻²) as <sub>/<sup>, so the LMS's filters and screen
 * readers see chemistry and units as markup rather than as rare glyphs.
 */
const SUB: Record<string, string> = { '₀': '0', '₁': '1', '₂': '2', '₃': '3', '₄': '4', '₅': '5', '₆': '6', '₇': '7', '₈': '8', '₉': '9', '₊': '+', '₋': '−' };
const SUP: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁺': '+', '⁻': '−' };

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function toHtml(text: string): string {
  return escapeHtml(text)
    .replace(/[₀-₉₊₋]+/g, (run) => `<sub>${[...run].map((c) => SUB[c]).join('')}</sub>`)
    .replace(/[⁰¹²³⁴-⁹⁺⁻]+/g, (run) => `<sup>${[...run].map((c) => SUP[c]).join('')}</sup>`);
}

/** A paragraph, and a link paragraph to where the course teaches the point. */
export const paragraph = (text: string) => `<p>${toHtml(text)}</p>`;
export const linkParagraph = (href: string) => `<p><a href="${escapeHtml(href)}">Where the course teaches this</a></p>`;
