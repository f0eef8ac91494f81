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
  /** Practice: the first try was wrong; this hint shows and one more try is allowed. */
  tryHint?: string;
  /** Practice: show the explanation now instead of trying again. */
  onreveal?: () => void;
  /** Exam: the answer is recorded; feedback waits until the end of the quiz. */
  saved?: boolean;
  /** Exam: show no right/wrong feedback while answering (scenario steps). */
  withholdFeedback?: boolean;
}
