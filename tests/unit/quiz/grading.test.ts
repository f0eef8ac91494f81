import { describe, expect, it } from 'vitest';
import { buildQuiz } from '../../../src/lib/quiz/buildQuiz';
import { describeTolerance, gradeQuestion, isInvalid, orderedPairFraction, quizScore, verdictOf, withinTolerance } from '../../../src/lib/quiz/grading';
import type { Grade, QuestionInstance } from '../../../src/lib/quiz/types';
import { platingThickness } from '../../../src/lib/physics/index';
import { sampleBank } from './sampleBank';

const quiz = buildQuiz('sample', sampleBank, 'grading');
function question<T extends QuestionInstance['type']>(type: T) {
  return quiz.questions.find((q) => q.type === type) as Extract<QuestionInstance, { type: T }>;
}
const graded = (g: ReturnType<typeof gradeQuestion>): Grade => {
  if (isInvalid(g)) throw new Error(g.message);
  return g;
};

describe('single choice', () => {
  const q = question('single');
  it('scores the right option 1 and any other 0', () => {
    expect(graded(gradeQuestion(q, { type: 'single', optionId: 'a' }))).toMatchObject({ score: 1, verdict: 'correct' });
    expect(graded(gradeQuestion(q, { type: 'single', optionId: 'b' }))).toMatchObject({ score: 0, verdict: 'wrong', parts: { b: false } });
  });
  it('refuses an unknown option or a response of another type', () => {
    expect(() => gradeQuestion(q, { type: 'single', optionId: 'zz' })).toThrow(/unknown option/);
    expect(() => gradeQuestion(q, { type: 'numeric', text: '1' })).toThrow(TypeError);
  });
});

describe('multiple select: each right tick earns 1/k, each wrong tick cancels one, floor 0', () => {
  const q = question('multiple'); // a, b right; c, d wrong
  const score = (ids: string[]) => graded(gradeQuestion(q, { type: 'multiple', optionIds: ids }));
  it('gives full credit only for exactly the right set', () => {
    expect(score(['a', 'b'])).toMatchObject({ score: 1, verdict: 'correct' });
    expect(score(['b', 'a'])).toMatchObject({ score: 1 });
  });
  it('gives partial credit for a subset and cancels for wrong ticks', () => {
    expect(score(['a'])).toMatchObject({ score: 0.5, verdict: 'partial' });
    expect(score(['a', 'b', 'c'])).toMatchObject({ score: 0.5, verdict: 'partial' });
    expect(score(['a', 'c'])).toMatchObject({ score: 0, verdict: 'wrong' });
    expect(score(['a', 'c', 'd'])).toMatchObject({ score: 0, verdict: 'wrong' }); // never negative
    expect(score([])).toMatchObject({ score: 0, verdict: 'wrong' });
    expect(score(['a', 'b', 'c', 'd']).score).toBe(0); // ticking everything earns nothing
  });
  it('marks each option right when its tick matches the key', () => {
    expect(score(['a', 'c']).parts).toEqual({ a: true, b: false, c: false, d: true });
  });
});

describe('numeric with tolerance', () => {
  const q = question('numeric');
  it('computes the answer with the physics library from the drawn parameters', () => {
    expect(q.answer).toBeCloseTo(platingThickness('Na', q.parameters.arealCapacity_mAh_per_cm2 as number), 10);
    expect(q.prompt).toMatch(/^How thick is sodium plated at \d\.\d mAh\/cm²\?$/);
  });
  it('accepts answers within 2 % and the rounded answer shown, rejects beyond', () => {
    const ok = (x: number | string) => graded(gradeQuestion(q, { type: 'numeric', text: String(x) })).verdict;
    expect(ok(q.answer)).toBe('correct');
    expect(ok(q.answer * 1.019)).toBe('correct');
    expect(ok(q.answer * 0.981)).toBe('correct');
    expect(ok(q.answer * 1.03)).toBe('wrong');
    expect(ok(q.answerText)).toBe('correct');
    expect(ok(`${q.answerText} µm`)).toBe('correct');
  });
  it('recognises a known slip and explains it', () => {
    const li = platingThickness('Li', q.parameters.arealCapacity_mAh_per_cm2 as number);
    expect(graded(gradeQuestion(q, { type: 'numeric', text: li.toFixed(3) }))).toMatchObject({ score: 0, mistake: expect.stringMatching(/lithium/) });
  });
  it.each(['abc', '1e999', '', '8,86', '0,001'])('reports %j as invalid with a message, never NaN', (text) => {
    const g = gradeQuestion(q, { type: 'numeric', text });
    expect(isInvalid(g)).toBe(true);
    if (isInvalid(g)) expect(g.message).not.toMatch(/NaN/);
  });
  it('describes the tolerance', () => {
    expect(describeTolerance({ relative: 0.02 }, 'µm')).toBe('within 2 %');
    expect(describeTolerance({ absolute: 0.5 }, 'µm')).toBe('within ±0.5 µm');
    expect(withinTolerance(10.5, 10, { absolute: 0.5 })).toBe(true);
    expect(withinTolerance(10.51, 10, { absolute: 0.5 })).toBe(false);
  });
});

describe('ordering: credit per pair in the right relative order', () => {
  const q = question('ordering'); // one two three four
  const score = (order: string[]) => graded(gradeQuestion(q, { type: 'ordering', order }));
  it('scores the right order 1, the reverse 0, one swap 5/6', () => {
    expect(score(['one', 'two', 'three', 'four'])).toMatchObject({ score: 1, verdict: 'correct' });
    expect(score(['four', 'three', 'two', 'one'])).toMatchObject({ score: 0, verdict: 'wrong' });
    expect(score(['two', 'one', 'three', 'four'])).toMatchObject({ score: 5 / 6, verdict: 'partial', parts: { one: false, two: false, three: true, four: true } });
  });
  it('never starts in the correct order', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const start = buildQuiz('s', sampleBank, seed).questions.find((x) => x.type === 'ordering') as typeof q;
      expect(start.items.map((i) => i.id)).not.toEqual(start.correctOrder);
    }
  });
  it('requires every item exactly once', () => {
    expect(() => score(['one', 'one', 'three', 'four'])).toThrow();
    expect(orderedPairFraction([], [])).toBe(0);
  });
});

describe('matching: equal share per correct match', () => {
  const q = question('matching');
  const score = (matches: Record<string, string>) => graded(gradeQuestion(q, { type: 'matching', matches }));
  it('scores all right 1, one of three 1/3, unanswered 0', () => {
    expect(score({ p: 'p', q: 'q', r: 'r' })).toMatchObject({ score: 1, verdict: 'correct' });
    expect(score({ p: 'p', q: 'r', r: 'q' })).toMatchObject({ verdict: 'partial', parts: { p: true, q: false, r: false } });
    expect(score({ p: 'p', q: 'r', r: 'q' }).score).toBeCloseTo(1 / 3, 12);
    expect(score({})).toMatchObject({ score: 0, verdict: 'wrong' });
  });
});

describe('multi-step scenario: equal share per step', () => {
  const q = question('scenario'); // electrolyte: a; additive: b
  const score = (choices: string[]) => graded(gradeQuestion(q, { type: 'scenario', choices }));
  it('scores each step', () => {
    expect(score(['a', 'b'])).toMatchObject({ score: 1, verdict: 'correct' });
    expect(score(['a', 'a'])).toMatchObject({ score: 0.5, verdict: 'partial', parts: { electrolyte: true, additive: false } });
    expect(score(['b', 'a'])).toMatchObject({ score: 0, verdict: 'wrong' });
  });
  it('needs one choice per step', () => {
    expect(() => score(['a'])).toThrow(/expected 2/);
  });
});

describe('verdicts and totals', () => {
  it('treats floating sums of shares as full marks', () => {
    expect(verdictOf(1 / 3 + 1 / 3 + 1 / 3)).toBe('correct');
    expect(verdictOf(1e-12)).toBe('wrong');
    expect(verdictOf(0.5)).toBe('partial');
  });
  it('adds up a quiz', () => {
    expect(quizScore([{ score: 1, verdict: 'correct', parts: {} }, undefined, { score: 0.5, verdict: 'partial', parts: {} }])).toEqual({
      points: 1.5,
      answered: 2,
      total: 3,
    });
  });
});
