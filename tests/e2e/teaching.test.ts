/**
 * The teaching components as a student and a lecturer meet them, by keyboard: a worked example
 * reveals its steps one at a time and announces them, and shows them all when printed or in
 * lecture mode; a numeric problem gives a hint after a wrong try and opens its solution after the
 * second, a written problem records an honest self-check; the progress dashboard counts both; the
 * instructors' sheets print the chapter's own draw; the print book moves solutions to an appendix.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { visit } from './support/browser';

const site = inject('siteUrl');
const CHAPTER = 'how-metal-anodes-fail';
const url = (path: string) => new URL(path, site).href;

/** Scrolls the first element matching `scope` into view and waits for its islands (client:visible). */
async function hydrated(page: Page, scope: string): Promise<void> {
  await page.locator(scope).first().scrollIntoViewIfNeeded();
  await page.waitForFunction((s) => [...(document.querySelector(s)?.querySelectorAll('astro-island') ?? [])].every((i) => !i.hasAttribute('ssr')), scope);
}

const visibleSteps = (page: Page) =>
  page.locator('[data-kind="worked-example"]').first().locator('.we-step').evaluateAll((steps) => steps.filter((s) => (s as HTMLElement).checkVisibility()).length);

describe('worked examples', () => {
  it('reveal one step at a time by keyboard, announce each, and end on the check', async () => {
    const v = await visit(url(`chapters/${CHAPTER}/`));
    try {
      const example = v.page.locator('[data-kind="worked-example"]').first();
      const total = await example.locator('.we-step').count();
      expect(total).toBeGreaterThanOrEqual(2);
      expect(await visibleSteps(v.page)).toBe(0);
      const first = example.getByRole('button', { name: 'Show the first step' });
      await first.focus();
      await v.page.keyboard.press('Enter');
      expect(await visibleSteps(v.page)).toBe(1);
      await expect.poll(() => example.locator('.we-status').innerText()).toBe(`Step 1 of ${total} shown.`);
      await example.getByRole('button', { name: 'Show all steps' }).click();
      expect(await visibleSteps(v.page)).toBe(total);
      // Focus lands on the closing check, not on a removed button.
      expect(await v.page.evaluate(() => document.activeElement?.getAttribute('data-step'))).toBe('check');
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('show every step in print and in lecture mode', async () => {
    const v = await visit(url(`chapters/${CHAPTER}/`));
    try {
      const total = await v.page.locator('[data-kind="worked-example"]').first().locator('.we-step').count();
      await v.page.emulateMedia({ media: 'print' });
      expect(await visibleSteps(v.page)).toBe(total);
      await v.page.emulateMedia({ media: 'screen' });
      expect(await visibleSteps(v.page)).toBe(0);
      await v.page.evaluate(() => {
        document.documentElement.dataset.lecture = '';
      });
      expect(await visibleSteps(v.page)).toBe(total);
    } finally {
      await v.close();
    }
  });

  it('check a typed answer with the quiz grader, with a clear message for unreadable input', async () => {
    const v = await visit(url(`chapters/${CHAPTER}/`));
    try {
      const scope = '[data-kind="worked-example"]:has(form)';
      await hydrated(v.page, scope);
      const example = v.page.locator(scope).first();
      const box = example.getByRole('textbox');
      await box.fill('1,5');
      await box.press('Enter');
      await expect.poll(() => example.getByRole('status').innerText()).toMatch(/Use a point for decimals/);
      await box.fill('0.000001');
      await box.press('Enter');
      await expect.poll(() => example.getByRole('status').innerText()).toMatch(/Not yet/);
      expect(await example.innerText()).not.toMatch(/NaN|undefined/);
    } finally {
      await v.close();
    }
  });
});

describe('problems', () => {
  it('a numeric problem: hint after a wrong try, solution after the second, counted on the dashboard', async () => {
    const v = await visit(url(`chapters/${CHAPTER}/`));
    try {
      const scope = '[data-kind="problem"]:has(form)';
      await hydrated(v.page, scope);
      const problem = v.page.locator(scope).first();
      const answerText = (await problem.locator('.problem-answer').textContent())!.replace('Answer:', '').trim();
      const answer = Number(answerText.split(' ')[0].replace(/,/g, '').replace('\u2212', '-'));
      expect(Number.isFinite(answer)).toBe(true);
      const solution = problem.locator('details[data-part="solution"]');
      expect(await solution.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      const box = problem.getByRole('textbox');
      await box.fill(String(answer * 3 + 7));
      await box.press('Enter');
      await expect.poll(() => problem.locator('.problem-hint').count()).toBe(1);
      expect(await solution.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      await box.fill(String(answer * 3 + 7));
      await box.press('Enter');
      await expect.poll(() => solution.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      await box.fill(answerText.split(' ')[0].replace(/,/g, '').replace('\u2212', '-'));
      await box.press('Enter');
      await expect.poll(() => problem.getByRole('status').first().innerText()).toMatch(/^Right\./);

      const written = v.page.locator('[data-kind="problem"]:not(:has(form))').first();
      await hydrated(v.page, '[data-kind="problem"]:not(:has(form))');
      await written.getByRole('button', { name: 'Show solution' }).click();
      expect(await written.locator('details[data-part="solution"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      await written.getByRole('button', { name: 'Yes' }).click();
      await expect.poll(() => written.getByRole('status').innerText()).toMatch(/Recorded as solved/);

      await v.page.goto(url('progress/'), { waitUntil: 'load' });
      await expect.poll(() => v.page.locator('.problem-tally').innerText()).toMatch(/attempted 2 and solved 2/);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('survives corrupt saved problem progress', async () => {
    const v = await visit(url('progress/'), { storage: { 'alkali-anodes-course:problems': '{"version":1,"problems":{"x":{"attempted":"nope"}}}' } });
    try {
      await expect.poll(() => v.page.locator('.problem-tally').innerText()).toMatch(/attempted 0 and solved 0/);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});

describe('for lecturers and on paper', () => {
  it('the problem sheet prints the chapter’s draw, and the solutions sheet its answers', async () => {
    const v = await visit(url(`chapters/${CHAPTER}/`));
    try {
      const chapterStatements = await v.page.locator('[data-kind="problem"] .problem-statement').allInnerTexts();
      const chapterAnswers = await v.page.locator('[data-kind="problem"] .problem-answer').allTextContents();
      await v.page.goto(url(`instructors/problems/${CHAPTER}/`), { waitUntil: 'load' });
      expect(await v.page.locator('.problem-statement').allInnerTexts()).toEqual(chapterStatements);
      expect(await v.page.locator('.problem-answer').count()).toBe(0);
      await v.page.getByRole('link', { name: 'Solutions' }).click();
      await v.page.waitForURL(/solutions\/$/);
      expect(await v.page.locator('.problem-answer').allTextContents()).toEqual(chapterAnswers);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('the print book shows worked examples whole and moves solutions to an appendix', async () => {
    const v = await visit(url('print/'));
    try {
      const book = v.page.locator(`article:has(#ch-${CHAPTER})`);
      const steps = book.locator('.we-step');
      expect(await steps.count()).toBeGreaterThan(0);
      expect(await steps.evaluateAll((s) => s.every((x) => (x as HTMLElement).checkVisibility()))).toBe(true);
      expect(await book.locator('details[data-part="solution"]').count()).toBe(0);
      const pointers = await book.locator('.problem-solution-pointer a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(pointers.length).toBe(await book.locator('[data-kind="problem"]').count());
      for (const href of pointers) expect(await v.page.locator(href).count(), href).toBe(1);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
