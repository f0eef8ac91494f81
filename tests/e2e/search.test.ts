/** Pagefind's real index, through the search page a reader uses (header form → results). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { visit } from './support/browser';
import { chapterPages, DIST } from './support/site';

const site = inject('siteUrl');

/** Words (5+ letters) of a chapter's title and first two section headings. */
function headingWords(path: string): string[] {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  const prose = html.slice(html.indexOf('class="prose"'));
  const headings = [...prose.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].slice(0, 2).map((m) => m[1]);
  return [title, ...headings].join(' ').replace(/<[^>]+>/g, ' ').match(/[A-Za-z]{5,}/g) ?? [];
}

/** A distinctive word for a chapter: from its own headings, the one fewest other chapters' headings share. */
function wordFrom(path: string, all: readonly string[]): string {
  const others = all.filter((p) => p !== path).map((p) => new Set(headingWords(p).map((w) => w.toLowerCase())));
  const shared = (w: string) => others.filter((o) => o.has(w.toLowerCase())).length;
  return headingWords(path).sort((a, b) => shared(a) - shared(b) || b.length - a.length)[0] ?? 'anode';
}

describe('search', () => {
  const chapters = chapterPages();

  it('the build has at least one chapter to search', () => {
    expect(chapters.length).toBeGreaterThan(0);
  });

  // test.for hands each concurrent test its own expect (expect.poll needs it). The first chapter's
  // word is typed into the header box on the home page; the rest open the results page that box
  // leads to (/search/?q=…), which is what costs the time otherwise.
  it.concurrent.for(chapters)('finds %s from a word in it', async (path, { expect }) => {
    const word = wordFrom(path, chapters);
    const viaHeader = path === chapters[0];
    const v = await visit(viaHeader ? site : new URL(`search/?q=${encodeURIComponent(word)}`, site).href);
    try {
      if (viaHeader) {
        await v.page.getByRole('searchbox', { name: 'Search the course' }).fill(word);
        await v.page.keyboard.press('Enter');
        await v.page.waitForURL(/\/search\/\?q=/);
      }
      const status = v.page.getByRole('main').getByRole('status');
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/result/);
      const hrefs = await v.page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs).toContain(path);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('says so when nothing matches (a query of punctuation only)', async () => {
    const v = await visit(new URL('search/?q=%2B%2B%2B', site).href);
    try {
      await expect.poll(() => v.page.getByRole('main').getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/Nothing found/);
    } finally {
      await v.close();
    }
  });
});
