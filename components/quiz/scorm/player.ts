/**
 * The quiz inside a SCORM package: the course's own engine (buildQuiz, gradeQuestion, the numeric
 * reader) in plain DOM, bundled into one script by src/lib/quiz/exports/scormPlayer.ts. Answers
 * are saved in cmi.suspend_data as they change, so a learner who leaves resumes where they were;
 * "Submit answers" grades everything, shows the feedback and reports the score, completion and
 * pass or fail to the LMS.
 */
import { buildQuiz } from '../../../src/lib/quiz/buildQuiz';
import { gradeQuestion, isInvalid, quizScore } from '../../../src/lib/quiz/grading';
import { freshSeed, isValidSeed } from '../../../src/lib/quiz/seededRandom';
import { connectLms, type ScormVersion } from '../../../src/lib/quiz/scorm/lms';
import type { Grade, QuestionBank, QuestionInstance, QuestionResponse } from '../../../src/lib/quiz/types';

interface PackageData {
  bankId: string;
  version: ScormVersion;
  passMark: number;
  bank: QuestionBank;
}

/** What suspend_data holds: the seed of this learner's quiz, the form's values, and whether it was submitted. */
interface Saved {
  seed: string;
  values: Record<string, string | string[]>;
  submitted?: boolean;
}

function el<T extends HTMLElement = HTMLElement>(tag: string, props: Record<string, unknown> = {}, ...children: (Node | string)[]): T {
  const e = Object.assign(document.createElement(tag), props) as T;
  e.append(...children);
  return e;
}

function readSaved(text: string): Saved | null {
  try {
    const s = JSON.parse(text) as Saved;
    return s && isValidSeed(s.seed) && typeof s.values === 'object' ? s : null;
  } catch {
    return null;
  }
}

function choiceInputs(name: string, type: 'radio' | 'checkbox', options: { id: string; text: string }[]): HTMLElement[] {
  return options.map((o) => el('label', { className: 'choice' }, el('input', { type, name, value: o.id }), ` ${o.text}`));
}

/** The controls of one question; every control's name starts with the question id. */
function controls(q: QuestionInstance): HTMLElement[] {
  switch (q.type) {
    case 'single':
      return choiceInputs(q.id, 'radio', q.options);
    case 'multiple':
      return [el('p', { className: 'hint' }, 'Tick every option that applies.'), ...choiceInputs(q.id, 'checkbox', q.options)];
    case 'numeric':
      return [el('label', {}, `Your answer${q.unit ? ` (${q.unit})` : ''} `, el('input', { type: 'text', name: q.id, autocomplete: 'off', inputMode: 'decimal' }))];
    case 'ordering':
      return [
        el('p', { className: 'hint' }, 'Give each item its position (1 = first).'),
        ...q.items.map((item) =>
          el('label', { className: 'row' }, `${item.text} `, el('select', { name: `${q.id}:${item.id}` }, el('option', { value: '' }, 'Position…'), ...q.items.map((_, i) => el('option', { value: String(i + 1) }, String(i + 1))))),
        ),
      ];
    case 'matching':
      return q.pairs.map((p) =>
        el('label', { className: 'row' }, `${p.left} `, el('select', { name: `${q.id}:${p.id}` }, el('option', { value: '' }, 'Choose a match…'), ...q.rights.map((r) => el('option', { value: r.id }, r.text)))),
      );
    case 'scenario':
      return q.steps.map((s, i) => el('fieldset', { className: 'step' }, el('legend', {}, `Step ${i + 1}: ${s.prompt}`), ...choiceInputs(`${q.id}:${s.id}`, 'radio', s.options)));
  }
}

/** The response a question's controls hold, or a message saying what is missing. */
function responseOf(q: QuestionInstance, values: Saved['values']): QuestionResponse | string {
  const one = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '');
  switch (q.type) {
    case 'single':
      return one(q.id) ? { type: 'single', optionId: one(q.id) } : 'Choose an option.';
    case 'multiple': {
      const ticked = Array.isArray(values[q.id]) ? (values[q.id] as string[]) : [];
      return ticked.length ? { type: 'multiple', optionIds: ticked } : 'Tick at least one option.';
    }
    case 'numeric':
      return one(q.id).trim() ? { type: 'numeric', text: one(q.id) } : 'Enter a number.';
    case 'ordering': {
      const positions = q.items.map((i) => Number(one(`${q.id}:${i.id}`)));
      if (positions.some((p) => !p) || new Set(positions).size !== positions.length) return 'Give every item a different position.';
      return { type: 'ordering', order: [...q.items].sort((a, b) => positions[q.items.indexOf(a)] - positions[q.items.indexOf(b)]).map((i) => i.id) };
    }
    case 'matching': {
      const matches = Object.fromEntries(q.pairs.map((p) => [p.id, one(`${q.id}:${p.id}`)]));
      return Object.values(matches).every(Boolean) ? { type: 'matching', matches } : 'Choose a match for every item.';
    }
    case 'scenario': {
      const choices = q.steps.map((s) => one(`${q.id}:${s.id}`));
      return choices.every(Boolean) ? { type: 'scenario', choices } : 'Choose an option in every step.';
    }
  }
}

const VERDICT = { correct: 'Correct.', partial: 'Partly right.', wrong: 'Not right.' } as const;

/** Feedback for a graded question: the verdict, the key and the explanations. */
function feedback(q: QuestionInstance, g: Grade): string {
  const lines = [`${VERDICT[g.verdict]} ${g.score.toFixed(2)} of 1 point.`];
  if (q.type === 'single' || q.type === 'multiple') for (const o of q.options) lines.push(`${o.correct ? '✓' : '✗'} ${o.text}: ${o.explanation}`);
  if (q.type === 'numeric') lines.push(`Answer: ${q.answerText} ${q.unit}.`, ...(g.mistake ? [g.mistake] : []), q.explanation);
  if (q.type === 'ordering') lines.push(`Right order: ${q.correctOrder.map((id) => q.items.find((i) => i.id === id)!.text).join(' → ')}.`);
  if (q.type === 'matching') for (const p of q.pairs) lines.push(`${p.left}: ${p.right}. ${p.explanation}`);
  if (q.type === 'scenario') for (const s of q.steps) lines.push(`${s.prompt} Best: ${s.options.find((o) => o.correct)!.text}. ${s.options.find((o) => o.correct)!.explanation}`);
  return lines.join('\n');
}

export function mountPlayer(root: HTMLElement, data: PackageData) {
  const lms = connectLms(data.version);
  const saved = readSaved(lms.get('suspend'));
  const state: Saved = saved ?? { seed: freshSeed(), values: {} };
  const quiz = buildQuiz(data.bankId, data.bank, state.seed);
  const form = el<HTMLFormElement>('form', { noValidate: true });
  const status = el('p', { id: 'status' });
  status.setAttribute('role', 'status');
  const cards = new Map<string, { box: HTMLElement; result: HTMLElement }>();

  quiz.questions.forEach((q, i) => {
    const result = el('p', { className: 'result' });
    const box = el('fieldset', { className: 'question' }, el('legend', {}, `Question ${i + 1} of ${quiz.questions.length}: ${q.prompt}`), ...controls(q), result);
    box.dataset.questionId = q.id;
    cards.set(q.id, { box, result });
    form.append(box);
  });
  const submit = el('button', { type: 'submit' }, 'Submit answers');
  form.append(submit);
  root.append(
    el('h1', {}, quiz.title),
    el('p', {}, `${quiz.questions.length} questions. Your answers are saved as you go. Submit when you are done; the pass mark is ${Math.round(data.passMark * 100)} %.`),
    form,
    status,
  );

  // Restore the saved values into the form.
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
    const v = state.values[control.name];
    if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) control.checked = Array.isArray(v) ? v.includes(control.value) : v === control.value;
    else if (typeof v === 'string') control.value = v;
  }

  function readForm() {
    const values: Saved['values'] = {};
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
      if (control instanceof HTMLInputElement && control.type === 'checkbox') {
        if (control.checked) values[control.name] = [...((values[control.name] as string[]) ?? []), control.value];
      } else if (control instanceof HTMLInputElement && control.type === 'radio') {
        if (control.checked) values[control.name] = control.value;
      } else if (control.value) values[control.name] = control.value;
    }
    state.values = values;
  }
  form.addEventListener('change', () => {
    readForm();
    lms.save(JSON.stringify(state));
  });

  function grade(report: boolean) {
    readForm();
    const grades: Grade[] = [];
    let firstProblem: HTMLElement | undefined;
    for (const q of quiz.questions) {
      const card = cards.get(q.id)!;
      const r = responseOf(q, state.values);
      const g = typeof r === 'string' ? r : gradeQuestion(q, r);
      if (typeof g === 'string' || isInvalid(g)) {
        card.result.textContent = typeof g === 'string' ? g : g.message;
        firstProblem ??= card.box;
        continue;
      }
      grades.push(g);
      card.result.textContent = '';
      card.result.dataset.pending = feedback(q, g);
    }
    if (firstProblem) {
      status.textContent = 'Some questions still need an answer; see the messages under them.';
      firstProblem.querySelector<HTMLElement>('input, select')?.focus();
      return;
    }
    for (const { result } of cards.values()) result.textContent = result.dataset.pending ?? '';
    const { points, total } = quizScore(grades);
    const passed = points / total >= data.passMark - 1e-9;
    status.textContent = `You scored ${points.toFixed(2)} of ${total} (${Math.round((100 * points) / total)} %): ${passed ? 'passed' : 'not yet passed'} (pass mark ${Math.round(data.passMark * 100)} %).`;
    for (const c of form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button')) c.disabled = true;
    if (report) {
      state.submitted = true;
      lms.save(JSON.stringify(state));
      lms.report(points, total, data.passMark);
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    grade(true);
  });
  if (state.submitted) grade(false);
  if (!saved) lms.save(JSON.stringify(state));
  window.addEventListener('pagehide', () => lms.finish());
}

const data = (window as unknown as { SCORM_QUIZ?: PackageData }).SCORM_QUIZ;
const root = document.getElementById('quiz');
if (data && root) mountPlayer(root, data);
