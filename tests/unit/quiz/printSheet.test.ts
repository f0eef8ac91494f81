// @vitest-environment happy-dom
/**
 * Print sheets and answer keys: the key's letters point at the sheet's right options, orders and
 * pairs, for the same seeded draw the course shows; every bank prints.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bankSchema } from '../../../src/lib/quiz/bankSchema';
import { buildQuiz } from '../../../src/lib/quiz/buildQuiz';
import { letter, printSheet } from '../../../src/lib/quiz/printSheet';
import type { QuizInstance } from '../../../src/lib/quiz/types';
import { CONTENT } from '../content/contentFiles';
import { sampleBank } from './sampleBank';
import { BAD_TEXT } from '../support/badText';

const lettersOf = (answer: string) => answer.split(/[^A-Z]+/).filter(Boolean);

describe('printSheet', () => {
  it('letters options A, B, C … and goes on past Z', () => {
    expect([0, 1, 25, 26, 27].map(letter)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });

  for (const seed of ['sample', 'another-seed', 'x9']) {
    it(`keys every question type to the sheet's own letters (seed ${seed})`, () => {
      const quiz: QuizInstance = buildQuiz('sample', sampleBank, seed);
      const sheet = printSheet(quiz);
      expect(sheet.questions.map((q) => q.number)).toEqual(quiz.questions.map((_, i) => i + 1));
      for (const [i, q] of quiz.questions.entries()) {
        const key = sheet.key[i];
        const body = sheet.questions[i].body;
        switch (q.type) {
          case 'single':
          case 'multiple': {
            if (body.kind !== 'single' && body.kind !== 'multiple') throw new Error('kind');
            const right = q.options.flatMap((o, k) => (o.correct ? [body.choices[k].label] : []));
            expect(lettersOf(key.answer)).toEqual(right);
            expect(body.choices.map((c) => c.text)).toEqual(q.options.map((o) => o.text));
            break;
          }
          case 'numeric':
            expect(key.answer).toBe(`${q.answerText} ${q.unit}`.trim());
            break;
          case 'ordering': {
            if (body.kind !== 'ordering') throw new Error('kind');
            const textOf = new Map(body.items.map((c) => [c.label, c.text]));
            const byId = new Map(q.items.map((it) => [it.id, it.text]));
            expect(lettersOf(key.answer).map((l) => textOf.get(l))).toEqual(q.correctOrder.map((id) => byId.get(id)));
            break;
          }
          case 'matching': {
            if (body.kind !== 'matching') throw new Error('kind');
            const rightText = new Map(body.rights.map((c) => [c.label, c.text]));
            const pairs = key.answer.split(', ').map((p) => p.split('–'));
            expect(pairs.map(([n, l]) => [body.lefts[Number(n) - 1].text, rightText.get(l)])).toEqual(q.pairs.map((p) => [p.left, p.right]));
            break;
          }
          case 'scenario': {
            if (body.kind !== 'scenario') throw new Error('kind');
            const picks = [...key.answer.matchAll(/step (\d+): ([A-Z]+)/g)].map((m) => m[2]);
            expect(picks.map((l, s) => body.steps[s].choices.find((c) => c.label === l)?.text)).toEqual(
              q.steps.map((s) => s.options.find((o) => o.correct)?.text),
            );
            break;
          }
        }
        expect(key.reasons.length).toBeGreaterThan(0);
        expect(key.reasons.join(' ')).not.toMatch(BAD_TEXT);
      }
    });
  }

  it('prints every bank in the course, one sheet question and one key entry per question', () => {
    const files = readdirSync(join(CONTENT, 'quizzes')).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const id = f.slice(0, -5);
      const bank = bankSchema.parse(JSON.parse(readFileSync(join(CONTENT, 'quizzes', f), 'utf8')));
      const sheet = printSheet(buildQuiz(id, bank, id));
      expect(sheet.questions).toHaveLength(bank.questions.length);
      expect(sheet.key).toHaveLength(bank.questions.length);
      expect(JSON.stringify(sheet)).not.toMatch(BAD_TEXT);
    }
  });
});
