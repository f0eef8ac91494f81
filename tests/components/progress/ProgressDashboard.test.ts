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
  return render(ProgressDashboard, { props: { chapters, reviewHref: '/review/', openStore: () => openProgressStore({ storage: () => storage }) } });
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

  it('resets only after confirmation', async () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: JSON.stringify(saved()) });
    const { container } = renderDashboard(storage);
    await fireEvent.click(screen.getByRole('button', { name: 'Reset my progress' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(container.textContent).toContain('1 / 2');
    await fireEvent.click(screen.getByRole('button', { name: 'Reset my progress' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, reset everything' }));
    expect(container.textContent).toContain('0 / 2');
    expect(container.querySelector('[aria-live="polite"]')?.textContent).toMatch(/reset/);
  });
});
