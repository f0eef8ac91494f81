import { describe, expect, it } from 'vitest';
import { buildQuiz } from '../../../src/lib/quiz/buildQuiz';
import { gradeQuestion, isInvalid } from '../../../src/lib/quiz/grading';
import { hintFor } from '../../../src/lib/quiz/hints';
import type { QuestionInstance, QuestionResponse } from '../../../src/lib/quiz/types';
import { sampleBank } from './sampleBank';

const quiz = buildQuiz('sample', sampleBank, 'hints');
const question = <T extends QuestionInstance['type']>(type: T) => quiz.questions.find((q) => q.type === type) as Extract<QuestionInstance, { type: T }>;
function hint(q: QuestionInstance, r: QuestionResponse): string {
  const g = gradeQuestion(q, r);
  if (isInvalid(g)) throw new Error(g.message);
  return hintFor(q, g);
}
const keyWords = (q: QuestionInstance) => ('options' in q ? q.options.filter((o) => o.correct).map((o) => o.text) : []);

describe('hints after a wrong first try say what kind of wrong, never the key', () => {
  it('single choice: no option text', () => {
    const q = question('single');
    const h = hint(q, { type: 'single', optionId: 'b' });
    for (const text of keyWords(q)) expect(h).not.toContain(text);
  });
  it('multiple select: counts of wrong ticks and missed options', () => {
    const q = question('multiple'); // a, b right
    expect(hint(q, { type: 'multiple', optionIds: ['a', 'c'] })).toBe('2 options should be ticked. You ticked 1 option that should not be. You left 1 right option unticked.');
  });
  it('numeric: a recognised slip, a factor of ten, or too large / too small', () => {
    const q = question('numeric');
    expect(hint(q, { type: 'numeric', text: String(q.answer * 1000) })).toMatch(/factor of about 1,000: check the unit/);
    expect(hint(q, { type: 'numeric', text: String(q.answer * 1.5) })).toMatch(/too large/);
    expect(hint(q, { type: 'numeric', text: String(q.answer * 0.5) })).toMatch(/too small/);
    expect(hint(q, { type: 'numeric', text: String(-q.answer) })).toMatch(/wrong sign/);
  });
  it('ordering, matching, scenario: how many parts are right', () => {
    expect(hint(question('ordering'), { type: 'ordering', order: ['two', 'one', 'three', 'four'] })).toMatch(/^2 of 4 items/);
    expect(hint(question('matching'), { type: 'matching', matches: { p: 'p', q: 'r', r: 'q' } })).toBe('1 of 3 matches are right.');
    expect(hint(question('scenario'), { type: 'scenario', choices: ['a', 'a'] })).toBe('1 of 2 steps have the best choice.');
  });
});
