/**
 * The bank lint over every bank in content/quizzes (issue 17: no length cue, no tick-everything
 * credit, at least half reasoning, real variety in drawn numbers, prompts that stand alone in an
 * LMS, no repeated stems, every distractor explained), and over a fixture that breaks each rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bankSchema, type QuestionBank } from '../../../src/lib/quiz/bankSchema';
import { keyIsUniquelyLongest, keyIsUniquelyShortest, lintBank, lintBanks, normaliseStem, WIDGET_PATTERNS } from '../../../src/lib/quiz/bankLint';
import { skillMix } from '../../../src/lib/quiz/skillMix';
import { brokenBank } from './fixtures/brokenBank';

const dir = resolve(import.meta.dirname, '../../../content/quizzes');
const banks = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ id: f.slice(0, -5), bank: bankSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))) }));

describe('the bank lint on the course banks', () => {
  const issues = lintBanks(banks);

  it.each(banks.map((b) => b.id))('%s passes every rule', (id) => {
    expect(issues.filter((i) => i.bank === id).map((i) => `${i.rule} ${i.item ?? ''}: ${i.message}`)).toEqual([]);
  });

  it('passes the length-cue share over all banks together', () => {
    expect(issues.filter((i) => i.bank === 'all')).toEqual([]);
  });
});

describe('the bank lint on a broken bank', () => {
  const issues = lintBanks([{ id: 'broken', bank: brokenBank }]);
  const byRule = (rule: string) => issues.filter((i) => i.rule === rule);

  it('finds the length cue in the bank and overall, naming the cued items', () => {
    expect(byRule('length-cue').map((i) => i.bank).sort()).toEqual(['all', 'broken']);
    expect(byRule('length-cue')[0].message).toMatch(/2\/3 .*long-key-1, long-key-2/);
  });

  it('finds the multi-select that rewards ticking every box', () => {
    expect(byRule('multi-balance').map((i) => i.item)).toEqual(['tick-all']);
  });

  it('finds too little reasoning', () => {
    expect(byRule('skill-mix')).toHaveLength(1);
    expect(byRule('skill-mix')[0].message).toMatch(/1\/5/);
  });

  it('finds the randomised numeric item with too few draws, sampling the engine', () => {
    expect(byRule('draw-variety').map((i) => [i.item, i.message.split(' ')[1]])).toEqual([['two-draws', '2']]);
  });

  it('finds the prompt that points at a widget', () => {
    expect(byRule('widget-words').map((i) => i.item)).toEqual(['long-key-2']);
  });

  it('finds the repeated stem', () => {
    expect(byRule('duplicate-stem').map((i) => [i.item, i.message])).toEqual([['tick-all', 'same prompt as broken/long-key-1']]);
  });

  it('finds distractors without an explanation of their own', () => {
    expect(byRule('distractor-explanation').map((i) => i.item).sort()).toEqual(['same-explanation', 'tick-all']);
  });

  it('finds nothing else', () => {
    expect(new Set(issues.map((i) => i.rule)).size).toBe(7);
    expect(issues).toHaveLength(9);
  });

  it('also finds the opposite cue: keys trimmed until they are the shortest option', () => {
    const trimmed: QuestionBank = {
      ...brokenBank,
      questions: brokenBank.questions.map((q) =>
        q.type === 'single' ? { ...q, options: q.options.map((o) => (o.correct ? { ...o, text: 'Li' } : o)) } : q,
      ),
    };
    const cues = lintBank('trimmed', trimmed).filter((i) => i.rule === 'length-cue');
    expect(cues.map((i) => i.message)).toEqual([expect.stringMatching(/uniquely shortest option in 3\/3 .*long-key-1, long-key-2, same-explanation/)]);
  });

  it('lints a single bank without the cross-bank rules', () => {
    expect(lintBank('broken', brokenBank).some((i) => i.rule === 'duplicate-stem' || i.bank === 'all')).toBe(false);
  });
});

describe('the lint helpers', () => {
  it('counts a key as uniquely longest only when it is strictly the longest', () => {
    expect(keyIsUniquelyLongest([{ text: 'abcd', correct: true }, { text: 'abc', correct: false }])).toBe(true);
    expect(keyIsUniquelyLongest([{ text: 'abcd', correct: true }, { text: 'abce', correct: false }])).toBe(false);
    expect(keyIsUniquelyShortest([{ text: 'ab', correct: true }, { text: 'abc', correct: false }])).toBe(true);
    expect(keyIsUniquelyShortest([{ text: 'ab', correct: true }, { text: 'ac', correct: false }])).toBe(false);
  });

  it('reads a stem without case, punctuation or drawn numbers', () => {
    expect(normaliseStem('How thick is {metal}, plated?')).toBe(normaliseStem('how THICK is {x} plated'));
  });

  it('flags page references but not comparisons with "above"/"below"', () => {
    const flagged = (t: string) => WIDGET_PATTERNS.some((p) => p.test(t));
    expect(flagged('In the figure above, which branch grows?')).toBe(true);
    expect(flagged('Use the calculator to find it.')).toBe(true);
    expect(flagged('As this chapter shows, …')).toBe(true);
    expect(flagged('None of the above')).toBe(true);
    expect(flagged('Above 4 V the carbonate oxidises; below 0.5 V it is reduced.')).toBe(false);
    expect(flagged('In a diffusion-limited aggregation model of plating, what happens?')).toBe(false);
  });

  it('reports the skill mix in the schema order, leaving out skills not used', () => {
    expect(skillMix([{ skill: 'judge' }, { skill: 'recall' }, { skill: 'judge' }])).toEqual([
      { skill: 'recall', count: 1 },
      { skill: 'judge', count: 2 },
    ]);
  });
});
