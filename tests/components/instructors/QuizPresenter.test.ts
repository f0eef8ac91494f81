// @vitest-environment happy-dom
/**
 * Projector mode as a lecturer uses it: one question at a time, moved by buttons or clicker keys,
 * the answer hidden until asked for, every move announced.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import QuizPresenter from '../../../components/instructors/QuizPresenter.svelte';
import { buildQuiz } from '../../../src/lib/quiz/buildQuiz';
import { printSheet } from '../../../src/lib/quiz/printSheet';
import { sampleBank } from '../../unit/quiz/sampleBank';
import { BAD_TEXT } from '../../unit/support/badText';

const sheet = printSheet(buildQuiz('sample', sampleBank, 'sample'));
const live = (c: HTMLElement) => c.querySelector('[aria-live="polite"]')?.textContent ?? '';

describe('QuizPresenter', () => {
  it('shows the first question with its answer hidden until asked for', async () => {
    const { container } = render(QuizPresenter, { props: { bankId: 'sample', bank: sampleBank } });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(sheet.questions[0].prompt);
    expect(container.textContent).toContain(`Question 1 of ${sheet.questions.length}`);
    expect(container.textContent).not.toContain(`Answer: ${sheet.key[0].answer}`);
    const show = screen.getByRole('button', { name: 'Show answer' });
    await fireEvent.click(show);
    expect(container.textContent).toContain(`Answer: ${sheet.key[0].answer}`);
    expect(live(container)).toBe(`Answer: ${sheet.key[0].answer}`);
    expect(screen.getByRole('button', { name: 'Hide answer' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('moves with Next, Previous and clicker keys, hiding the answer and announcing the position', async () => {
    const { container } = render(QuizPresenter, { props: { bankId: 'sample', bank: sampleBank } });
    const section = container.querySelector('section')!;
    expect(screen.getByRole('button', { name: '← Previous' })).toHaveProperty('disabled', true);
    await fireEvent.keyDown(section, { key: 'a' });
    expect(container.textContent).toContain('Answer:');
    await fireEvent.click(screen.getByRole('button', { name: 'Next →' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(sheet.questions[1].prompt);
    expect(container.querySelector('.answer')).toBeNull();
    expect(live(container)).toBe(`Question 2 of ${sheet.questions.length}.`);
    await fireEvent.keyDown(section, { key: 'PageDown' });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(sheet.questions[2].prompt);
    await fireEvent.keyDown(section, { key: 'ArrowLeft' });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(sheet.questions[1].prompt);
    await fireEvent.keyDown(section, { key: 'End' });
    expect(container.textContent).toContain(`Question ${sheet.questions.length} of ${sheet.questions.length}`);
    expect(screen.getByRole('button', { name: 'Next →' })).toHaveProperty('disabled', true);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
  });

  it('lays out every question type of the bank without blanks or NaN', async () => {
    const { container } = render(QuizPresenter, { props: { bankId: 'sample', bank: sampleBank } });
    const section = container.querySelector('section')!;
    for (let i = 0; i < sheet.questions.length; i++) {
      await fireEvent.keyDown(section, { key: 'a' });
      expect(container.textContent).not.toMatch(BAD_TEXT);
      expect(container.querySelectorAll('.choices li, .unit').length).toBeGreaterThan(0);
      await fireEvent.keyDown(section, { key: 'ArrowRight' });
    }
  });
});
