/**
 * A seeded quiz laid out for paper: the questions as a student answers them in class (lettered
 * options, numbered items to put in order, blanks for numbers), and a separate answer key with the
 * reasons. Built from the same QuizInstance the course shows, so a sheet printed from seed S has the
 * options, order and numbers of the on-screen quiz shared with seed S.
 */
import { PARTIAL_CREDIT_RULES } from './grading';
import type { QuestionInstance, QuizInstance } from './types';

/** A, B, …, Z, then AA: enough for any bank (options are capped well below 26). */
export function letter(index: number): string {
  let s = '';
  let n = index;
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

export interface SheetChoice {
  label: string;
  text: string;
}

/** What the student sees on paper. */
export type SheetBody =
  | { kind: 'single' | 'multiple'; instruction: string; choices: SheetChoice[] }
  | { kind: 'numeric'; instruction: string; unit: string }
  | { kind: 'ordering'; instruction: string; items: SheetChoice[] }
  | { kind: 'matching'; instruction: string; leftLabel: string; rightLabel: string; lefts: SheetChoice[]; rights: SheetChoice[] }
  | { kind: 'scenario'; instruction: string; steps: { prompt: string; choices: SheetChoice[] }[] };

export interface SheetQuestion {
  number: number;
  id: string;
  prompt: string;
  body: SheetBody;
}

/** One line of the key: the answer in the sheet's letters, and why. */
export interface KeyEntry {
  number: number;
  id: string;
  answer: string;
  reasons: string[];
}

const labelled = <T extends { text: string }>(items: readonly T[]): SheetChoice[] =>
  items.map((o, i) => ({ label: letter(i), text: o.text }));

function sheetBody(q: QuestionInstance): SheetBody {
  switch (q.type) {
    case 'single':
      return { kind: 'single', instruction: 'Circle one letter.', choices: labelled(q.options) };
    case 'multiple':
      return { kind: 'multiple', instruction: `Circle every letter that applies. ${PARTIAL_CREDIT_RULES.multiple}`, choices: labelled(q.options) };
    case 'numeric':
      return { kind: 'numeric', instruction: 'Write your answer and show your working.', unit: q.unit };
    case 'ordering':
      return { kind: 'ordering', instruction: 'Write the letters in the right order.', items: labelled(q.items) };
    case 'matching':
      return {
        kind: 'matching',
        instruction: 'Write the letter of the matching item beside each number.',
        leftLabel: q.leftLabel,
        rightLabel: q.rightLabel,
        lefts: q.pairs.map((p, i) => ({ label: String(i + 1), text: p.left })),
        rights: labelled(q.rights),
      };
    case 'scenario':
      return {
        kind: 'scenario',
        instruction: 'Choose one letter at each step.',
        steps: q.steps.map((s) => ({ prompt: s.prompt, choices: labelled(s.options) })),
      };
  }
}

function keyEntry(q: QuestionInstance, number: number): KeyEntry {
  const entry = (answer: string, reasons: string[]) => ({ number, id: q.id, answer, reasons });
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const right = q.options.map((o, i) => ({ o, l: letter(i) })).filter(({ o }) => o.correct);
      return entry(
        right.map(({ l }) => l).join(', '),
        right.map(({ o, l }) => `${l}: ${o.explanation}`),
      );
    }
    case 'numeric':
      return entry(`${q.answerText} ${q.unit}`.trim(), [q.explanation]);
    case 'ordering': {
      const letters = new Map(q.items.map((it, i) => [it.id, letter(i)]));
      const byId = new Map(q.items.map((it) => [it.id, it]));
      return entry(
        q.correctOrder.map((id) => letters.get(id)).join(' → '),
        q.correctOrder.map((id) => `${letters.get(id)}: ${byId.get(id)?.explanation ?? ''}`),
      );
    }
    case 'matching': {
      const letters = new Map(q.rights.map((r, i) => [r.id, letter(i)]));
      return entry(
        q.pairs.map((p, i) => `${i + 1}–${letters.get(p.id)}`).join(', '),
        q.pairs.map((p, i) => `${i + 1}: ${p.explanation}`),
      );
    }
    case 'scenario': {
      const picks = q.steps.map((s) => {
        const i = s.options.findIndex((o) => o.correct);
        return { l: letter(i), why: s.options[i]?.explanation ?? '' };
      });
      return entry(
        picks.map((p, i) => `step ${i + 1}: ${p.l}`).join('; '),
        picks.map((p, i) => `Step ${i + 1} (${p.l}): ${p.why}`),
      );
    }
  }
}

export interface PrintSheet {
  title: string;
  seed: string;
  questions: SheetQuestion[];
  key: KeyEntry[];
}

export function printSheet(quiz: QuizInstance): PrintSheet {
  return {
    title: quiz.title,
    seed: quiz.seed,
    questions: quiz.questions.map((q, i) => ({ number: i + 1, id: q.id, prompt: q.prompt, body: sheetBody(q) })),
    key: quiz.questions.map((q, i) => keyEntry(q, i + 1)),
  };
}
