/**
 * Turns a bank and a seed into the quiz one student sees: question order, option order, the
 * starting order of ordering items, the right-hand column of matching, and the numbers of
 * parametrised questions, all drawn from the seed; numeric answers computed by the physics library.
 * Each question draws from its own stream (seed + question id), so editing one question of a bank
 * leaves the others' numbers and option orders as they were.
 */
import { formatNumber } from '../format/formatNumber';
import { computePhysics, type PhysicsArguments } from './physicsFunctions';
import { PHYSICS_PARAMETERS } from '../physics/index';
import { createRandom, type SeededRandom } from './seededRandom';
import { withinTolerance } from './grading';
import type { ParameterDraw } from './bankSchema';
import type { BankQuestion, NumericInstance, NumericQuestion, QuestionBank, QuestionInstance, QuizInstance } from './types';

/** Decimal places of a step (0.1 → 1, 0.25 → 2, 5 → 0). */
export function decimalsOf(step: number): number {
  const s = String(step);
  if (s.includes('e-')) return Number(s.split('e-')[1]);
  return s.includes('.') ? s.split('.')[1].length : 0;
}

interface Drawn {
  value: number | string;
  /** How the prompt shows it. */
  text: string;
}

export function drawParameter(draw: ParameterDraw, random: SeededRandom): Drawn {
  if ('value' in draw) return { value: draw.value, text: draw.label ?? String(draw.value) };
  if ('choose' in draw) {
    const c = random.pick(draw.choose);
    return typeof c === 'object' ? { value: c.value, text: c.label } : { value: c, text: String(c) };
  }
  const steps = Math.floor((draw.max - draw.min) / draw.step + 1e-9);
  const digits = decimalsOf(draw.step);
  // Round to the step's decimals so 0.1 + 0.2 never shows as 0.30000000000000004.
  const value = Number((draw.min + random.int(0, steps) * draw.step).toFixed(digits));
  return { value, text: formatNumber(value, { digits }) };
}

/** Replaces {name} with values[name]; an unknown name is an authoring error and throws. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`unknown placeholder {${name}} in "${template}"`);
    return values[name];
  });
}

/** The library's default for every argument, overridden by the drawn ones. */
function withDefaults(fn: string, drawn: PhysicsArguments): PhysicsArguments {
  const specs = (PHYSICS_PARAMETERS as Record<string, Record<string, { default: number | string }>>)[fn] ?? {};
  return { ...Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, s.default])), ...drawn };
}

function formatAnswer(value: number, display: NumericQuestion['display']): string {
  return formatNumber(value, 'significant' in display ? { significant: display.significant } : { digits: display.digits });
}

function buildNumeric(q: NumericQuestion, random: SeededRandom, base: Omit<NumericInstance, 'type' | 'unit' | 'answer' | 'answerText' | 'tolerance' | 'parameters' | 'explanation' | 'mistakes'>): NumericInstance {
  const drawn = Object.fromEntries(Object.entries(q.physics.parameters).map(([k, d]) => [k, drawParameter(d, random)]));
  const parameters = Object.fromEntries(Object.entries(drawn).map(([k, d]) => [k, d.value]));
  const texts = Object.fromEntries(Object.entries(drawn).map(([k, d]) => [k, d.text]));
  const compute = (args: PhysicsArguments) => computePhysics(q.physics.function, withDefaults(q.physics.function, args)) * q.physics.scale;
  const answer = compute(parameters);
  if (!Number.isFinite(answer)) throw new Error(`question ${q.id}: the physics library returned ${answer}`);
  const answerText = formatAnswer(answer, q.display);
  const values = { ...texts, answer: answerText, unit: q.unit };
  return {
    ...base,
    type: 'numeric',
    prompt: fillTemplate(q.prompt, values),
    unit: q.unit,
    answer,
    answerText,
    tolerance: q.tolerance,
    parameters,
    explanation: fillTemplate(q.explanation, values),
    mistakes: q.mistakes
      .map((m) => ({ value: compute({ ...parameters, ...m.parameters }) * m.factor, explanation: fillTemplate(m.explanation, values) }))
      // A "mistake" that lands within tolerance of the answer for these numbers would contradict the grade.
      .filter((m) => Number.isFinite(m.value) && !withinTolerance(m.value, answer, q.tolerance)),
  };
}

/**
 * The values a numeric question's known slips give for `parameters`, unfiltered (one per bank
 * mistake, in bank order): the Moodle export keeps one answer slot per slip across every draw.
 */
export function slipValues(q: NumericQuestion, parameters: PhysicsArguments): number[] {
  const compute = (args: PhysicsArguments) => computePhysics(q.physics.function, withDefaults(q.physics.function, args)) * q.physics.scale;
  return q.mistakes.map((m) => compute({ ...parameters, ...m.parameters }) * m.factor);
}

/** A shuffle that never returns the original order (for ordering items: else it is solved). */
function shuffleAway<T>(items: readonly T[], random: SeededRandom): T[] {
  if (items.length < 2) return [...items];
  const out = random.shuffle(items);
  if (out.every((x, i) => x === items[i])) out.push(out.shift()!);
  return out;
}

/** One question as seen with this seed. `bankChapter` is where sections default to. */
export function buildQuestion(q: BankQuestion, seed: string, bankChapter: string): QuestionInstance {
  const random = createRandom(seed, 'question', q.id);
  const base = {
    id: q.id,
    prompt: q.prompt,
    taughtIn: { chapter: q.chapter ?? bankChapter, section: q.section },
    source: q.source,
  };
  switch (q.type) {
    case 'single':
    case 'multiple':
      return { ...base, type: q.type, options: q.shuffle ? random.shuffle(q.options) : [...q.options] };
    case 'numeric':
      return buildNumeric(q, random, base);
    case 'ordering':
      return { ...base, type: 'ordering', items: shuffleAway(q.items, random), correctOrder: q.items.map((i) => i.id) };
    case 'matching':
      return {
        ...base,
        type: 'matching',
        leftLabel: q.leftLabel,
        rightLabel: q.rightLabel,
        pairs: [...q.pairs],
        rights: shuffleAway(q.pairs.map((p) => ({ id: p.id, text: p.right })), random),
      };
    case 'scenario':
      return {
        ...base,
        type: 'scenario',
        steps: q.steps.map((s) => ({ id: s.id, prompt: s.prompt, options: random.shuffle(s.options) })),
      };
  }
}

/** The whole quiz for a seed: same bank + same seed → the same quiz, anywhere. */
export function buildQuiz(bankId: string, bank: QuestionBank, seed: string): QuizInstance {
  const order = bank.shuffleQuestions ? createRandom(seed, 'order').shuffle(bank.questions) : bank.questions;
  return {
    bankId,
    seed,
    title: bank.title,
    questions: order.map((q) => buildQuestion(q, seed, bank.chapter)),
  };
}
