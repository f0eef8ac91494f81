/**
 * The progress dashboard in the built site: a student who answered a chapter's check sees it,
 * exports the file, and imports it in a fresh browser (another device) to get the same progress.
 */
import { describe, expect, inject, it } from 'vitest';
import { visit } from './support/browser';

const site = inject('siteUrl');
const KEY = 'alkali-anodes-course:progress';
const at = (path: string) => new URL(path, site).href;

const saved = {
  version: 2,
  chaptersVisited: { 'why-alkali-metal-anodes': '2026-11-20T10:00:00.000Z' },
  quizzes: { 'why-alkali-metal-anodes': { attempts: 1, bestScore: 0.5, lastScore: 0.5, current: null } },
  questions: {},
};

describe('progress dashboard', () => {
  it('shows saved progress, exports it, and a fresh browser imports it', async () => {
    const first = await visit(at('progress/'), { storage: { [KEY]: JSON.stringify(saved) } });
    let exported = '';
    try {
      await first.page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      const main = first.page.locator('main');
      await expect.poll(() => main.innerText()).toMatch(/1 \/ \d+\s*chapters read/);
      expect(await main.innerText()).toMatch(/50\s%/);
      const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.getByRole('button', { name: 'Export progress' }).click()]);
      // The browser runs as a server; its download arrives as a stream.
      const chunks: Buffer[] = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
      exported = Buffer.concat(chunks).toString('utf8');
      expect(JSON.parse(exported).progress.quizzes['why-alkali-metal-anodes'].bestScore).toBe(0.5);
      expect(first.problems).toEqual([]);
    } finally {
      await first.close();
    }

    const second = await visit(at('progress/'));
    try {
      await second.page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      await expect.poll(() => second.page.locator('main').innerText()).toMatch(/0 \/ \d+\s*chapters read/);
      await second.page.locator('input[type=file]').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
      await expect.poll(() => second.page.getByRole('main').getByRole('status').last().innerText()).toBe('Progress imported.');
      expect(await second.page.locator('main').innerText()).toMatch(/1 \/ \d+\s*chapters read/);
      expect(JSON.parse((await second.page.evaluate((k) => localStorage.getItem(k), KEY))!).quizzes['why-alkali-metal-anodes'].bestScore).toBe(0.5);
      expect(second.problems).toEqual([]);
    } finally {
      await second.close();
    }
  });
});
