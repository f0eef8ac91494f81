/**
 * A bank flattened into LMS-neutral items for the instructor exports (GIFT, Moodle XML, QTI).
 * Parametrised numeric questions are fixed with the bank's default seed, so an export carries
 * concrete numbers whose answers the physics library computed. A scenario becomes one
 * single-choice item per step, each repeating the scenario so it stands alone in a question bank.
 */
import { buildQuestion } from '../buildQuiz';
import { PARTIAL_CREDIT_RULES } from '../grading';
import type { QuestionBank } from '../types';

export interface ChoiceItem {
  kind: 'choice';
  id: string;
  prompt: string;
  /** More than one right option: graded with the course's partial-credit rule. */
  multiple: boolean;
  /** weight: percentage of the point this option earns (negative cancels), as LMSs express it. */
  options: { text: string; correct: boolean; weight: number; feedback: string }[];
  generalFeedback: string;
}
export interface NumericItem {
  kind: 'numeric';
  id: string;
  prompt: string;
  answer: number;
  /** Absolute tolerance in the answer's unit (LMSs have no relative tolerance). */
  tolerance: number;
  unit: string;
  generalFeedback: string;
}
export interface MatchingItem {
  kind: 'matching';
  id: string;
  prompt: string;
  pairs: { left: string; right: string }[];
  generalFeedback: string;
}
export interface OrderingItem {
  kind: 'ordering';
  id: string;
  prompt: string;
  /** In the correct order. */
  items: string[];
  generalFeedback: string;
}
export type ExportItem = ChoiceItem | NumericItem | MatchingItem | OrderingItem;

/** Rounds to a few significant digits so exported numbers read like the course's. */
export function roundSignificant(x: number, digits = 4): number {
  return x === 0 ? 0 : Number(x.toPrecision(digits));
}

export function exportItems(bankId: string, bank: QuestionBank, sourceLabel: (review: string) => string = (r) => r): ExportItem[] {
  const out: ExportItem[] = [];
  for (const q of bank.questions) {
    const source = `Source: ${sourceLabel(q.source.review)}, ${q.source.section}. Taught in the course chapter "${q.chapter ?? bank.chapter}", section #${q.section}.`;
    switch (q.type) {
      case 'single':
      case 'multiple': {
        const right = q.options.filter((o) => o.correct).length;
        out.push({
          kind: 'choice',
          id: q.id,
          prompt: q.prompt,
          multiple: q.type === 'multiple',
          options: q.options.map((o) => ({
            text: o.text,
            correct: o.correct,
            weight: q.type === 'single' ? (o.correct ? 100 : 0) : roundSignificant(((o.correct ? 1 : -1) * 100) / right, 7),
            feedback: o.explanation,
          })),
          generalFeedback: q.type === 'multiple' ? `${PARTIAL_CREDIT_RULES.multiple} ${source}` : source,
        });
        break;
      }
      case 'numeric': {
        const n = buildQuestion(q, bankId, bank.chapter);
        if (n.type !== 'numeric') break;
        const tolerance = 'relative' in n.tolerance ? n.tolerance.relative * Math.abs(n.answer) : n.tolerance.absolute;
        out.push({
          kind: 'numeric',
          id: q.id,
          prompt: n.unit ? `${n.prompt} (Answer in ${n.unit}.)` : n.prompt,
          answer: roundSignificant(n.answer, 6),
          tolerance: roundSignificant(tolerance, 3),
          unit: n.unit,
          generalFeedback: `${n.explanation} ${source}`,
        });
        break;
      }
      case 'matching':
        out.push({
          kind: 'matching',
          id: q.id,
          prompt: q.prompt,
          pairs: q.pairs.map((p) => ({ left: p.left, right: p.right })),
          generalFeedback: `${q.pairs.map((p) => `${p.left}: ${p.explanation}`).join(' ')} ${source}`,
        });
        break;
      case 'ordering':
        out.push({
          kind: 'ordering',
          id: q.id,
          prompt: q.prompt,
          items: q.items.map((i) => i.text),
          generalFeedback: `${q.items.map((i, k) => `${k + 1}. ${i.explanation}`).join(' ')} ${source}`,
        });
        break;
      case 'scenario':
        q.steps.forEach((s, k) =>
          out.push({
            kind: 'choice',
            id: `${q.id}-${s.id}`,
            prompt: `${q.prompt} Step ${k + 1} of ${q.steps.length}: ${s.prompt}`,
            multiple: false,
            options: s.options.map((o) => ({ text: o.text, correct: o.correct, weight: o.correct ? 100 : 0, feedback: o.explanation })),
            generalFeedback: source,
          }),
        );
        break;
    }
  }
  return out;
}
