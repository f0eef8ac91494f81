import { describe, expect, it } from 'vitest';
import { bankSchema } from '../../../src/lib/quiz/bankSchema';
import { buildQuiz, decimalsOf, drawParameter, fillTemplate } from '../../../src/lib/quiz/buildQuiz';
import { createRandom } from '../../../src/lib/quiz/seededRandom';
import { sampleBank } from './sampleBank';

describe('buildQuiz', () => {
  it('reproduces the same quiz from the same seed (what a shared URL relies on)', () => {
    expect(buildQuiz('s', sampleBank, 'lecture-7')).toEqual(buildQuiz('s', sampleBank, 'lecture-7'));
  });

  it('varies question order, option order or numbers between seeds', () => {
    const fingerprints = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((seed) => JSON.stringify(buildQuiz('s', sampleBank, seed).questions.map((q) => [q.id, 'options' in q ? q.options.map((o) => o.id) : q.prompt]))),
    );
    expect(fingerprints.size).toBeGreaterThan(3);
  });

  it('keeps each question the same when another question is removed (independent streams)', () => {
    const smaller = { ...sampleBank, questions: sampleBank.questions.filter((q) => q.id !== 'single-q') };
    const numeric = (b: typeof sampleBank) => buildQuiz('s', b, 'k').questions.find((q) => q.id === 'numeric-q');
    expect(numeric(smaller)).toEqual(numeric(sampleBank));
  });

  it('keeps the written order when the bank asks for it', () => {
    const fixed = { ...sampleBank, shuffleQuestions: false };
    expect(buildQuiz('s', fixed, 'z').questions.map((q) => q.id)).toEqual(sampleBank.questions.map((q) => q.id));
  });

  it('links each question to its chapter section', () => {
    expect(buildQuiz('s', sampleBank, 'z').questions.every((q) => q.taughtIn.chapter === 'why-alkali-metal-anodes')).toBe(true);
  });
});

describe('parameters and templates', () => {
  it('draws numbers on the step, inside the range, with tidy decimals', () => {
    const r = createRandom('p');
    for (let i = 0; i < 500; i++) {
      const d = drawParameter({ min: 0.1, max: 0.7, step: 0.1 }, r);
      expect(d.value).toBeGreaterThanOrEqual(0.1);
      expect(d.value).toBeLessThanOrEqual(0.7);
      expect(String(d.value)).toMatch(/^0\.\d$/);
    }
    expect(decimalsOf(0.25)).toBe(2);
    expect(decimalsOf(5)).toBe(0);
    expect(decimalsOf(1e-7)).toBe(7);
  });

  it('fills placeholders and refuses unknown ones', () => {
    expect(fillTemplate('{a} and {b}', { a: '1', b: 'two' })).toBe('1 and two');
    expect(() => fillTemplate('{c}', { a: '1' })).toThrow(/unknown placeholder/);
  });
});

describe('bank schema', () => {
  const base = sampleBank.questions.find((q) => q.id === 'numeric-q')!;
  const bankWith = (q: unknown) => ({ chapter: 'x', title: 'T', questions: [q] });
  it('rejects a parameter the physics function does not take, or a value outside its range', () => {
    const bad = (parameters: object) => bankSchema.safeParse(bankWith({ ...base, physics: { function: 'platingThickness', parameters } }));
    expect(bad({ thickness: { value: 1 } }).success).toBe(false);
    expect(bad({ arealCapacity_mAh_per_cm2: { min: 1, max: 999, step: 1 } }).success).toBe(false);
    expect(bad({ metal: { choose: ['Cs'] } }).success).toBe(false);
    expect(bad({ metal: { choose: ['K'] } }).success).toBe(true);
  });
  it('rejects an unknown physics function', () => {
    expect(bankSchema.safeParse(bankWith({ ...base, physics: { function: 'eval', parameters: {} } })).success).toBe(false);
  });
  it('requires exactly one right option in a single-choice question and unique ids', () => {
    const single = sampleBank.questions.find((q) => q.id === 'single-q')!;
    const options = (single as { options: { correct: boolean }[] }).options;
    expect(bankSchema.safeParse(bankWith({ ...single, options: options.map((o) => ({ ...o, correct: true })) })).success).toBe(false);
    expect(bankSchema.safeParse({ chapter: 'x', title: 'T', questions: [single, single] }).success).toBe(false);
  });
  it('requires an explanation for every option', () => {
    const single = sampleBank.questions.find((q) => q.id === 'single-q') as { options: object[] };
    expect(bankSchema.safeParse(bankWith({ ...single, options: single.options.map((o) => ({ ...o, explanation: '' })) })).success).toBe(false);
  });
});
