/**
 * The quiz engine's runtime shapes: a question as one student sees it (options shuffled, numbers
 * drawn, answer computed), the student's response, and its grade. Bank shapes (what authors
 * write) are in bankSchema.ts; these are plain JSON so they can be saved and restored.
 */
import type {
  BankOption,
  MatchingQuestion,
  MultipleSelectQuestion,
  NumericQuestion,
  OrderingQuestion,
  ScenarioQuestion,
  SingleChoiceQuestion,
  Tolerance,
} from './bankSchema';

export type { BankOption, QuestionBank, BankQuestion, QuestionType } from './bankSchema';

/** Where a question is taught, resolved to a chapter slug and heading anchor. */
export interface TaughtIn {
  chapter: string;
  section: string;
}

interface InstanceBase {
  id: string;
  prompt: string;
  taughtIn: TaughtIn;
  source: { review: string; section: string };
}

export interface SingleChoiceInstance extends InstanceBase {
  type: 'single';
  options: BankOption[];
}

export interface MultipleSelectInstance extends InstanceBase {
  type: 'multiple';
  options: BankOption[];
}

export interface NumericInstance extends InstanceBase {
  type: 'numeric';
  unit: string;
  /** Computed by the physics library from the drawn parameters, in `unit`. */
  answer: number;
  /** The answer as feedback shows it (rounded per the bank's `display`). */
  answerText: string;
  tolerance: Tolerance;
  /** The drawn arguments, as the prompt states them. */
  parameters: Record<string, number | string>;
  explanation: string;
  /** Values that reveal a known slip, with what went wrong. */
  mistakes: { value: number; explanation: string }[];
}

export interface OrderingInstance extends InstanceBase {
  type: 'ordering';
  /** Items in the order first shown (never already correct). */
  items: OrderingQuestion['items'];
  /** Item ids in the correct order. */
  correctOrder: string[];
}

export interface MatchingInstance extends InstanceBase {
  type: 'matching';
  leftLabel: string;
  rightLabel: string;
  /** Left-hand items in bank order, each with the id of its right-hand partner (= pair id). */
  pairs: MatchingQuestion['pairs'];
  /** Right-hand choices in shuffled order; id is the pair id it belongs to. */
  rights: { id: string; text: string }[];
}

export interface ScenarioInstance extends InstanceBase {
  type: 'scenario';
  steps: { id: string; prompt: string; options: BankOption[] }[];
}

export type QuestionInstance =
  | SingleChoiceInstance
  | MultipleSelectInstance
  | NumericInstance
  | OrderingInstance
  | MatchingInstance
  | ScenarioInstance;

/** One seeded rendering of a bank. */
export interface QuizInstance {
  bankId: string;
  seed: string;
  title: string;
  questions: QuestionInstance[];
}

export type QuestionResponse =
  | { type: 'single'; optionId: string }
  | { type: 'multiple'; optionIds: string[] }
  /** The text as typed; parsed when graded so a saved response re-grades the same way. */
  | { type: 'numeric'; text: string }
  | { type: 'ordering'; order: string[] }
  /** Left pair id → chosen right id. */
  | { type: 'matching'; matches: Record<string, string> }
  /** Chosen option id per step, in step order. */
  | { type: 'scenario'; choices: string[] };

export type Verdict = 'correct' | 'partial' | 'wrong';

export interface Grade {
  /** 0–1. */
  score: number;
  verdict: Verdict;
  /** Per option / item / pair / step: was this part right? Keyed by its id. */
  parts: Record<string, boolean>;
  /** Numeric only: the value read, and the explanation of a recognised slip. */
  value?: number;
  mistake?: string;
}

/** Grading could not start: the response is unreadable (e.g. "abc" for a number). */
export interface InvalidResponse {
  invalid: true;
  message: string;
}

export type { SingleChoiceQuestion, MultipleSelectQuestion, NumericQuestion, OrderingQuestion, MatchingQuestion, ScenarioQuestion };
