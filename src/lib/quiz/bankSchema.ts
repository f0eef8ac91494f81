/**
 * Schema of a question bank (content/quizzes/<chapter-slug>.json), the `quizzes` collection.
 * It lives apart from src/content.config.ts so unit tests validate banks without booting Astro.
 * Build-time only: the quiz components import the inferred types, never this module's zod code.
 */
import { z } from 'astro/zod';
import { PHYSICS_PARAMETERS, type ParameterSpec } from '../physics/index';
import { reviewIds } from '../content/schemas';
import { QUIZ_PHYSICS_FUNCTION_NAMES } from './physicsFunctions';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens');
const slug = id;
/** Plain text (no HTML): rendered as text, and exported to GIFT/Moodle/QTI as it is. */
const text = z.string().trim().min(1);
/** Why an option is right or wrong, shown after answering: a full sentence. */
const explanation = z.string().trim().min(15, 'explain in a full sentence');

export const optionSchema = z.object({
  id,
  text,
  correct: z.boolean(),
  explanation,
});
export type BankOption = z.infer<typeof optionSchema>;

const sourceSchema = z.object({
  review: z.enum(reviewIds),
  /** Section of the review, as the review titles it. */
  section: text,
});

/**
 * What a question asks a student to do. Only `recall` reproduces a fact; the others reason with one:
 * compute a number, explain a mechanism, predict an outcome, choose a design, or judge a claim
 * against its test conditions. The bank lint wants at least half of each bank to reason.
 */
export const SKILLS = ['recall', 'calculate', 'explain', 'predict', 'design', 'judge'] as const;
export type Skill = (typeof SKILLS)[number];

/** What every question has: where it is taught, which review section it rests on, and its skill. */
const common = {
  id,
  prompt: text,
  skill: z.enum(SKILLS),
  /** Heading anchor (github-slugger id) of the chapter section that teaches the point. */
  section: slug,
  /** Chapter of that section when it is not the bank's own (capstone questions). */
  chapter: slug.optional(),
  source: sourceSchema,
};

function uniqueIds(list: readonly { id: string }[], what: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  for (const { id: itemId } of list) {
    if (seen.has(itemId)) ctx.addIssue({ code: 'custom', message: `duplicate ${what} id "${itemId}"` });
    seen.add(itemId);
  }
}

function exactlyOneCorrect(options: readonly BankOption[], ctx: z.RefinementCtx) {
  const n = options.filter((o) => o.correct).length;
  if (n !== 1) ctx.addIssue({ code: 'custom', message: `needs exactly one correct option, has ${n}` });
}

const optionList = (min: number) => z.array(optionSchema).min(min).max(8);

export const singleChoiceSchema = z
  .object({
    ...common,
    type: z.literal('single'),
    options: optionList(2),
    /** Keep the written order (e.g. options that are ascending numbers). */
    shuffle: z.boolean().default(true),
  })
  .superRefine((q, ctx) => {
    uniqueIds(q.options, 'option', ctx);
    exactlyOneCorrect(q.options, ctx);
  });

export const multipleSelectSchema = z
  .object({
    ...common,
    type: z.literal('multiple'),
    options: optionList(3),
    shuffle: z.boolean().default(true),
  })
  .superRefine((q, ctx) => {
    uniqueIds(q.options, 'option', ctx);
    if (!q.options.some((o) => o.correct)) ctx.addIssue({ code: 'custom', message: 'needs at least one correct option' });
    if (q.options.every((o) => o.correct)) ctx.addIssue({ code: 'custom', message: 'needs at least one wrong option' });
  });

const choiceValue = z.union([z.string().min(1), z.number()]);
const labelledChoice = z.object({ value: choiceValue, label: text });

/** How a question's argument is drawn: a range on a step, a list to choose from, or fixed. */
export const parameterDrawSchema = z.union([
  z
    .object({ min: z.number(), max: z.number(), step: z.number().positive() })
    .refine((r) => r.max >= r.min, 'max must be ≥ min'),
  z.object({ choose: z.array(z.union([choiceValue, labelledChoice])).min(1) }),
  z.object({ value: choiceValue, label: text.optional() }),
]);
export type ParameterDraw = z.infer<typeof parameterDrawSchema>;

const toleranceSchema = z.union([
  z.object({ relative: z.number().positive().max(0.5) }),
  z.object({ absolute: z.number().positive() }),
]);
export type Tolerance = z.infer<typeof toleranceSchema>;

const physicsCallSchema = z.object({
  function: z.enum(QUIZ_PHYSICS_FUNCTION_NAMES),
  /** Drawn arguments; any the question leaves out take the library's default. */
  parameters: z.record(z.string(), parameterDrawSchema).default({}),
  /** Converts the function's unit to the question's, e.g. 100 for a fraction asked in %. */
  scale: z.number().positive().default(1),
});
export type PhysicsCall = z.infer<typeof physicsCallSchema>;

function drawnValues(d: ParameterDraw): (string | number)[] {
  if ('choose' in d) return d.choose.map((c) => (typeof c === 'object' ? c.value : c));
  if ('value' in d) return [d.value];
  return [d.min, d.max];
}

/** Each drawn argument must be one the function takes, inside the range its widgets offer. */
function checkAgainstLibrary(call: { function: string; parameters: Record<string, ParameterDraw> }, ctx: z.RefinementCtx) {
  const specs = (PHYSICS_PARAMETERS as Record<string, Record<string, ParameterSpec>>)[call.function];
  if (!specs) return;
  for (const [name, draw] of Object.entries(call.parameters)) {
    const spec = specs[name];
    if (!spec) {
      ctx.addIssue({ code: 'custom', message: `${call.function} has no parameter "${name}" (it takes ${Object.keys(specs).join(', ')})` });
      continue;
    }
    for (const v of drawnValues(draw)) {
      if (spec.kind === 'number' && (typeof v !== 'number' || v < spec.min || v > spec.max)) {
        ctx.addIssue({ code: 'custom', message: `${name} = ${v} is outside ${spec.min}–${spec.max}` });
      }
      if (spec.kind === 'choice' && !(spec.options as readonly unknown[]).includes(v)) {
        ctx.addIssue({ code: 'custom', message: `${name} = ${v} is not one of ${spec.options.join(', ')}` });
      }
    }
  }
}

export const numericSchema = z
  .object({
    ...common,
    type: z.literal('numeric'),
    physics: physicsCallSchema,
    /** Unit the answer is entered in (after `scale`). */
    unit: z.string(),
    tolerance: toleranceSchema,
    /** How the computed answer is shown in feedback. */
    display: z
      .union([z.object({ significant: z.number().int().min(1).max(6) }), z.object({ digits: z.number().int().min(0).max(6) })])
      .default({ significant: 3 }),
    /** How to get there; may use {answer}, {unit} and the parameters' {names}. */
    explanation,
    /** Wrong answers worth recognising: the value the same function gives with other arguments
     * (or times a factor, e.g. a unit slip), with what went wrong. */
    mistakes: z
      .array(
        z.object({
          parameters: z.record(z.string(), choiceValue).default({}),
          factor: z.number().positive().default(1),
          explanation,
        }),
      )
      .default([]),
  })
  .superRefine((q, ctx) => {
    checkAgainstLibrary(q.physics, ctx);
    for (const m of q.mistakes) {
      const fixed = Object.fromEntries(Object.entries(m.parameters).map(([k, value]) => [k, { value }]));
      checkAgainstLibrary({ function: q.physics.function, parameters: fixed }, ctx);
    }
  });

export const orderingSchema = z
  .object({
    ...common,
    type: z.literal('ordering'),
    /** In the correct order; each says why it sits where it does. */
    items: z.array(z.object({ id, text, explanation })).min(3).max(8),
  })
  .superRefine((q, ctx) => uniqueIds(q.items, 'item', ctx));

export const matchingSchema = z
  .object({
    ...common,
    type: z.literal('matching'),
    /** Column headings, e.g. "Problem" and "Strategy". */
    leftLabel: text,
    rightLabel: text,
    pairs: z.array(z.object({ id, left: text, right: text, explanation })).min(3).max(8),
  })
  .superRefine((q, ctx) => {
    uniqueIds(q.pairs, 'pair', ctx);
    const rights = q.pairs.map((p) => p.right);
    if (new Set(rights).size !== rights.length) ctx.addIssue({ code: 'custom', message: 'two pairs have the same right-hand text' });
  });

export const scenarioSchema = z
  .object({
    ...common,
    type: z.literal('scenario'),
    /** Each step is a single choice with feedback before the next step opens. */
    steps: z
      .array(
        z
          .object({ id, prompt: text, options: optionList(2) })
          .superRefine((s, ctx) => {
            uniqueIds(s.options, 'option', ctx);
            exactlyOneCorrect(s.options, ctx);
          }),
      )
      .min(2)
      .max(6),
  })
  .superRefine((q, ctx) => uniqueIds(q.steps, 'step', ctx));

export const questionSchema = z.discriminatedUnion('type', [
  singleChoiceSchema,
  multipleSelectSchema,
  numericSchema,
  orderingSchema,
  matchingSchema,
  scenarioSchema,
]);

export const bankSchema = z
  .object({
    /** Slug of the chapter the bank checks (the file name), or of the capstone page. */
    chapter: slug,
    title: text,
    /** One or two sentences shown above the questions. */
    intro: text.optional(),
    shuffleQuestions: z.boolean().default(true),
    questions: z.array(questionSchema).min(1),
  })
  .superRefine((b, ctx) => uniqueIds(b.questions, 'question', ctx));

export type QuestionBank = z.infer<typeof bankSchema>;
export type BankQuestion = z.infer<typeof questionSchema>;
export type SingleChoiceQuestion = z.infer<typeof singleChoiceSchema>;
export type MultipleSelectQuestion = z.infer<typeof multipleSelectSchema>;
export type NumericQuestion = z.infer<typeof numericSchema>;
export type OrderingQuestion = z.infer<typeof orderingSchema>;
export type MatchingQuestion = z.infer<typeof matchingSchema>;
export type ScenarioQuestion = z.infer<typeof scenarioSchema>;
export type QuestionType = BankQuestion['type'];
