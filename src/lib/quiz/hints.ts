/**
 * The hint after a wrong first try: it says what kind of wrong the answer is (how many parts are
 * right, too large or too small, a recognised slip) without naming the key, so the second try is
 * still the student's own reasoning.
 */
import type { Grade, QuestionInstance } from './types';

/** Tries a practice question allows before its explanation is shown. */
export const PRACTICE_TRIES = 2;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function countParts(grade: Grade): { right: number; total: number } {
  const values = Object.values(grade.parts);
  return { right: values.filter(Boolean).length, total: values.length };
}

/** How far off a number is, in words that point at the usual cause. */
function numericHint(answer: number, value: number): string {
  if (answer !== 0 && value !== 0 && Math.sign(answer) !== Math.sign(value)) return 'Your number has the wrong sign: check which way the quantity points.';
  const ratio = answer === 0 ? Infinity : Math.abs(value / answer);
  const decades = Math.log10(ratio);
  if (Number.isFinite(decades) && Math.abs(decades) >= 0.9 && Math.abs(decades - Math.round(decades)) < 0.05) {
    return `Your number is off by a factor of about ${(10 ** Math.round(Math.abs(decades))).toLocaleString('en-US')}: check the unit conversions and prefixes.`;
  }
  return value > answer ? 'Your number is too large: check each factor you multiplied by.' : 'Your number is too small: check each factor you divided by.';
}

/** The hint for a graded wrong (or partly right) first try of `q`. */
export function hintFor(q: QuestionInstance, grade: Grade): string {
  const { right, total } = countParts(grade);
  switch (q.type) {
    case 'single':
      return 'That option is not the best answer. Think about what each option would predict, then try once more.';
    case 'multiple': {
      const key = q.options.filter((o) => o.correct).length;
      const wrongTicks = q.options.filter((o) => !o.correct && grade.parts[o.id] === false).length;
      const missed = q.options.filter((o) => o.correct && grade.parts[o.id] === false).length;
      return [
        `${plural(key, 'option')} should be ticked.`,
        wrongTicks > 0 ? `You ticked ${plural(wrongTicks, 'option')} that should not be.` : '',
        missed > 0 ? `You left ${plural(missed, 'right option')} unticked.` : '',
      ]
        .filter(Boolean)
        .join(' ');
    }
    case 'numeric':
      return grade.mistake ?? (grade.value === undefined ? 'Check your number.' : numericHint(q.answer, grade.value));
    case 'ordering':
      return `${right} of ${total} items are already in their right place. Look again at what has to happen first.`;
    case 'matching':
      return `${right} of ${total} matches are right.`;
    case 'scenario':
      return `${right} of ${total} steps have the best choice.`;
  }
}
