/**
 * The bank lint: checks that a question bank measures understanding rather than test-taking
 * skill (issue 17). Pure: it takes parsed banks and returns the problems it finds, so the unit
 * test runs it over content/quizzes and over a deliberately broken fixture.
 *
 * Rules (ids are what `LintIssue.rule` holds):
 * - `length-cue`: the key is the uniquely longest option in at most a third of the single-answer
 *   items and scenario steps, in each bank and over all banks; and, so that trimming keys does not
 *   plant the opposite cue, the uniquely shortest in at most a third too.
 * - `multi-balance`: every multi-select has at least as many wrong options as right ones, so
 *   ticking every box earns nothing.
 * - `skill-mix`: at least half of each bank's questions have a skill other than `recall`.
 * - `draw-variety`: a numeric question whose numbers are drawn gives at least 5 distinct answers
 *   over the seeds the engine's own builder is run with.
 * - `widget-words`: no student-facing text points at something an LMS reader does not have (the
 *   site's widgets, "the chapter", a figure "above"); see WIDGET_PATTERNS.
 * - `duplicate-stem`: no two questions (in any banks) share a prompt.
 * - `distractor-explanation`: each wrong option has its own explanation, not the key's and not
 *   another distractor's (the schema already requires every option to carry one).
 */
import type { BankQuestion, QuestionBank } from './bankSchema';
import { buildQuestion } from './buildQuiz';

export type LintRule =
  | 'length-cue'
  | 'multi-balance'
  | 'skill-mix'
  | 'draw-variety'
  | 'widget-words'
  | 'duplicate-stem'
  | 'distractor-explanation';

export interface LintIssue {
  rule: LintRule;
  /** Bank id, or "all" for the rule over every bank. */
  bank: string;
  /** Question id (with "/step" for a scenario step) when the issue is one item's. */
  item?: string;
  message: string;
}

export const MAX_LENGTH_CUE_SHARE = 1 / 3;
export const MIN_REASONING_SHARE = 1 / 2;
export const MIN_DISTINCT_DRAWS = 5;
/** Seeds sampled per randomised question; enough to see every value of a 5–20-value range. */
export const DRAW_SEEDS = 200;

/**
 * Phrases that only make sense on the course's pages. An exported question is read inside an
 * LMS with no explorer, simulation, calculator, figure or surrounding chapter, so a prompt must
 * describe the model it means ("in a diffusion-limited aggregation model…") instead of pointing
 * at it. "above"/"below" are flagged only as references to the page (a figure/table/plot
 * above, "shown below"): as comparisons ("above 4 V") they are ordinary physics. "All/none of
 * the above" is flagged too: it rewards test-taking, and options are shuffled.
 */
export const WIDGET_PATTERNS: readonly RegExp[] = [
  /\b(?:the|this) (?:explorer|simulation|simulator|calculator|widget|slider|animation|viewer|demo|interactive)\b/i,
  /\b(?:this|the|that) (?:chapter|section|page|lesson|course)\b/i,
  /\b(?:shown|given|described|pictured|plotted|listed|drawn|sketched) (?:above|below)\b/i,
  /\b(?:figure|plot|graph|chart|table|diagram|image|picture|equation) (?:above|below)\b/i,
  /\b(?:above|below) (?:figure|plot|graph|chart|table|diagram|image|picture)\b/i,
  /\b(?:all|none) of the above\b/i,
  /\bas (?:we|you) (?:saw|have seen|learned)\b/i,
];

type ChoiceItem = { key: string; options: { text: string; correct: boolean; explanation: string }[] };

/** Single-answer items and scenario steps: where a length cue can give the key away. */
function singleAnswerItems(q: BankQuestion): ChoiceItem[] {
  if (q.type === 'single') return [{ key: q.id, options: q.options }];
  if (q.type === 'scenario') return q.steps.map((s) => ({ key: `${q.id}/${s.id}`, options: s.options }));
  return [];
}

type Sized = { text: string; correct: boolean };
const len = (t: string) => t.trim().length;

/** True when the key is longer (in characters) than every other option. */
export function keyIsUniquelyLongest(options: readonly Sized[]): boolean {
  const key = options.find((o) => o.correct);
  return !!key && options.every((o) => o === key || len(o.text) < len(key.text));
}

/** True when the key is shorter (in characters) than every other option. */
export function keyIsUniquelyShortest(options: readonly Sized[]): boolean {
  const key = options.find((o) => o.correct);
  return !!key && options.every((o) => o === key || len(o.text) > len(key.text));
}

/** Every text a student reads for a question (prompts, options, items, pairs). */
function studentTexts(q: BankQuestion): { where: string; text: string }[] {
  const out = [{ where: q.id, text: q.prompt }];
  if (q.type === 'single' || q.type === 'multiple') out.push(...q.options.map((o) => ({ where: `${q.id}/${o.id}`, text: o.text })));
  if (q.type === 'ordering') out.push(...q.items.map((i) => ({ where: `${q.id}/${i.id}`, text: i.text })));
  if (q.type === 'matching') out.push(...q.pairs.flatMap((p) => [{ where: `${q.id}/${p.id}`, text: `${p.left} ${p.right}` }]));
  if (q.type === 'scenario') {
    for (const s of q.steps) {
      out.push({ where: `${q.id}/${s.id}`, text: s.prompt }, ...s.options.map((o) => ({ where: `${q.id}/${s.id}/${o.id}`, text: o.text })));
    }
  }
  return out;
}

/** A prompt reduced to its words, so punctuation, case and drawn numbers do not hide a repeat. */
export function normaliseStem(prompt: string): string {
  return prompt
    .toLowerCase()
    .replace(/\{[^}]*\}/g, '#')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}

/** How many different answers the engine's builder gives a numeric question over `seeds` seeds. */
export function distinctDraws(q: BankQuestion, chapter: string, seeds = DRAW_SEEDS): number {
  const answers = new Set<string>();
  for (let s = 0; s < seeds; s++) {
    const inst = buildQuestion(q, `lint-${s}`, chapter);
    if (inst.type === 'numeric') answers.add(inst.answerText);
  }
  return answers.size;
}

function isRandomised(q: BankQuestion): boolean {
  if (q.type !== 'numeric') return false;
  return Object.values(q.physics.parameters).some((d) => ('min' in d ? d.max > d.min : 'choose' in d && d.choose.length > 1));
}

interface LengthCueCount {
  cued: number;
  total: number;
}

const EXTREMES = [
  { word: 'longest', test: keyIsUniquelyLongest },
  { word: 'shortest', test: keyIsUniquelyShortest },
] as const;

function lengthCue(bank: QuestionBank, test: (o: readonly Sized[]) => boolean): LengthCueCount & { items: string[] } {
  const items = bank.questions.flatMap(singleAnswerItems);
  const cued = items.filter((i) => test(i.options)).map((i) => i.key);
  return { cued: cued.length, total: items.length, items: cued };
}

const pct = (n: number, d: number) => `${n}/${d}`;

/** Every rule that concerns one bank alone. */
export function lintBank(id: string, bank: QuestionBank): LintIssue[] {
  const issues: LintIssue[] = [];
  const add = (rule: LintRule, message: string, item?: string) => issues.push({ rule, bank: id, item, message });

  for (const { word, test } of EXTREMES) {
    const cue = lengthCue(bank, test);
    if (cue.total > 0 && cue.cued > cue.total * MAX_LENGTH_CUE_SHARE) {
      add('length-cue', `the key is the uniquely ${word} option in ${pct(cue.cued, cue.total)} single-answer items (at most a third allowed): ${cue.items.join(', ')}`);
    }
  }

  for (const q of bank.questions) {
    if (q.type === 'multiple') {
      const right = q.options.filter((o) => o.correct).length;
      const wrong = q.options.length - right;
      if (wrong < right) add('multi-balance', `${right} right options but only ${wrong} wrong: ticking every box scores`, q.id);
    }
    if (isRandomised(q)) {
      const n = distinctDraws(q, bank.chapter);
      if (n < MIN_DISTINCT_DRAWS) add('draw-variety', `only ${n} distinct answers over ${DRAW_SEEDS} seeds (at least ${MIN_DISTINCT_DRAWS} needed)`, q.id);
    }
    for (const { where, text } of studentTexts(q)) {
      const hit = WIDGET_PATTERNS.map((p) => p.exec(text)).find(Boolean);
      if (hit) add('widget-words', `"${hit[0]}" points at something an LMS reader does not have`, where);
    }
    const choiceLists = q.type === 'multiple' ? [{ key: q.id, options: q.options }] : singleAnswerItems(q);
    for (const { key, options } of choiceLists) {
      const keyExplanations = new Set(options.filter((o) => o.correct).map((o) => o.explanation.trim()));
      const seen = new Set<string>();
      for (const o of options.filter((x) => !x.correct)) {
        const e = o.explanation.trim();
        if (keyExplanations.has(e)) add('distractor-explanation', `distractor "${o.text}" reuses the key's explanation`, key);
        else if (seen.has(e)) add('distractor-explanation', `distractor "${o.text}" shares its explanation with another distractor`, key);
        seen.add(e);
      }
    }
  }

  const reasoning = bank.questions.filter((q) => q.skill !== 'recall').length;
  if (reasoning < bank.questions.length * MIN_REASONING_SHARE) {
    add('skill-mix', `only ${pct(reasoning, bank.questions.length)} questions reason (calculate, explain, predict, design, judge); at least half must`);
  }
  return issues;
}

/** Every rule, over a set of banks: each bank's own, plus the overall length cue and duplicate stems. */
export function lintBanks(banks: readonly { id: string; bank: QuestionBank }[]): LintIssue[] {
  const issues = banks.flatMap(({ id, bank }) => lintBank(id, bank));

  for (const { word, test } of EXTREMES) {
    const totals = banks.map(({ bank }) => lengthCue(bank, test)).reduce((a, b) => ({ cued: a.cued + b.cued, total: a.total + b.total }), { cued: 0, total: 0 });
    if (totals.total > 0 && totals.cued > totals.total * MAX_LENGTH_CUE_SHARE) {
      issues.push({ rule: 'length-cue', bank: 'all', message: `over all banks the key is the uniquely ${word} option in ${pct(totals.cued, totals.total)} single-answer items (at most a third allowed)` });
    }
  }

  const stems = new Map<string, string>();
  for (const { id, bank } of banks) {
    for (const q of bank.questions) {
      const prompts = [q.prompt, ...(q.type === 'scenario' ? q.steps.map((s) => s.prompt) : [])];
      for (const p of prompts) {
        const stem = normaliseStem(p);
        const first = stems.get(stem);
        if (first) issues.push({ rule: 'duplicate-stem', bank: id, item: q.id, message: `same prompt as ${first}` });
        else stems.set(stem, `${id}/${q.id}`);
      }
    }
  }
  return issues;
}

/** How many questions of each skill a bank has (the instructors' page shows the mix). */
export { skillMix } from './skillMix';
