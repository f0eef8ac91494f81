/** Pagefind's real index, through the search page a reader uses (header form → results). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { visit } from './support/browser';
import { chapterPages, DIST } from './support/site';

const site = inject('siteUrl');

/** A distinctive word from a chapter's own text: the longest word of its first h2. */
function wordFrom(path: string): string {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const h2 = /<h2[^>]*>([\s\S]*?)<\/h2>/.exec(html.slice(html.indexOf('class="prose"')))?.[1] ?? '';
  const words = h2.replace(/<[^>]+>/g, ' ').match(/[A-Za-z]{5,}/g) ?? [];
  return words.sort((a, b) => b.length - a.length)[0] ?? 'anode';
}

describe('search', () => {
  const chapters = chapterPages();

  it('the build has at least one chapter to search', () => {
    expect(chapters.length).toBeGreaterThan(0);
  });

  it.concurrent.each(chapters)('finds %s from a word in it, typed into the header search box', async (path) => {
    const word = wordFrom(path);
    const v = await visit(site);
    try {
      await v.page.getByRole('searchbox', { name: 'Search the course' }).fill(word);
      await v.page.keyboard.press('Enter');
      await v.page.waitForURL(/\/search\/\?q=/);
      const status = v.page.getByRole('status');
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
      await expect.poll(() => v.page.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/Nothing found/);
    } finally {
      await v.close();
    }
  });
});
