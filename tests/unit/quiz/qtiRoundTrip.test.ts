// @vitest-environment happy-dom
/**
 * QTI 2.1 packages read back by a third-party consumer: @citolab/qti-convert (Cito's QTI 2.x →
 * QTI 3 converter, XSLT run by Saxon-JS) rewrites every item, the test and the manifest. The
 * official IMS QTI 2.1 XSDs are not on the npm registry, so this read-back stands in for schema
 * validation. The converted response processing is then run (support/qtiScorer.ts) on many
 * responses and must give the score the course's own grader gives, with each option's feedback
 * shown only when that option was chosen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertQti2toQti3 } from '@citolab/qti-convert/qti-convert-node';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { bankSchema, type QuestionBank } from '../../../src/lib/quiz/bankSchema';
import { exportItems, type ExportItem } from '../../../src/lib/quiz/exports/exportItems';
import { qtiFiles, qtiId } from '../../../src/lib/quiz/exports/qti';
import { gradeQuestion, isInvalid, orderedPairFraction, withinTolerance } from '../../../src/lib/quiz/grading';
import type { MatchingInstance, MultipleSelectInstance, SingleChoiceInstance } from '../../../src/lib/quiz/types';
import { CONTENT } from '../content/contentFiles';
import { sampleBank } from './sampleBank';
import { scoreQti3, scoreQti3Test } from './support/qtiScorer';

const banks = readdirSync(join(CONTENT, 'quizzes'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ id: f.slice(0, -5), bank: bankSchema.parse(JSON.parse(readFileSync(join(CONTENT, 'quizzes', f), 'utf8'))) }));
const all: { id: string; bank: QuestionBank }[] = [{ id: 'sample', bank: sampleBank }, ...banks];

const base = { prompt: '', taughtIn: { chapter: 'c', section: 's' }, source: { review: 'r', section: 's' } };
const score = (g: ReturnType<typeof gradeQuestion>) => {
  if (isInvalid(g)) throw new Error(g.message);
  return g.score;
};

/** The course's score for a response to an exported item, in the item's QTI identifiers. */
function courseScore(item: ExportItem, response: string | string[] | number | null): number {
  switch (item.kind) {
    case 'choice': {
      const options = item.options.map((o, i) => ({ id: `C${i + 1}`, text: o.text, correct: o.correct, explanation: o.feedback }));
      if (!item.multiple) {
        const q: SingleChoiceInstance = { ...base, id: item.id, type: 'single', options };
        return response === null ? 0 : score(gradeQuestion(q, { type: 'single', optionId: response as string }));
      }
      const q: MultipleSelectInstance = { ...base, id: item.id, type: 'multiple', options };
      return score(gradeQuestion(q, { type: 'multiple', optionIds: (response as string[] | null) ?? [] }));
    }
    case 'numeric':
      return Number(response !== null && withinTolerance(response as number, item.answer, { absolute: item.tolerance }));
    case 'ordering':
      return orderedPairFraction(response as string[], item.items.map((_, i) => `O${i + 1}`));
    case 'matching': {
      const pairs = item.pairs.map((p, i) => ({ id: `P${i + 1}`, left: p.left, right: p.right, explanation: '' }));
      const q: MatchingInstance = { ...base, id: item.id, type: 'matching', leftLabel: 'l', rightLabel: 'r', pairs, rights: [] };
      const matches = Object.fromEntries((response as string[]).map((pair) => pair.split(' ').map((x) => `P${x.slice(1)}`) as [string, string]));
      return score(gradeQuestion(q, { type: 'matching', matches }));
    }
  }
}

/** Responses a student could give to an item, in its QTI identifiers. */
function responses(item: ExportItem): fc.Arbitrary<string | string[] | number | null> {
  switch (item.kind) {
    case 'choice': {
      const ids = item.options.map((_, i) => `C${i + 1}`);
      return item.multiple ? fc.subarray(ids) : fc.constantFrom(...ids);
    }
    case 'numeric':
      return fc.oneof(
        fc.constant(item.answer),
        fc.double({ min: -0.2, max: 0.2, noNaN: true }).map((f) => item.answer + f * Math.abs(item.answer) + f * item.tolerance * 5),
        ...item.mistakes.map((m) => fc.constant(m.value)),
      );
    case 'ordering':
      return fc.shuffledSubarray(item.items.map((_, i) => `O${i + 1}`), { minLength: item.items.length });
    case 'matching': {
      const n = item.pairs.length;
      return fc.shuffledSubarray([...Array(n).keys()], { minLength: n }).map((rights) => rights.map((r, l) => `L${l + 1} R${r + 1}`));
    }
  }
}

describe.each(all)('QTI 2.1 package of $id, read back by @citolab/qti-convert', ({ id, bank }) => {
  const items = exportItems(id, bank, { siteUrl: 'https://lms-course.example.org/anodes/' });
  const files = qtiFiles(id, bank.title, items);

  it('converts every item, and the converted rules score like the course and show only the chosen option’s feedback', async () => {
    for (const item of items) {
      const qti3 = await convertQti2toQti3(files[`items/${qtiId(item.id)}.xml`]);
      expect(qti3).toContain(`<qti-assessment-item`);
      expect(qti3).toContain(`identifier="${qtiId(item.id)}"`);
      // Fixed option order survives (shuffle="false" where the bank fixes it).
      if (item.kind === 'choice') expect(qti3).toContain(`shuffle="${item.shuffle}"`);
      if (item.kind === 'numeric') expect(qti3).toMatch(/base-type="float"[\s\S]*pattern-mask=/);
      fc.assert(
        fc.property(responses(item), (response) => {
          const outcomes = scoreQti3(qti3, response);
          expect(outcomes.SCORE as number, `${item.id} ${JSON.stringify(response)}`).toBeCloseTo(courseScore(item, response), 9);
          const shown = outcomes.FEEDBACK as string[];
          expect(shown).toContain('GENERAL');
          if (item.kind === 'choice') {
            const chosen = Array.isArray(response) ? response : [response];
            expect([...shown].sort()).toEqual([...new Set([...chosen.map(String), 'GENERAL'])].sort());
          }
          if (item.kind === 'numeric') {
            item.mistakes.forEach((m, k) => {
              if (response === m.value) expect(shown).toContain(`SLIP${k + 1}`);
            });
          }
        }),
        { numRuns: 25 },
      );
    }
  }, 120_000);

  it('converts the test, whose SCORE is the sum of the items’ scores out of one point each, and the manifest', async () => {
    const test = await convertQti2toQti3(files['assessment.xml']);
    expect(test).toContain('<qti-assessment-test');
    expect(test.match(/<qti-assessment-item-ref /g)).toHaveLength(items.length);
    expect(test).toMatch(new RegExp(`identifier="MAXSCORE"[\\s\\S]*?<qti-value>${items.length}</qti-value>`));
    expect(scoreQti3Test(test, [1, 0.5, 0])).toBe(1.5);
  });
});

describe('the read-back gate', () => {
  it('fails on a broken item', async () => {
    // The converter also logs the parse error; keep the test output quiet, but check it said so.
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(convertQti2toQti3('<assessmentItem><itemBody></assessmentItem>')).rejects.toThrow();
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
  it('fails when an ordering item is scored all-or-nothing instead of pairwise', async () => {
    const item: ExportItem = { kind: 'ordering', id: 'o', prompt: 'Order.', items: ['a', 'b', 'c'], generalFeedback: 'x', link: '/', tags: [] };
    const qti3 = await convertQti2toQti3(qtiFiles('t', 't', [item])['items/Q-o.xml']);
    expect(scoreQti3(qti3, ['O2', 'O1', 'O3']).SCORE).toBeCloseTo(2 / 3, 9);
    const allOrNothing = qti3.replace(/<qti-response-processing>[\s\S]*<\/qti-response-processing>/, '<qti-response-processing><qti-response-condition><qti-response-if><qti-match><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-match><qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">1</qti-base-value></qti-set-outcome-value></qti-response-if></qti-response-condition></qti-response-processing>');
    expect(scoreQti3(allOrNothing, ['O2', 'O1', 'O3']).SCORE).not.toBeCloseTo(orderedPairFraction(['O2', 'O1', 'O3'], ['O1', 'O2', 'O3']), 9);
  });
});
