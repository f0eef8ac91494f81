/**
 * Chapter 1's check in the built site, taken the way a keyboard user would: Tab to each control,
 * Space/Enter/arrows to answer. Progress survives a reload; a corrupted saved entry is cleared
 * with a notice and no console error; the Review page brings back what was missed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { visit, type Visit } from './support/browser';

const site = inject('siteUrl');
const CHAPTER = 'chapters/why-alkali-metal-anodes/';
const KEY = 'alkali-anodes-course:progress';
const at = (path: string) => new URL(path, site).href;

/** Scrolls the check into view so client:visible hydrates it, and waits for hydration. */
async function openCheck(v: Visit) {
  await v.page.locator('#check-your-understanding').scrollIntoViewIfNeeded();
  // Only the check's own island: the chapter's calculators hydrate when they scroll into view.
  await v.page.waitForFunction(() => !document.querySelector('.chapter-check astro-island[ssr]'));
  await v.page.locator('.quiz-meta').waitFor();
}

/** Presses Tab until `selector` (inside the question) has focus. */
async function tabTo(page: Page, question: string, selector: string) {
  for (let i = 0; i < 80; i++) {
    const hit = await page.evaluate(
      ([q, s]) => {
        const el = document.activeElement;
        return !!el && !!el.closest(`[data-question-id="${q}"]`) && el.matches(s);
      },
      [question, selector] as const,
    );
    if (hit) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not Tab to ${selector} in ${question}`);
}

/** Answers one question by keyboard only; returns nothing, the page shows the verdict. */
async function answerByKeyboard(page: Page, id: string, type: string) {
  const q = `[data-question-id="${id}"]`;
  switch (type) {
    case 'single':
    case 'scenario': {
      // A scenario opens one step at a time; keep answering until the whole question is graded.
      for (let s = 0; s < (type === 'scenario' ? 6 : 1); s++) {
        await tabTo(page, id, 'input[type="radio"]');
        await page.keyboard.press('Space');
        await tabTo(page, id, 'button[type="submit"]');
        await page.keyboard.press('Enter');
        if (type === 'scenario' && (await page.locator(`${q} .quiz-verdict`).count()) > 0) break;
      }
      return;
    }
    case 'multiple':
      await tabTo(page, id, 'input[type="checkbox"]');
      await page.keyboard.press('Space');
      await tabTo(page, id, 'button[type="submit"]');
      await page.keyboard.press('Enter');
      return;
    case 'numeric':
      await tabTo(page, id, 'input[type="text"]');
      await page.keyboard.type('abc');
      await page.keyboard.press('Enter');
      await page.locator(`${q} [role="alert"]`).waitFor();
      expect(await page.locator(`${q} [role="alert"]`).innerText()).toMatch(/not a number/);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('text');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('1e999');
      await page.keyboard.press('Enter');
      expect(await page.locator(`${q} [role="alert"]`).innerText()).toMatch(/far too large/);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('12.5');
      await page.keyboard.press('Enter');
      return;
    case 'ordering':
      await tabTo(page, id, 'button[data-direction="down"]:not(:disabled)');
      await page.keyboard.press('Enter');
      await tabTo(page, id, 'button[type="submit"]');
      await page.keyboard.press('Enter');
      return;
    case 'matching': {
      // Tab to each select still showing its placeholder and pick the first match with ArrowDown.
      const selects = await page.locator(`${q} select`).count();
      for (let s = 0; s < selects; s++) {
        await tabTo(page, id, 'select:has(option[value=""]:checked)');
        await page.keyboard.press('ArrowDown');
      }
      await tabTo(page, id, 'button[type="submit"]');
      await page.keyboard.press('Enter');
      return;
    }
  }
}

describe("chapter 1's check", () => {
  it('can be taken end to end by keyboard, with focus on each answer’s feedback and the result announced', async () => {
    const v = await visit(at(CHAPTER));
    try {
      await openCheck(v);
      const questions = await v.page.locator('.quiz-question').evaluateAll((els) =>
        els.map((e) => ({ id: e.getAttribute('data-question-id')!, type: e.querySelector('input[type=text]') ? 'numeric' : e.querySelector('select') ? 'matching' : e.querySelector('.quiz-order') ? 'ordering' : e.querySelector('.quiz-steps') ? 'scenario' : e.querySelector('input[type=checkbox]') ? 'multiple' : 'single' })),
      );
      expect(questions.length).toBeGreaterThanOrEqual(8);
      // Start just above the first question, as a reader arriving at the check would.
      await v.page.locator('.quiz-top').focus();
      for (const { id, type } of questions) {
        await answerByKeyboard(v.page, id, type);
        // A wrong first try shows a hint and offers a second try; take the answer instead, by keyboard.
        const hint = v.page.locator(`[data-question-id="${id}"] .quiz-try`);
        await v.page.locator(`[data-question-id="${id}"] :is(.quiz-try, .quiz-verdict)`).first().waitFor();
        if (await hint.count()) {
          expect(await hint.innerText()).toMatch(/Not yet right\. Hint: .+ You have one more try\./s);
          await tabTo(v.page, id, '.quiz-reveal');
          await v.page.keyboard.press('Enter');
        }
        const verdict = v.page.locator(`[data-question-id="${id}"] .quiz-verdict`);
        await verdict.waitFor();
        expect(await verdict.innerText()).toMatch(/^(Correct|Partly right|Not quite)\./);
        expect(await v.page.evaluate((q) => !!document.activeElement?.closest(`[data-question-id="${q}"] .quiz-feedback`), id)).toBe(true);
      }
      const live = v.page.locator('.quiz > [aria-live="polite"]');
      expect(await live.innerText()).toMatch(/Quiz complete: [\d.]+ of \d+ points\./);
      expect(await v.page.locator('.quiz-score').innerText()).toMatch(/^You scored [\d.]+ of \d+ \(\d+ %\)\.$/);
      const saved = await v.page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);
      expect(saved.version).toBe(3);
      expect(saved.quizzes['why-alkali-metal-anodes'].attempts).toBe(1);

      // Reload: answers, feedback and the score are restored.
      await v.page.reload();
      await openCheck(v);
      await v.page.locator('.quiz-score').waitFor();
      expect(await v.page.locator('.quiz-verdict').count()).toBe(questions.length);
      expect(await v.page.locator('.quiz-meta').innerText()).toMatch(new RegExp(`${questions.length} of ${questions.length} answered\\. Your answers are saved in this browser\\.`));
      expect(await v.page.getByText(/Completed attempts: 1\./).count()).toBe(1);
      // Feedback, verdicts and results pass axe too, in light and dark mode (every-page only sees the unanswered quiz).
      expect(await axeViolations(v.page)).toEqual([]);
      await v.page.emulateMedia({ colorScheme: 'dark' });
      await v.page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
      expect(await axeViolations(v.page)).toEqual([]);

      // Every question is now in the review queue; the misses come back once their shown answer is
      // off screen (10 minutes), the ones right first time a week later.
      const boxes = Object.values(saved.questions as Record<string, { box: number | null }>).map((q) => q.box);
      expect(boxes).toHaveLength(questions.length);
      expect(boxes.every((b) => b === 1 || b === 4)).toBe(true);
      const missed = boxes.filter((b) => b === 1).length;
      await v.page.goto(at('review/'));
      await v.page.locator('.quiz-top').waitFor();
      expect(await v.page.locator('.quiz-meta').innerText()).toMatch(/Nothing is due for review right now\. The next question comes back on/);
      await v.page.clock.setFixedTime(Date.now() + 11 * 60 * 1000);
      await v.page.reload();
      await v.page.locator('.quiz-top').waitFor();
      if (missed > 0) {
        expect(await v.page.locator('.quiz-meta').innerText()).toMatch(new RegExp(`^${missed} questions? due now`));
        expect(await v.page.locator('.quiz-question').count()).toBe(1);
        expect(await axeViolations(v.page)).toEqual([]);
      } else {
        expect(await v.page.locator('.quiz-meta').innerText()).toMatch(/Nothing is due/);
      }
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('in exam mode takes one answer per question and keeps feedback for the end', async () => {
    const v = await visit(at(`${CHAPTER}?quiz-mode=exam`));
    try {
      await openCheck(v);
      await v.page.getByText(/Exam mode:/).waitFor();
      const first = v.page.locator('.quiz-question:has(input[type="radio"]):not(:has(.quiz-steps))').first();
      const id = (await first.getAttribute('data-question-id'))!;
      await v.page.locator('.quiz-top').focus();
      await tabTo(v.page, id, 'input[type="radio"]');
      await v.page.keyboard.press('Space');
      await first.locator('button[type="submit"]').press('Enter');
      await first.locator('.quiz-saved').waitFor();
      expect(await first.locator(':is(.quiz-verdict, .quiz-try, .quiz-feedback)').count()).toBe(0);
      const saved = await v.page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);
      expect(saved.quizzes['why-alkali-metal-anodes'].current.mode).toBe('exam');
      expect(await axeViolations(v.page)).toEqual([]);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('reproduces the same quiz from a shared seed', async () => {
    const order = async (seed: string) => {
      const v = await visit(at(`${CHAPTER}?quiz-seed=${seed}`));
      try {
        await openCheck(v);
        return await v.page.locator('.quiz-question .quiz-prompt').allInnerTexts();
      } finally {
        await v.close();
      }
    };
    const a = await order('lecture7');
    expect(await order('lecture7')).toEqual(a);
    expect(await order('lecture8')).not.toEqual(a);
  });

  it('survives a corrupted saved entry: notice shown, progress cleared, no console error', async () => {
    const v = await visit(at(CHAPTER));
    try {
      await v.page.waitForLoadState('networkidle');
      await v.page.evaluate((k) => localStorage.setItem(k, '{"version":2,"quizzes":{"x":'), KEY);
      await v.page.reload();
      await openCheck(v);
      const notice = v.page.locator('.quiz-notice');
      await notice.waitFor();
      expect(await notice.innerText()).toMatch(/could not be read, so it has been cleared/);
      // The damaged entry is gone; what is saved now is a fresh, valid record with no answers.
      const saved = await v.page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);
      expect(saved).toMatchObject({ version: 3, quizzes: {}, questions: {} });
      expect(await v.page.locator('.quiz-question').count()).toBeGreaterThanOrEqual(8);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('still works when storage is blocked', async () => {
    const v = await visit(at('404.html'));
    try {
      await v.page.waitForLoadState('networkidle');
      await v.context.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
      });
      await v.page.goto(at(CHAPTER));
      await openCheck(v);
      expect(await v.page.locator('.quiz-notice').innerText()).toMatch(/not letting the course save anything/);
      const first = v.page.locator('.quiz-question').first();
      const radio = first.locator('input[type="radio"]').first();
      if (await radio.count()) {
        await radio.focus();
        await v.page.keyboard.press('Space');
        await first.locator('button[type="submit"]').press('Enter');
        await first.locator(':is(.quiz-verdict, .quiz-try)').first().waitFor();
      }
      expect(v.problems.filter((p) => !p.startsWith('HTTP 404'))).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
