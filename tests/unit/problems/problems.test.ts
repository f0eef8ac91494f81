/**
 * Every chapter problem, drawn for several seeds: the statement and solution render (KaTeX strict),
 * a numeric problem's answer is printed by its own solution path, that printed answer is graded
 * right by the quiz engine's grader, and a clearly wrong value is graded wrong.
 */
import { describe, expect, it } from 'vitest';
import { problemSets, instantiateProblem, rangeValues } from '../../../src/lib/problems/index';
import { DEFAULT_PROBLEM_SEED } from '../../../src/lib/problems/defineProblems';
import { checkNumericAnswer } from '../../../src/lib/problems/checkAnswer';
import { renderInline, renderRichText } from '../../../src/lib/problems/richText';

const SEEDS = [DEFAULT_PROBLEM_SEED, 'a', 'b', 'lecture-1', 'x9'];
const cases = Object.values(problemSets).flatMap((set) => Object.keys(set.problems).map((id) => ({ name: `${set.chapter}/${id}`, set, id })));

describe('chapter problems', () => {
  it('there are problems', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('$name renders, and its numeric answer is solved and graded', ({ set, id }) => {
    const def = set.problems[id];
    for (const seed of SEEDS) {
      const p = instantiateProblem(set, id, seed);
      expect(() => renderRichText(p.statement)).not.toThrow();
      expect(() => renderInline(p.hint)).not.toThrow();
      expect(p.solution.length, 'a solution has steps').toBeGreaterThanOrEqual(2);
      for (const step of p.solution) expect(() => renderRichText(step)).not.toThrow();
      expect(p.statement + p.solution.join(' ')).not.toMatch(/NaN|undefined|Infinity|\[object/);
      if (!p.numeric) continue;
      const target = p.numeric;
      // The solution path prints the answer it arrives at.
      expect(p.solution.join(' '), `the solution prints ${target.answerText}`).toContain(target.answerText);
      expect(p.solution.at(-1), 'the last step checks plausibility').toMatch(/^Check\b/);
      const typed = `${target.answerText.replace(/,/g, '').replace(/\u2212/g, '-')}${target.unit ? ` ${target.unit}` : ''}`;
      // Typed as a student would: no thousands separators (the grader asks back about "1,117").
      const plain = target.answerText.replace(/,/g, '').replace(/\u2212/g, '-');
      const right = checkNumericAnswer(plain, target);
      expect(right.kind, `"${plain}" graded`).toBe('right');
      const withUnit = checkNumericAnswer(typed, target);
      expect(withUnit.kind === 'right' || withUnit.kind === 'invalid').toBe(true);
      const wrong = checkNumericAnswer(String(target.answer * 3 + (target.answer === 0 ? 1 : 0)), target);
      expect(wrong.kind).toBe('wrong');
    }
    if (def.draw) {
      for (const [name, range] of Object.entries(def.draw)) expect(rangeValues(range as never).length, `${name} has values to draw`).toBeGreaterThan(1);
    }
  });
});
