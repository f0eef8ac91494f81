// @vitest-environment happy-dom
/** The Review page's island: due questions across chapters, one at a time, rescheduled by answer. */
import { fireEvent, render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ReviewSession from '../../../components/quiz/ReviewSession.svelte';
import { emptyProgress, type Progress } from '../../../src/lib/quiz/progressSchema';
import { openProgressStore, PROGRESS_KEY, type StorageLike } from '../../../src/lib/quiz/progressStore';
import { recordReview } from '../../../src/lib/quiz/quizProgress';
import { sampleBank } from '../../unit/quiz/sampleBank';

const now = new Date('2025-03-01T10:00:00Z');

function storageWith(progress: Progress): StorageLike & { data: Map<string, string> } {
  const data = new Map([[PROGRESS_KEY, JSON.stringify(progress)]]);
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

function renderReview(progress: Progress) {
  const storage = storageWith(progress);
  const utils = render(ReviewSession, {
    props: {
      banks: [{ id: 'sample', bank: sampleBank, chapterTitle: 'Why alkali-metal anodes?' }],
      sourceLabels: { xiang2019: 'Xiang et al. 2019' },
      openStore: () => openProgressStore({ storage: () => storage, now: () => now }),
      now: () => now,
    },
  });
  return { ...utils, storage };
}

afterEach(() => document.body.replaceChildren());

describe('review session', () => {
  it('says when nothing is due', async () => {
    const { findByText } = renderReview(emptyProgress());
    expect(await findByText(/Nothing is due for review right now\./)).toBeTruthy();
  });

  it('asks the due questions, most shaky first, and moves a right answer up a box', async () => {
    let p = recordReview(emptyProgress(), { bankId: 'sample', questionId: 'single-q', score: 0, now: new Date(now.getTime() - 20 * 60_000) });
    p = recordReview(p, { bankId: 'sample', questionId: 'gone-from-bank', score: 0, now: new Date(now.getTime() - 20 * 60_000) }); // removed since: skipped
    const { findByText, getByLabelText, getByRole, storage } = renderReview(p);
    expect(await findByText(/^1 question due now\.$/)).toBeTruthy();
    expect(await findByText(/From “Why alkali-metal anodes\?” · Leitner box 1 of 5/)).toBeTruthy();
    await fireEvent.click(getByLabelText('Option a'));
    await fireEvent.click(getByRole('button', { name: 'Check answer' }));
    expect(await findByText('Correct.')).toBeTruthy();
    expect(document.activeElement?.classList.contains('quiz-feedback')).toBe(true);
    const saved = JSON.parse(storage.data.get(PROGRESS_KEY)!) as Progress;
    expect(saved.questions['sample/single-q']).toMatchObject({ box: 2 });
    await fireEvent.click(getByRole('button', { name: 'Finish review' }));
    expect(await findByText(/Nothing is due for review right now\. The next question comes back on/)).toBeTruthy();
  });

  it('sends a wrong answer back to box 1', async () => {
    const p = recordReview(emptyProgress(), { bankId: 'sample', questionId: 'single-q', score: 0, now: new Date(now.getTime() - 20 * 60_000) });
    const { findByText, getByLabelText, getByRole, storage } = renderReview(p);
    await findByText(/1 question due now/);
    await fireEvent.click(getByLabelText('Option b'));
    await fireEvent.click(getByRole('button', { name: 'Check answer' }));
    expect(await findByText('Not quite.')).toBeTruthy();
    expect((JSON.parse(storage.data.get(PROGRESS_KEY)!) as Progress).questions['sample/single-q']).toMatchObject({ box: 1 });
    // Its answer is on screen now: it is not asked again at once.
    await fireEvent.click(getByRole('button', { name: 'Finish review' }));
    expect(await findByText(/Nothing is due for review right now\. The next question comes back on/)).toBeTruthy();
  });
});
