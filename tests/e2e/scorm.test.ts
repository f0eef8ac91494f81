/**
 * The SCORM packages in a browser with scorm-again as the LMS: an LMS page provides the API
 * (SCORM 1.2 `API`, SCORM 2004 `API_1484_11`) and opens the package's launch page in a frame, as
 * an LMS does. The learner answers; the test reads back what the LMS received (score, status,
 * suspend_data) and checks it against the course's own grader for the same answers. A resumed
 * attempt restores the answers from suspend_data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bankSchema, type QuestionBank } from '../../src/lib/quiz/bankSchema';
import { buildQuiz } from '../../src/lib/quiz/buildQuiz';
import { gradeQuestion, isInvalid } from '../../src/lib/quiz/grading';
import { scormFiles } from '../../src/lib/quiz/exports/scorm';
import { scormPlayerScript } from '../../src/lib/quiz/exports/scormPlayer';
import { PASS_MARK } from '../../src/lib/quiz/scorm/passMark';
import type { QuestionInstance, QuestionResponse } from '../../src/lib/quiz/types';
import { sharedBrowser } from './support/browser';
import { axeViolations } from './support/axe';

// The package exports no package.json; its dist/ folder holds the browser builds.
const scormAgain = join(process.cwd(), 'node_modules/scorm-again/dist');
const BANK = 'why-alkali-metal-anodes';
const bank = bankSchema.parse(JSON.parse(readFileSync(join(process.cwd(), 'content/quizzes', `${BANK}.json`), 'utf8'))) as QuestionBank;
const ORIGIN = 'http://lms.test';

/** A right or a deliberately wrong response to a question. */
function responseFor(q: QuestionInstance, right: boolean): QuestionResponse {
  switch (q.type) {
    case 'single':
      return { type: 'single', optionId: q.options.find((o) => o.correct === right)!.id };
    case 'multiple':
      return { type: 'multiple', optionIds: q.options.filter((o) => o.correct === right).map((o) => o.id) };
    case 'numeric':
      return { type: 'numeric', text: String(right ? q.answer : q.answer * 3 + 1) };
    case 'ordering':
      return { type: 'ordering', order: right ? q.correctOrder : [...q.correctOrder].reverse() };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(q.pairs.map((p, i) => [p.id, right ? p.id : q.pairs[(i + 1) % q.pairs.length].id])) };
    case 'scenario':
      return { type: 'scenario', choices: q.steps.map((s) => s.options.find((o) => o.correct === right)!.id) };
  }
}

/** Gives `r` through the player's controls, as a learner would. */
async function answer(frame: Frame, q: QuestionInstance, r: QuestionResponse) {
  const box = frame.locator(`[data-question-id="${q.id}"]`);
  const pick = (name: string, value: string) => box.locator(`input[name="${name}"][value="${value}"]`).check();
  switch (r.type) {
    case 'single':
      return pick(q.id, r.optionId);
    case 'multiple':
      for (const id of r.optionIds) await pick(q.id, id);
      return;
    case 'numeric': {
      const input = box.locator('input[type="text"]');
      await input.fill(r.text);
      return input.dispatchEvent('change');
    }
    case 'ordering':
      for (const [i, id] of r.order.entries()) await box.locator(`select[name="${q.id}:${id}"]`).selectOption(String(i + 1));
      return;
    case 'matching':
      for (const [left, right] of Object.entries(r.matches)) await box.locator(`select[name="${q.id}:${left}"]`).selectOption(right);
      return;
    case 'scenario':
      if (q.type !== 'scenario') return;
      for (const [i, id] of r.choices.entries()) await pick(`${q.id}:${q.steps[i].id}`, id);
  }
}

/** Opens the LMS page with the package in a frame; `resume` preloads the LMS's saved data. */
async function launch(version: '1.2' | '2004', resume?: Record<string, unknown>, direct = false) {
  const files = scormFiles(version, BANK, bank, await scormPlayerScript());
  const context = await (await sharedBrowser()).newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  const [script, ctor, global] = version === '1.2' ? ['scorm12.min.js', 'Scorm12API', 'API'] : ['scorm2004.min.js', 'Scorm2004API', 'API_1484_11'];
  const lms = `<!doctype html><html lang="en"><head><title>LMS</title><script src="/scorm-again.js"></script></head><body>
<script>window.${global} = new ${ctor}({ autocommit: false, logLevel: 5 });${resume ? `window.${global}.loadFromJSON(${JSON.stringify(resume)});` : ''}</script>
<iframe id="sco" title="Quiz" src="/pkg/index.html" style="width:100%;height:3000px"></iframe></body></html>`;
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/lms.html') return route.fulfill({ contentType: 'text/html', body: lms });
    if (path === '/scorm-again.js') return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(scormAgain, script), 'utf8') });
    const file = files[path.replace(/^\/pkg\//, '')];
    if (file === undefined) return route.fulfill({ status: 404, body: 'not in the package' });
    const type = path.endsWith('.html') ? 'text/html' : path.endsWith('.css') ? 'text/css' : 'text/javascript';
    return route.fulfill({ contentType: `${type}; charset=utf-8`, body: file });
  });
  await page.goto(direct ? `${ORIGIN}/pkg/index.html` : `${ORIGIN}/lms.html`);
  const frame = direct ? page.mainFrame() : page.frame({ url: `${ORIGIN}/pkg/index.html` })!;
  await frame.locator('[data-question-id]').first().waitFor();
  const get = (key: string) => page.evaluate(([g, k]) => (window as unknown as Record<string, { LMSGetValue?: (k: string) => string; GetValue?: (k: string) => string }>)[g][g === 'API' ? 'LMSGetValue' : 'GetValue']!(k), [global, key] as const);
  return { page, frame, get, problems, close: () => context.close() };
}

/** The course's score for the same answers, and whether it passes. */
function expected(questions: QuestionInstance[], responses: QuestionResponse[]) {
  const points = questions.reduce((s, q, i) => {
    const g = gradeQuestion(q, responses[i]);
    if (isInvalid(g)) throw new Error(g.message);
    return s + g.score;
  }, 0);
  return { points, total: questions.length, passed: points / questions.length >= PASS_MARK };
}

async function submit(page: Page, frame: Frame) {
  await frame.getByRole('button', { name: 'Submit answers' }).click();
  await frame.locator('#status').filter({ hasText: /You scored/ }).waitFor();
  return page;
}

describe('SCORM packages run in an LMS (scorm-again)', () => {
  it('SCORM 2004: all right → score 1, completed, passed', async () => {
    const lms = await launch('2004');
    try {
      expect(await lms.get('cmi.completion_status')).toBe('incomplete');
      const { seed } = JSON.parse(await lms.get('cmi.suspend_data')) as { seed: string };
      const quiz = buildQuiz(BANK, bank, seed);
      const responses = quiz.questions.map((q) => responseFor(q, true));
      for (const [i, q] of quiz.questions.entries()) await answer(lms.frame, q, responses[i]);
      await submit(lms.page, lms.frame);
      const e = expected(quiz.questions, responses);
      expect(e.points).toBeCloseTo(quiz.questions.length, 9);
      expect(Number(await lms.get('cmi.score.scaled'))).toBeCloseTo(1, 4);
      expect(Number(await lms.get('cmi.score.raw'))).toBeCloseTo(e.points, 3);
      expect(await lms.get('cmi.score.max')).toBe(String(e.total));
      expect(await lms.get('cmi.completion_status')).toBe('completed');
      expect(await lms.get('cmi.success_status')).toBe('passed');
      // The graded quiz, with every explanation shown, passes axe too (run inside the package's frame).
      expect(await axeViolations(lms.frame as unknown as Page)).toEqual([]);
      expect(lms.problems).toEqual([]);
    } finally {
      await lms.close();
    }
  });

  it('SCORM 1.2: half wrong → the course grader’s score (0–100) and failed; a resumed attempt keeps its answers', async () => {
    const first = await launch('1.2');
    let suspend = '';
    let quiz;
    let responses: QuestionResponse[] = [];
    try {
      expect(await first.get('cmi.core.lesson_status')).toBe('incomplete');
      const { seed } = JSON.parse(await first.get('cmi.suspend_data')) as { seed: string };
      quiz = buildQuiz(BANK, bank, seed);
      responses = quiz.questions.map((q, i) => responseFor(q, i % 2 === 1));
      // Answer the first half, then leave.
      const half = Math.ceil(quiz.questions.length / 2);
      for (const [i, q] of quiz.questions.slice(0, half).entries()) await answer(first.frame, q, responses[i]);
      suspend = await first.get('cmi.suspend_data');
      expect(Object.keys((JSON.parse(suspend) as { values: object }).values).length).toBeGreaterThan(0);
    } finally {
      await first.close();
    }

    const again = await launch('1.2', { suspend_data: suspend, core: { lesson_status: 'incomplete' } });
    try {
      const q0 = quiz.questions[0];
      const r0 = responses[0];
      if (r0.type === 'single') expect(await again.frame.locator(`input[name="${q0.id}"][value="${r0.optionId}"]`).isChecked()).toBe(true);
      expect(await again.get('cmi.suspend_data')).toBe(suspend); // same seed, same answers: same quiz
      const half = Math.ceil(quiz.questions.length / 2);
      for (const [i, q] of quiz.questions.entries()) if (i >= half) await answer(again.frame, q, responses[i]);
      await submit(again.page, again.frame);
      const e = expected(quiz.questions, responses);
      expect(Number(await again.get('cmi.core.score.raw'))).toBeCloseTo((100 * e.points) / e.total, 1);
      expect(await again.get('cmi.core.lesson_status')).toBe(e.passed ? 'passed' : 'failed');
      expect(e.passed).toBe(false);
      expect(again.problems).toEqual([]);
    } finally {
      await again.close();
    }
  });

  it('works without an LMS too, says what is missing, and passes axe before and after trying to submit', async () => {
    const alone = await launch('2004', undefined, true);
    try {
      expect(await axeViolations(alone.page)).toEqual([]);
      await alone.frame.getByRole('button', { name: 'Submit answers' }).click();
      await alone.frame.locator('#status').filter({ hasText: /still need an answer/ }).waitFor();
      expect(await alone.page.evaluate(() => document.activeElement?.tagName)).toMatch(/INPUT|SELECT/);
      expect(await axeViolations(alone.page)).toEqual([]);
      // Without an LMS nothing is saved, so read this attempt's questions from the page itself.
      const ids = await alone.frame.locator('[data-question-id]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.questionId!));
      expect(ids.length).toBeGreaterThanOrEqual(8);
      expect(alone.problems).toEqual([]);
    } finally {
      await alone.close();
    }
  });
});
