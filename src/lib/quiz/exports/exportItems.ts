/**
 * A bank flattened into LMS-neutral items for the instructor exports (GIFT, Moodle XML, QTI).
 * Parametrised numeric questions are fixed with the bank's default seed, so an export carries
 * concrete numbers whose answers the physics library computed. A scenario becomes one
 * single-choice item per step, each repeating the scenario so it stands alone in a question bank.
 */
import { buildQuestion, drawParameter, fillTemplate, slipValues } from '../buildQuiz';
import { createRandom } from '../seededRandom';
import { PARTIAL_CREDIT_RULES } from '../grading';
import type { NumericQuestion, QuestionBank } from '../types';

/** What every item carries besides its content: where it is taught, and tags for an LMS. */
interface ItemBase {
  id: string;
  prompt: string;
  generalFeedback: string;
  /** Absolute URL of the chapter section that teaches it (or a root-relative one without a site URL). */
  link: string;
  /** chapter:<slug>, review-section:<section>, skill:<skill> (when the bank states one). */
  tags: string[];
}

/** Draws of a randomised numeric item, for LMSs that vary numbers per student (Moodle calculated). */
export interface NumericVariants {
  /** The prompt and explanation with each varying number as {name}, {answer} for the answer. */
  prompt: string;
  explanation: string;
  /** Names of the varying numbers, in prompt order. */
  wildcards: string[];
  /** Each known slip's explanation, with the same {names}. */
  slipExplanations: string[];
  /** One row per draw: the numbers as the prompt shows them, the answer and each slip's value. */
  rows: { values: Record<string, number>; answer: number; slips: number[] }[];
}

/** How many seeded draws a randomised numeric item exports with. */
export const EXPORT_DRAWS = 20;

export interface ChoiceItem extends ItemBase {
  kind: 'choice';
  /** False when the bank fixes the option order (e.g. "all of the above" last). */
  shuffle: boolean;
  /** More than one right option: graded with the course's partial-credit rule. */
  multiple: boolean;
  /** weight: percentage of the point this option earns (negative cancels), as LMSs express it. */
  options: { text: string; correct: boolean; weight: number; feedback: string }[];
}
export interface NumericItem extends ItemBase {
  kind: 'numeric';
  /** The bank default seed's draw (GIFT and QTI carry one fixed draw). */
  answer: number;
  /** Absolute tolerance in the answer's unit, for that draw. */
  tolerance: number;
  /** The bank's relative tolerance, when it states one (Moodle can apply it to every draw). */
  relativeTolerance?: number;
  unit: string;
  /** Known slips for that draw: a 0 % answer with its explanation. */
  mistakes: { value: number; feedback: string }[];
  /** Present when the numbers vary and every varying one is a number (not "sodium"). */
  variants?: NumericVariants;
}
export interface MatchingItem extends ItemBase {
  kind: 'matching';
  pairs: { left: string; right: string }[];
}
export interface OrderingItem extends ItemBase {
  kind: 'ordering';
  /** In the correct order. */
  items: string[];
}
export type ExportItem = ChoiceItem | NumericItem | MatchingItem | OrderingItem;

/** Rounds to a few significant digits so exported numbers read like the course's. */
export function roundSignificant(x: number, digits = 4): number {
  return x === 0 ? 0 : Number(x.toPrecision(digits));
}

/** Where exported links point: the site's origin and base path ("https://x.edu/course/"). */
export interface ExportOptions {
  sourceLabel?: (review: string) => string;
  siteUrl?: string;
}

/** The varying numbers of a numeric question, or undefined when one of them is not a number. */
function variantsOf(bankId: string, q: NumericQuestion, chapter: string): NumericVariants | undefined {
  const varying = Object.entries(q.physics.parameters).filter(([, d]) => ('min' in d ? d.max > d.min : 'choose' in d && d.choose.length > 1));
  if (varying.length === 0) return undefined;
  const numeric = varying.every(([, d]) => 'min' in d || ('choose' in d && d.choose.every((c) => typeof c === 'number')));
  if (!numeric) return undefined;
  const wildcards = varying.map(([name]) => name);
  const rows: NumericVariants['rows'] = [];
  for (let k = 0; k < EXPORT_DRAWS; k++) {
    const n = buildQuestion(q, `${bankId}-draw-${k + 1}`, chapter);
    if (n.type !== 'numeric') return undefined;
    const values = Object.fromEntries(wildcards.map((w) => [w, n.parameters[w] as number]));
    rows.push({ values, answer: roundSignificant(n.answer, 6), slips: slipValues(q, n.parameters).map((v) => roundSignificant(v, 6)) });
  }
  // Fixed parameters keep their text as the course shows it; varying ones and the answer become {name}.
  const random = createRandom(bankId, 'export', q.id);
  const texts = Object.fromEntries(Object.entries(q.physics.parameters).map(([name, d]) => [name, drawParameter(d, random).text]));
  const values = { ...texts, ...Object.fromEntries(wildcards.map((w) => [w, `{${w}}`])), answer: '{answer}', unit: q.unit };
  return {
    prompt: fillTemplate(q.prompt, values),
    explanation: fillTemplate(q.explanation, values),
    slipExplanations: q.mistakes.map((m) => fillTemplate(m.explanation, values)),
    wildcards,
    rows,
  };
}

export function exportItems(bankId: string, bank: QuestionBank, options: ExportOptions | ((review: string) => string) = {}): ExportItem[] {
  const { sourceLabel = (r: string) => r, siteUrl = '' } = typeof options === 'function' ? { sourceLabel: options } : options;
  const out: ExportItem[] = [];
  for (const q of bank.questions) {
    const chapter = q.chapter ?? bank.chapter;
    const link = `${siteUrl.replace(/\/+$/, '')}/chapters/${chapter}/#${q.section}`;
    const skill = (q as { skill?: string }).skill ?? undefined;
    const tags = [`chapter:${chapter}`, `review-section:${q.source.section}`, ...(skill ? [`skill:${skill}`] : [])];
    const source = `Source: ${sourceLabel(q.source.review)}, ${q.source.section}. Taught in the course chapter "${chapter}", section #${q.section}.`;
    const base = { id: q.id, prompt: q.prompt, link, tags };
    switch (q.type) {
      case 'single':
      case 'multiple': {
        const right = q.options.filter((o) => o.correct).length;
        out.push({
          ...base,
          kind: 'choice',
          multiple: q.type === 'multiple',
          shuffle: q.shuffle,
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
        const variants = variantsOf(bankId, q, bank.chapter);
        out.push({
          ...base,
          kind: 'numeric',
          prompt: n.unit ? `${n.prompt} (Answer in ${n.unit}.)` : n.prompt,
          answer: roundSignificant(n.answer, 6),
          tolerance: roundSignificant(tolerance, 3),
          ...('relative' in q.tolerance ? { relativeTolerance: q.tolerance.relative } : {}),
          unit: n.unit,
          mistakes: n.mistakes.map((m) => ({ value: roundSignificant(m.value, 6), feedback: m.explanation })),
          ...(variants ? { variants: { ...variants, prompt: n.unit ? `${variants.prompt} (Answer in ${n.unit}.)` : variants.prompt, explanation: `${variants.explanation} ${source}` } } : {}),
          generalFeedback: `${n.explanation} ${source}`,
        });
        break;
      }
      case 'matching':
        out.push({
          ...base,
          kind: 'matching',
          pairs: q.pairs.map((p) => ({ left: p.left, right: p.right })),
          generalFeedback: `${q.pairs.map((p) => `${p.left}: ${p.explanation}`).join(' ')} ${source}`,
        });
        break;
      case 'ordering':
        out.push({
          ...base,
          kind: 'ordering',
          items: q.items.map((i) => i.text),
          generalFeedback: `${q.items.map((i, k) => `${k + 1}. ${i.explanation}`).join(' ')} ${source}`,
        });
        break;
      case 'scenario':
        q.steps.forEach((s, k) =>
          out.push({
            ...base,
            kind: 'choice',
            id: `${q.id}-${s.id}`,
            prompt: `${q.prompt} Step ${k + 1} of ${q.steps.length}: ${s.prompt}`,
            multiple: false,
            shuffle: true,
            options: s.options.map((o) => ({ text: o.text, correct: o.correct, weight: o.correct ? 100 : 0, feedback: o.explanation })),
            generalFeedback: source,
          }),
        );
        break;
    }
  }
  return out;
}
