/** What the quiz passes to every question view. */
import type { Grade, QuestionInstance, QuestionResponse } from '../../src/lib/quiz/types';

export interface QuestionViewProps<Q extends QuestionInstance = QuestionInstance> {
  question: Q;
  number: number;
  total: number;
  sourceLabel: string;
  chapterTitle?: string;
  headingLevel?: 2 | 3;
  /** The submitted response and its grade, once answered (also after a reload). */
  submitted?: QuestionResponse;
  grade?: Grade;
  /** True right after this question was answered: its feedback takes focus. */
  focusFeedback?: boolean;
  onanswer: (response: QuestionResponse) => void;
}
