/**
 * The lecturer's tools in the built site: a quiz sheet that prints without the site's chrome, an
 * answer key whose letters match the sheet, and projector mode driven by a clicker's keys.
 */
import { describe, expect, inject, it } from 'vitest';
import { visit } from './support/browser';
import { BAD_TEXT } from '../unit/support/badText';

const site = inject('siteUrl');
const BANK = 'why-alkali-metal-anodes';
const at = (path: string) => new URL(path, site).href;

describe('instructors', () => {
  it('links each bank to its sheet, key and projector mode', async () => {
    const v = await visit(at('instructors/'));
    try {
      for (const name of ['Print sheet', 'Answer key', 'Projector mode']) {
        const link = v.page.getByRole('link', { name: new RegExp(`^${name} for “Why alkali-metal anodes`) });
        expect(await link.count()).toBe(1);
      }
    } finally {
      await v.close();
    }
  });

  it("shows each bank's skill mix, at least half of it reasoning", async () => {
    const v = await visit(at('instructors/'));
    try {
      const cells = await v.page.locator('#exports ~ table tbody tr td:nth-child(3)').allInnerTexts();
      expect(cells.length).toBeGreaterThanOrEqual(16);
      for (const text of cells) {
        const counts = Object.fromEntries([...text.matchAll(/(\d+) (recall|calculate|explain|predict|design|judge)/g)].map((m) => [m[2], Number(m[1])]));
        const total = Object.values(counts).reduce((a, b) => a + b, 0);
        expect(total, text).toBeGreaterThan(0);
        expect(total - (counts.recall ?? 0), text).toBeGreaterThanOrEqual(total / 2);
      }
    } finally {
      await v.close();
    }
  });

  it('prints a quiz sheet alone, every question numbered, with room to answer', async () => {
    const v = await visit(at(`instructors/sheets/${BANK}/`));
    try {
      await v.page.emulateMedia({ media: 'print' });
      expect(await v.page.locator('.site-header').isVisible()).toBe(false);
      expect(await v.page.locator('.no-print').first().isVisible()).toBe(false);
      const questions = v.page.locator('.sheet-question');
      expect(await questions.count()).toBeGreaterThanOrEqual(8);
      expect(await v.page.locator('body').innerText()).not.toMatch(BAD_TEXT);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('keys the first multiple-choice question to a lettered option that exists on the sheet', async () => {
    const sheet = await visit(at(`instructors/sheets/${BANK}/`));
    const key = await visit(at(`instructors/sheets/${BANK}/key/`));
    try {
      const entries = key.page.locator('.key-entry');
      expect(await entries.count()).toBe(await sheet.page.locator('.sheet-question').count());
      const answer = (await entries.first().locator('.answer').innerText()).replace(/^Question 1:\s*/, '').trim();
      const first = sheet.page.locator('.sheet-question').first();
      if (/^[A-Z](, [A-Z])*$/.test(answer)) {
        for (const l of answer.split(', ')) expect(await first.locator('.label', { hasText: new RegExp(`^${l}$`) }).count()).toBe(1);
      } else {
        expect(answer.length).toBeGreaterThan(0);
      }
    } finally {
      await sheet.close();
      await key.close();
    }
  });

  it('steps through questions in projector mode by keyboard and reveals the answer on request', async () => {
    const v = await visit(at(`instructors/present/${BANK}/`));
    try {
      await v.page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      const counter = v.page.locator('.counter');
      const heading = v.page.locator('.presenter h2');
      const first = await heading.innerText();
      await v.page.getByRole('button', { name: 'Next →' }).focus();
      await v.page.keyboard.press('PageDown');
      expect(await counter.innerText()).toMatch(/^Question 2 of \d+$/);
      expect(await heading.innerText()).not.toBe(first);
      await expect.poll(() => v.page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
      expect(await v.page.locator('.presenter .answer').count()).toBe(0);
      await v.page.keyboard.press('a');
      await v.page.locator('.presenter .answer').waitFor();
      expect(await v.page.locator('.presenter [aria-live="polite"]').innerText()).toMatch(/^Answer: /);
      await v.page.keyboard.press('PageUp');
      expect(await heading.innerText()).toBe(first);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
