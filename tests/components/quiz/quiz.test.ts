// @vitest-environment happy-dom
/**
 * The quiz as a student uses it, in happy-dom: each question type answered right, wrong and
 * partly right, invalid numbers refused with a message (never NaN), feedback focused and
 * announced, answers saved and restored.
 */
import { fireEvent, render, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import Quiz from '../../../components/quiz/Quiz.svelte';
import { buildQuiz } from '../../../src/lib/quiz/buildQuiz';
import { openProgressStore, PROGRESS_KEY, NOTICES, type StorageLike } from '../../../src/lib/quiz/progressStore';
import type { NumericInstance, OrderingInstance } from '../../../src/lib/quiz/types';
import { sampleBank } from '../../unit/quiz/sampleBank';

const BANK_ID = 'sample';

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

function renderQuiz(storage: StorageLike | null = memoryStorage()) {
  const utils = render(Quiz, {
    props: {
      bankId: BANK_ID,
      bank: sampleBank,
      sourceLabels: { xiang2019: 'Xiang et al. 2019' },
      reviewHref: '/review/',
      anchorId: 'check-your-understanding',
      openStore: () => openProgressStore({ storage: () => storage }),
    },
  });
  const article = (id: string) => {
    const el = utils.container.querySelector<HTMLElement>(`[data-question-id="${id}"]`);
    if (!el) throw new Error(`no question ${id}`);
    return within(el);
  };
  const live = () => utils.container.querySelector('.quiz > [aria-live="polite"]')?.textContent ?? '';
  return { ...utils, article, live };
}

// With no ?quiz-seed= and nothing saved, the quiz uses the bank id as its seed.
const instance = buildQuiz(BANK_ID, sampleBank, BANK_ID);
const numeric = instance.questions.find((q) => q.type === 'numeric') as NumericInstance;
const ordering = instance.questions.find((q) => q.type === 'ordering') as OrderingInstance;

type Article = ReturnType<ReturnType<typeof renderQuiz>['article']>;
async function check(q: Article) {
  await fireEvent.click(q.getByRole('button', { name: 'Check answer' }));
}
/** After a wrong first try: the hint shows; ask for the answer instead of trying again. */
async function reveal(q: Article) {
  expect(q.getByText(/You have one more try\./)).toBeTruthy();
  expect(q.queryByText(/Not quite\.|Partly right\./)).toBeNull(); // no verdict or key before the reveal
  await fireEvent.click(q.getByRole('button', { name: 'Show the answer instead' }));
}

afterEach(() => document.body.replaceChildren());

describe('single choice', () => {
  it('marks the right option correct, explains every option, and moves focus to the feedback', async () => {
    const { article, live } = renderQuiz();
    const q = article('single-q');
    await fireEvent.click(q.getByLabelText('Option a'));
    await check(q);
    expect(q.getByText('Correct.')).toBeTruthy();
    for (const id of ['a', 'b', 'c']) expect(q.getByText(new RegExp(`Option ${id} is (right|wrong) because`))).toBeTruthy();
    expect(q.getByText('Your choice · Correct answer')).toBeTruthy();
    expect(document.activeElement?.classList.contains('quiz-feedback')).toBe(true);
    expect(live()).toMatch(/^Question \d: correct\. 1 of 6 answered\.$/);
    expect(q.queryByRole('button', { name: 'Check answer' })).toBeNull();
  });

  it('marks a wrong option in words, not colour alone, and shows the right one', async () => {
    const { article } = renderQuiz();
    const q = article('single-q');
    await fireEvent.click(q.getByLabelText('Option b'));
    await check(q);
    await reveal(q);
    expect(q.getByText('Not quite.')).toBeTruthy();
    expect(q.getByText('Your choice · Not correct')).toBeTruthy();
    expect(q.getByText('Correct answer')).toBeTruthy();
  });

  it('asks for a choice before checking', async () => {
    const { article } = renderQuiz();
    const q = article('single-q');
    await check(q);
    expect(q.getByRole('alert').textContent).toBe('Choose an option first.');
  });
});

describe('multiple select', () => {
  it('gives partial credit and says so', async () => {
    const { article } = renderQuiz();
    const q = article('multi-q');
    expect(q.getByText(/each wrong option you tick cancels one share/)).toBeTruthy();
    await fireEvent.click(q.getByLabelText('Option a'));
    await check(q);
    await reveal(q);
    expect(q.getByText('Partly right.')).toBeTruthy();
    expect(q.getByText('0.50 of 1 point.')).toBeTruthy();
    expect(q.getByText('You left this unticked; it should be ticked.')).toBeTruthy();
  });

  it('gives full credit for exactly the right set', async () => {
    const { article } = renderQuiz();
    const q = article('multi-q');
    await fireEvent.click(q.getByLabelText('Option a'));
    await fireEvent.click(q.getByLabelText('Option b'));
    await check(q);
    expect(q.getByText('Correct.')).toBeTruthy();
  });

  it('scores zero when wrong ticks cancel right ones', async () => {
    const { article } = renderQuiz();
    const q = article('multi-q');
    await fireEvent.click(q.getByLabelText('Option a'));
    await fireEvent.click(q.getByLabelText('Option c'));
    await check(q);
    await reveal(q);
    expect(q.getByText('Not quite.')).toBeTruthy();
  });
});

describe('numeric', () => {
  it.each([
    ['abc', /"abc" is not a number/],
    ['1e999', /far too large/],
    ['', /Enter a number/],
    ['8,86', /Use a point for decimals/],
  ])('refuses %j with a message, keeps focus in the field, and never shows NaN', async (text, message) => {
    const { article, container } = renderQuiz();
    const q = article('numeric-q');
    const input = q.getByLabelText('Your answer (µm)') as HTMLInputElement;
    await fireEvent.input(input, { target: { value: text } });
    await check(q);
    expect(q.getByRole('alert').textContent).toMatch(message);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(q.getByRole('alert').id);
    expect(document.activeElement).toBe(input);
    expect(q.queryByText(/Correct\.|Not quite\./)).toBeNull();
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('accepts the computed answer within tolerance and shows how it is computed', async () => {
    const { article } = renderQuiz();
    const q = article('numeric-q');
    await fireEvent.input(q.getByLabelText('Your answer (µm)'), { target: { value: (numeric.answer * 1.01).toFixed(3) } });
    await check(q);
    expect(q.getByText('Correct.')).toBeTruthy();
    expect(q.getByText(new RegExp(`Computed answer: ${numeric.answerText} µm \\(accepted within 2 %\\)`))).toBeTruthy();
    expect(q.getByText(/Thickness is q M \/ \(F ρ\)/)).toBeTruthy();
  });

  it('marks a wrong number wrong and names a recognised slip', async () => {
    const { article } = renderQuiz();
    const q = article('numeric-q');
    const li = numeric.mistakes[0].value;
    await fireEvent.input(q.getByLabelText('Your answer (µm)'), { target: { value: li.toFixed(4) } });
    await check(q);
    await reveal(q);
    expect(q.getByText('Not quite.')).toBeTruthy();
    expect(q.getByText(/That is the lithium thickness/)).toBeTruthy();
  });
});

describe('ordering', () => {
  it('reorders by keyboard-operable buttons, keeps focus on the moved item, and grades', async () => {
    const { article } = renderQuiz();
    const q = article('order-q');
    // Bubble each item into place with "Move up", as a keyboard user would.
    for (const [target, id] of ordering.correctOrder.entries()) {
      const text = ordering.items.find((i) => i.id === id)!.text;
      const shown = () => [...document.querySelectorAll('[data-question-id="order-q"] .quiz-order-text')].map((e) => e.textContent);
      while (shown().indexOf(text) > target) {
        const button = q.getByRole('button', { name: `Move “${text}” up` });
        await fireEvent.click(button);
        expect((document.activeElement as HTMLElement).getAttribute('aria-label')).toMatch(new RegExp(`Move “${text}” (up|down)`));
      }
    }
    expect(q.getByText(/moved to position \d of 4\./)).toBeTruthy();
    await check(q);
    expect(q.getByText('Correct.')).toBeTruthy();
  });

  it('gives partial credit for a partly right order', async () => {
    const { article } = renderQuiz();
    const q = article('order-q');
    await check(q); // the starting order is never the right one
    await reveal(q);
    expect(q.queryByText('Correct.')).toBeNull();
    expect(q.getByText(/Partly right\.|Not quite\./)).toBeTruthy();
    expect(q.getByText('The correct order:')).toBeTruthy();
  });
});

describe('matching', () => {
  it('asks for every match, then gives a share per correct match', async () => {
    const { article } = renderQuiz();
    const q = article('match-q');
    await check(q);
    expect(q.getByRole('alert').textContent).toBe('Choose a match for every item (3 still to choose).');
    const pick = (left: string, right: string) => {
      const select = q.getByLabelText(left) as HTMLSelectElement;
      const value = [...select.options].find((o) => o.textContent === right)!.value;
      return fireEvent.change(select, { target: { value } });
    };
    await pick('Left p', 'Right p');
    await pick('Left q', 'Right r');
    await pick('Left r', 'Right q');
    await check(q);
    await reveal(q);
    expect(q.getByText('Partly right.')).toBeTruthy();
    expect(q.getByText('0.33 of 1 point.')).toBeTruthy();
    expect(q.getByText('You chose: Right r.')).toBeTruthy();
  });

  it('scores all right as correct', async () => {
    const { article } = renderQuiz();
    const q = article('match-q');
    for (const id of ['p', 'q', 'r']) {
      const select = q.getByLabelText(`Left ${id}`) as HTMLSelectElement;
      await fireEvent.change(select, { target: { value: id } });
    }
    await check(q);
    expect(q.getByText('Correct.')).toBeTruthy();
  });
});

describe('multi-step scenario', () => {
  it('gives feedback after each step, then grades the whole', async () => {
    const { article } = renderQuiz();
    const q = article('scenario-q');
    expect(q.queryByText(/Step 2 of 2/)).toBeNull();
    await fireEvent.click(q.getByLabelText('Option a'));
    await fireEvent.click(q.getByRole('button', { name: 'Confirm this step' }));
    expect(q.getByText('Option a is right because of a reason.')).toBeTruthy();
    expect(document.activeElement?.classList.contains('quiz-step-feedback')).toBe(true);
    expect(q.getByText(/Step 2 of 2/)).toBeTruthy();
    await fireEvent.click(q.getByLabelText('Option a'));
    await check(q);
    expect(q.getByText('Partly right.')).toBeTruthy();
    expect(q.getByText('1 of 2 steps with the best choice.')).toBeTruthy();
    expect(q.getByText('Option b is right because of a reason.')).toBeTruthy(); // the best choice shown
  });

  it('scores every best choice as correct', async () => {
    const { article } = renderQuiz();
    const q = article('scenario-q');
    await fireEvent.click(q.getByLabelText('Option a'));
    await fireEvent.click(q.getByRole('button', { name: 'Confirm this step' }));
    await fireEvent.click(q.getByLabelText('Option b'));
    await check(q);
    expect(q.getByText('Correct.')).toBeTruthy();
  });
});

describe('tries before the reveal', () => {
  it('gives a hint and a second try after a wrong first answer, then the explanation', async () => {
    const { article, live } = renderQuiz();
    const q = article('multi-q'); // a and b are right
    await fireEvent.click(q.getByLabelText('Option a'));
    await fireEvent.click(q.getByLabelText('Option c'));
    await check(q);
    expect(q.getByRole('status').textContent).toMatch(/Hint: 2 options should be ticked\. You ticked 1 option that should not be\./);
    expect(q.queryByText(/because/)).toBeNull(); // no explanation yet
    expect(live()).toMatch(/not yet right.*one more try/);
    await fireEvent.click(q.getByLabelText('Option c'));
    await fireEvent.click(q.getByLabelText('Option b'));
    await fireEvent.click(q.getByRole('button', { name: 'Check my second try' }));
    expect(q.getByText('Correct.')).toBeTruthy();
    expect(q.getByText(/Option c is wrong because/)).toBeTruthy();
    expect(q.queryByRole('button', { name: /Check/ })).toBeNull();
  });

  it('shows the explanation after a wrong second try', async () => {
    const { article } = renderQuiz();
    const q = article('single-q');
    await fireEvent.click(q.getByLabelText('Option b'));
    await check(q);
    await fireEvent.click(q.getByLabelText('Option c'));
    await fireEvent.click(q.getByRole('button', { name: 'Check my second try' }));
    expect(q.getByText('Not quite.')).toBeTruthy();
    expect(q.getByText('Correct answer')).toBeTruthy();
  });

  it('keeps a pending second try across a reload', async () => {
    const storage = memoryStorage();
    const first = renderQuiz(storage);
    await fireEvent.click(first.article('single-q').getByLabelText('Option b'));
    await check(first.article('single-q'));
    first.unmount();
    document.body.replaceChildren();
    const again = renderQuiz(storage);
    await Promise.resolve();
    expect(again.article('single-q').getByText(/You have one more try\./)).toBeTruthy();
  });
});

describe('exam mode (?quiz-mode=exam)', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));
  it('takes one answer per question, shows no feedback until the end, then the score out of the total', async () => {
    window.history.replaceState(null, '', '/?quiz-mode=exam');
    const { article, getByText, container } = renderQuiz();
    await Promise.resolve();
    expect(getByText(/Exam mode:/)).toBeTruthy();
    await fireEvent.click(article('single-q').getByLabelText('Option b'));
    await check(article('single-q'));
    expect(article('single-q').getByText(/Answer saved\./)).toBeTruthy();
    expect(document.activeElement?.classList.contains('quiz-saved')).toBe(true); // focus is not lost with the button
    expect(article('single-q').queryByText(/Not quite\.|one more try/)).toBeNull();
    expect(article('single-q').queryByRole('button', { name: /Check/ })).toBeNull();
    await fireEvent.click(article('scenario-q').getByLabelText('Option a'));
    await fireEvent.click(article('scenario-q').getByRole('button', { name: 'Confirm this step' }));
    expect(article('scenario-q').queryByText(/is right because/)).toBeNull(); // steps withhold feedback too
    await fireEvent.click(article('multi-q').getByLabelText('Option a'));
    await fireEvent.click(article('multi-q').getByLabelText('Option b'));
    await check(article('multi-q'));
    await check(article('order-q'));
    await fireEvent.input(article('numeric-q').getByLabelText('Your answer (µm)'), { target: { value: numeric.answerText } });
    await check(article('numeric-q'));
    for (const id of ['p', 'q', 'r']) await fireEvent.change(article('match-q').getByLabelText(`Left ${id}`), { target: { value: id } });
    await check(article('match-q'));
    expect(container.querySelector('.quiz-feedback')).toBeNull();
    await fireEvent.click(article('scenario-q').getByLabelText('Option b'));
    await check(article('scenario-q'));
    expect(article('single-q').getByText('Not quite.')).toBeTruthy();
    expect(getByText(/^You scored [\d.]+ of 6 \(\d+ %\)\.$/)).toBeTruthy();
  });
});

describe('saved progress', () => {
  it('restores answers and feedback after a reload, without stealing focus', async () => {
    const storage = memoryStorage();
    const first = renderQuiz(storage);
    await fireEvent.click(first.article('single-q').getByLabelText('Option b'));
    await check(first.article('single-q'));
    await reveal(first.article('single-q'));
    expect(storage.data.get(PROGRESS_KEY)).toContain('"optionId":"b"');
    first.unmount();
    document.body.replaceChildren();

    const again = renderQuiz(storage);
    await Promise.resolve();
    const q = again.article('single-q');
    expect(q.getByText('Not quite.')).toBeTruthy();
    expect((q.getByLabelText('Option b') as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement).toBe(document.body);
    expect(again.getByText(/1 of 6 answered/)).toBeTruthy();
  });

  it('shows a notice and starts afresh when the saved entry is corrupt', async () => {
    const { getByRole } = renderQuiz(memoryStorage({ [PROGRESS_KEY]: '{not json' }));
    await Promise.resolve();
    expect(getByRole('status').textContent).toContain(NOTICES.discarded);
  });

  it('works without storage and says answers last only for this page', async () => {
    const { getByRole, getByText, article } = renderQuiz(null);
    await Promise.resolve();
    expect(getByRole('status').textContent).toContain(NOTICES.blocked);
    expect(getByText(/kept only until you leave this page\./, { selector: '.quiz-meta' })).toBeTruthy();
    await fireEvent.click(article('single-q').getByLabelText('Option a'));
    await check(article('single-q'));
    expect(article('single-q').getByText('Correct.')).toBeTruthy();
  });

  it('announces the final score when the last question is answered', async () => {
    const { article, live, getByText } = renderQuiz();
    for (const id of ['single-q', 'multi-q', 'order-q']) {
      if (id !== 'order-q') await fireEvent.click(article(id).getByLabelText('Option a'));
      await check(article(id));
      const second = article(id).queryByRole('button', { name: 'Check my second try' });
      if (second) await fireEvent.click(second);
    }
    await fireEvent.input(article('numeric-q').getByLabelText('Your answer (µm)'), { target: { value: numeric.answerText } });
    await check(article('numeric-q'));
    for (const id of ['p', 'q', 'r']) await fireEvent.change(article('match-q').getByLabelText(`Left ${id}`), { target: { value: id } });
    await check(article('match-q'));
    await fireEvent.click(article('scenario-q').getByLabelText('Option a'));
    await fireEvent.click(article('scenario-q').getByRole('button', { name: 'Confirm this step' }));
    await fireEvent.click(article('scenario-q').getByLabelText('Option b'));
    await check(article('scenario-q'));
    expect(live()).toMatch(/Quiz complete: [\d.]+ of 6 points\./);
    expect(getByText(/^You scored [\d.]+ of 6 \(\d+ %\)\.$/)).toBeTruthy();
    expect(getByText(/Completed attempts: 1\./)).toBeTruthy();
  });

  it('resets all progress after confirmation', async () => {
    const storage = memoryStorage();
    const { article, getByRole } = renderQuiz(storage);
    await fireEvent.click(article('single-q').getByLabelText('Option a'));
    await check(article('single-q'));
    await fireEvent.click(getByRole('button', { name: 'Reset my progress' }));
    await fireEvent.click(getByRole('button', { name: 'Yes, reset everything' }));
    expect(storage.data.has(PROGRESS_KEY)).toBe(false);
    expect(article('single-q').queryByText('Correct.')).toBeNull();
  });
});
