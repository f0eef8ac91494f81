// @vitest-environment happy-dom
/**
 * The progress dashboard as a student uses it: what it shows for saved progress, importing a
 * file (good, foreign, damaged), and resetting, all announced.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ProgressDashboard from '../../../components/progress/ProgressDashboard.svelte';
import { openProgressStore, PROGRESS_KEY, type StorageLike } from '../../../src/lib/quiz/progressStore';
import { emptyProgress } from '../../../src/lib/quiz/progressSchema';
import { progressFileText } from '../../../src/lib/quiz/progressSummary';
import { openProblemProgress, PROBLEM_PROGRESS_KEY, recordAttempt, emptyProblemProgress } from '../../../src/lib/problems/problemProgress';
import { BAD_TEXT } from '../../unit/support/badText';

const chapters = [
  { slug: 'one', title: 'One', bankId: 'one', href: '/chapters/one/' },
  { slug: 'two', title: 'Two', bankId: 'two', href: '/chapters/two/' },
];

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

function saved() {
  const p = emptyProgress();
  p.chaptersVisited = { one: new Date().toISOString() };
  p.quizzes.one = { attempts: 1, bestScore: 0.8, lastScore: 0.8, current: null };
  return p;
}

function renderDashboard(storage: StorageLike) {
  return render(ProgressDashboard, {
    props: { chapters, reviewHref: '/review/', openStore: () => openProgressStore({ storage: () => storage }), openProblems: () => openProblemProgress(() => storage) },
  });
}

function problemsSolved() {
  const t = new Date('2026-11-30T10:00:00Z');
  return recordAttempt(recordAttempt(emptyProblemProgress(), 'one/p1', true, t), 'labs/mossy/onset', false, t);
}

async function upload(input: HTMLInputElement, text: string) {
  const file = new File([text], 'progress.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await fireEvent.change(input);
  await new Promise((ok) => setTimeout(ok, 20));
}

describe('ProgressDashboard', () => {
  it('shows chapters read, best scores and where to continue', () => {
    const { container } = renderDashboard(memoryStorage({ [PROGRESS_KEY]: JSON.stringify(saved()) }));
    expect(container.textContent).toContain('1 / 2');
    expect(container.textContent).toMatch(/80\s%/);
    expect(container.querySelector('.card a')?.textContent).toBe('Two');
    expect(container.textContent).not.toMatch(BAD_TEXT);
  });

  it('imports a progress file, refuses foreign or damaged ones, and announces each outcome', async () => {
    const storage = memoryStorage();
    const { container } = renderDashboard(storage);
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    const status = () => container.querySelector('[aria-live="polite"]')?.textContent;
    await upload(input, '{"something":"else"}');
    expect(status()).toMatch(/not a progress file/);
    expect(container.textContent).toContain('0 / 2');
    await upload(input, '{"kind":"alkali-metal-anodes-course/progress","progress":{"version":2}}');
    expect(status()).toMatch(/damaged/);
    await upload(input, progressFileText(saved(), new Date()));
    expect(status()).toBe('Progress imported.');
    expect(container.textContent).toContain('1 / 2');
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!).quizzes.one.bestScore).toBe(0.8);
  });

  it('carries problems and lab checkpoints in the file, and keeps them when that part is damaged', async () => {
    const storage = memoryStorage({ [PROBLEM_PROGRESS_KEY]: JSON.stringify(problemsSolved()) });
    const { container } = renderDashboard(storage);
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    const status = () => container.querySelector('[aria-live="polite"]')?.textContent;
    const file = JSON.parse(progressFileText(saved(), new Date(), problemsSolved()));
    file.problems.problems['one/p1'].solved = 'not a date';
    await upload(input, JSON.stringify(file));
    expect(status()).toMatch(/problems and labs part of the file is damaged/);
    expect(JSON.parse(storage.data.get(PROBLEM_PROGRESS_KEY)!).problems['one/p1'].solved).toBe('2026-11-30T10:00:00.000Z');
    const other = recordAttempt(emptyProblemProgress(), 'two/p3', true, new Date('2026-12-01T09:00:00Z'));
    await upload(input, progressFileText(saved(), new Date(), other));
    expect(status()).toBe('Progress imported.');
    expect(Object.keys(JSON.parse(storage.data.get(PROBLEM_PROGRESS_KEY)!).problems)).toEqual(['two/p3']);
  });

  it('resets only after confirmation, problems and labs included', async () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: JSON.stringify(saved()), [PROBLEM_PROGRESS_KEY]: JSON.stringify(problemsSolved()) });
    const { container } = renderDashboard(storage);
    await fireEvent.click(screen.getByRole('button', { name: 'Reset my progress' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(container.textContent).toContain('1 / 2');
    await fireEvent.click(screen.getByRole('button', { name: 'Reset my progress' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, reset everything' }));
    expect(container.textContent).toContain('0 / 2');
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toMatch(/reset/);
    expect(storage.data.has(PROBLEM_PROGRESS_KEY)).toBe(false);
  });
});
