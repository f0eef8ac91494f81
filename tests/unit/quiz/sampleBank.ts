/** A small bank with one question of every type, parsed through the real schema (defaults applied). */
import { bankSchema, type QuestionBank } from '../../../src/lib/quiz/bankSchema';

const src = { review: 'xiang2019', section: 'Introduction' } as const;
const opt = (id: string, correct: boolean) => ({ id, text: `Option ${id}`, correct, explanation: `Option ${id} is ${correct ? 'right' : 'wrong'} because of a reason.` });

export const sampleBank: QuestionBank = bankSchema.parse({
  chapter: 'why-alkali-metal-anodes',
  title: 'Sample check',
  questions: [
    { id: 'single-q', type: 'single', prompt: 'Pick one.', section: 'three-obstacles', source: src, skill: 'recall', options: [opt('a', true), opt('b', false), opt('c', false)] },
    {
      id: 'multi-q',
      type: 'multiple',
      prompt: 'Pick all that apply.',
      section: 'three-obstacles',
      source: src,
      skill: 'explain',
      options: [opt('a', true), opt('b', true), opt('c', false), opt('d', false)],
    },
    {
      id: 'numeric-q',
      type: 'numeric',
      prompt: 'How thick is {metal} plated at {arealCapacity_mAh_per_cm2} mAh/cm²?',
      section: 'volume-change-in-a-hostless-electrode',
      source: src,
      skill: 'explain',
      physics: {
        function: 'platingThickness',
        parameters: { metal: { choose: [{ value: 'Na', label: 'sodium' }] }, arealCapacity_mAh_per_cm2: { min: 1, max: 6, step: 0.1 } },
      },
      unit: 'µm',
      tolerance: { relative: 0.02 },
      explanation: 'Thickness is q M / (F ρ): {answer} {unit} here.',
      mistakes: [{ parameters: { metal: 'Li' }, explanation: 'That is the lithium thickness; sodium is heavier per charge.' }],
    },
    {
      id: 'order-q',
      type: 'ordering',
      prompt: 'Put in order.',
      section: 'three-obstacles',
      source: src,
      skill: 'explain',
      items: ['one', 'two', 'three', 'four'].map((id) => ({ id, text: id, explanation: `Item ${id} goes here for a reason.` })),
    },
    {
      id: 'match-q',
      type: 'matching',
      prompt: 'Match them.',
      section: 'three-obstacles',
      source: src,
      skill: 'explain',
      leftLabel: 'Problem',
      rightLabel: 'Strategy',
      pairs: ['p', 'q', 'r'].map((id) => ({ id, left: `Left ${id}`, right: `Right ${id}`, explanation: `Left ${id} goes with right ${id} for a reason.` })),
    },
    {
      id: 'scenario-q',
      type: 'scenario',
      prompt: 'Design a cell.',
      section: 'three-obstacles',
      source: src,
      skill: 'explain',
      steps: [
        { id: 'electrolyte', prompt: 'Choose an electrolyte.', options: [opt('a', true), opt('b', false)] },
        { id: 'additive', prompt: 'Choose an additive.', options: [opt('a', false), opt('b', true)] },
      ],
    },
  ],
});
