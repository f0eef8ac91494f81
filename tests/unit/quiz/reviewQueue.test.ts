import { describe, expect, it } from 'vitest';
import { emptyProgress, HISTORY_LIMIT, type Progress } from '../../../src/lib/quiz/progressSchema';
import { recordReview } from '../../../src/lib/quiz/quizProgress';
import { BOX_INTERVAL_DAYS, dueReviews, FIRST_RIGHT_BOX, RESHOWN_AFTER_MINUTES, reviewKey, scheduleAfterAnswer, splitReviewKey, upcomingReviews } from '../../../src/lib/quiz/reviewQueue';

const day = 24 * 3600 * 1000;
const t0 = new Date('2025-03-01T10:00:00Z');
const at = (days: number) => new Date(t0.getTime() + days * day);
const reshown = RESHOWN_AFTER_MINUTES / (24 * 60); // in days

describe('Leitner review queue', () => {
  it('brings back questions answered right the first time too, after a long wait', () => {
    expect(scheduleAfterAnswer(undefined, 1, t0)).toMatchObject({ box: FIRST_RIGHT_BOX, due: at(BOX_INTERVAL_DAYS[FIRST_RIGHT_BOX]).toISOString() });
    expect(BOX_INTERVAL_DAYS[FIRST_RIGHT_BOX]).toBeGreaterThanOrEqual(7);
  });

  it('puts a miss (or partial credit) in box 1, due once its shown answer is no longer on screen', () => {
    expect(scheduleAfterAnswer(undefined, 0, t0)).toMatchObject({ box: 1, due: at(reshown).toISOString() });
    expect(scheduleAfterAnswer(undefined, 0.5, t0)).toMatchObject({ box: 1 });
  });

  it('gives no credit for re-answering right after the answer was shown', () => {
    const missed = scheduleAfterAnswer(undefined, 0, t0);
    expect(scheduleAfterAnswer(missed, 1, at(reshown / 2))).toMatchObject({ box: 1, due: missed.due });
    expect(scheduleAfterAnswer(missed, 1, at(reshown))).toMatchObject({ box: 2 });
  });

  it('moves a due question up one box per correct review, waiting 1, 3, 7, 14 days, then retires it', () => {
    let q = scheduleAfterAnswer(undefined, 0, t0);
    let now = at(reshown);
    const waits: number[] = [];
    for (let box = 2; box <= 5; box++) {
      q = scheduleAfterAnswer(q, 1, now);
      expect(q.box).toBe(box);
      const wait = (Date.parse(q.due!) - now.getTime()) / day;
      waits.push(wait);
      now = new Date(Date.parse(q.due!));
    }
    expect(waits).toEqual([1, 3, 7, 14]);
    expect(waits).toEqual([2, 3, 4, 5].map((b) => BOX_INTERVAL_DAYS[b]));
    q = scheduleAfterAnswer(q, 1, now);
    expect(q).toMatchObject({ box: null, due: null });
  });

  it('sends a question back to box 1 on any miss', () => {
    let q = scheduleAfterAnswer(undefined, 0, t0);
    q = scheduleAfterAnswer(q, 1, at(reshown)); // box 2, due in a day
    q = scheduleAfterAnswer(q, 1, at(2)); // box 3
    expect(q.box).toBe(3);
    q = scheduleAfterAnswer(q, 0, at(5));
    expect(q).toMatchObject({ box: 1, due: at(5 + reshown).toISOString() });
  });

  it('gives no credit for answering before the question is due', () => {
    let q = scheduleAfterAnswer(scheduleAfterAnswer(undefined, 0, t0), 1, at(reshown)); // box 2, due a day later
    q = scheduleAfterAnswer(q, 1, at(0.5));
    expect(q).toMatchObject({ box: 2, due: at(1 + reshown).toISOString() });
  });

  it('caps the history', () => {
    let q = scheduleAfterAnswer(undefined, 0, t0);
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) q = scheduleAfterAnswer(q, 0, at(i));
    expect(q.history).toHaveLength(HISTORY_LIMIT);
  });

  it('lists what is due across chapters, shakiest first, and what comes later', () => {
    let p: Progress = emptyProgress();
    p = recordReview(p, { bankId: 'why-alkali-metal-anodes', questionId: 'a', score: 0, now: at(-reshown) });
    p = recordReview(p, { bankId: 'how-metal-anodes-fail', questionId: 'b', score: 0, now: at(-1) });
    p = recordReview(p, { bankId: 'how-metal-anodes-fail', questionId: 'c', score: 0, now: at(-2) });
    p = recordReview(p, { bankId: 'how-metal-anodes-fail', questionId: 'c', score: 1, now: at(-2 + reshown) }); // box 2, due at about -1
    p = recordReview(p, { bankId: 'why-alkali-metal-anodes', questionId: 'd', score: 0, now: at(-3) });
    p = recordReview(p, { bankId: 'why-alkali-metal-anodes', questionId: 'd', score: 1, now: at(-3 + reshown) }); // box 2, due at about -2
    p = recordReview(p, { bankId: 'why-alkali-metal-anodes', questionId: 'd', score: 1, now: at(-1.5) }); // box 3, due at +1.5
    expect(dueReviews(p, t0).map((i) => `${i.bankId}/${i.questionId}:${i.box}`)).toEqual([
      'how-metal-anodes-fail/b:1',
      'why-alkali-metal-anodes/a:1',
      'how-metal-anodes-fail/c:2',
    ]);
    expect(upcomingReviews(p, t0).map((i) => i.key)).toEqual(['why-alkali-metal-anodes/d']);
    expect(dueReviews(p, at(1.5)).map((i) => i.key)).toContain('why-alkali-metal-anodes/d');
  });

  it('splits keys whose bank id has no slash', () => {
    expect(splitReviewKey(reviewKey('why-alkali-metal-anodes', 'q-1'))).toEqual({ bankId: 'why-alkali-metal-anodes', questionId: 'q-1' });
  });
});
