/**
 * Print and PDF: a chapter rendered to PDF by headless Chromium (what "Save as PDF" gives a
 * student) holds the chapter's title and every section heading, and none of its widgets' controls;
 * the whole-course book lists every chapter, links to each, and keeps ids unique across chapters.
 */
import { describe, expect, inject, it } from 'vitest';
import { visit } from './support/browser';
import { chapterPages } from './support/site';
import { pdfText, squash } from './support/pdfText';
import { BAD_TEXT } from '../unit/support/badText';

const site = inject('siteUrl');
const at = (path: string) => new URL(path.replace(/^\//, ''), site).href;

describe('print', () => {
  it('a chapter saved as PDF has its headings and no widget controls', async () => {
    const v = await visit(at('/chapters/why-alkali-metal-anodes/'));
    try {
      await v.page.waitForFunction(() => document.fonts.status === 'loaded');
      const headings = (await v.page.locator('article h1, article h2').allInnerTexts()).map(squash);
      // Labels of the buttons on the page that appear nowhere else in its text.
      const controlOnly = await v.page.evaluate(() => {
        const article = document.querySelector('article')!;
        const labels = [...article.querySelectorAll('button')].map((b) => b.innerText.replace(/\s+/g, ' ').trim()).filter((t) => t.length > 3);
        const copy = article.cloneNode(true) as HTMLElement;
        for (const b of copy.querySelectorAll('button')) b.remove();
        const rest = copy.textContent ?? '';
        return [...new Set(labels)].filter((label) => !rest.includes(label));
      });
      expect(controlOnly.length).toBeGreaterThan(0);
      await v.page.emulateMedia({ media: 'print' });
      const { pages, text } = await pdfText(await v.page.pdf({ format: 'A4', printBackground: true }));
      expect(pages).toBeGreaterThan(2);
      const compact = squash(text);
      for (const h of headings) expect(compact, `heading “${h}”`).toContain(h);
      for (const label of controlOnly) expect(compact, `control “${label}”`).not.toContain(squash(label));
      expect(text).not.toMatch(BAD_TEXT);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('the whole-course book lists every chapter in order, each linked, with unique ids and no scripts in its chapters', async () => {
    const v = await visit(at('/print/'));
    try {
      const chapters = chapterPages();
      const links = await v.page.locator('.book-contents a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toHaveLength(chapters.length);
      for (const href of links) expect(await v.page.locator(href!).count(), href!).toBe(1);
      const titles = await v.page.locator('.book-chapter > h2').allInnerTexts();
      expect(titles).toHaveLength(chapters.length);
      const duplicates = await v.page.evaluate(() => {
        const seen = new Map<string, number>();
        for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
        return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
      });
      expect(duplicates).toEqual([]);
      expect(await v.page.locator('.book-chapter astro-island, .book-chapter script').count()).toBe(0);
      expect(await v.page.locator('.book-chapter .widget-snapshot').count()).toBeGreaterThan(5);
      await v.page.emulateMedia({ media: 'print' });
      expect(await v.page.locator('.site-header').isVisible()).toBe(false);
      expect(await v.page.locator('.book-chapter button:visible').count()).toBe(0);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
