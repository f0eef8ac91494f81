import { describe, expect, it } from 'vitest';
import { proseWordCount } from '../../../src/lib/content/proseWords';

describe('proseWordCount', () => {
  it('counts prose and skips imports, components, math and comments', () => {
    const body = [
      "import { x } from './x.ts';",
      '## A heading here',
      'Lithium is light <Cite id="xiang2019" n={3} /> and $Q = \\frac{nF}{3.6M}$ holds.',
      '$$',
      'E = mc^2',
      '$$',
      '{/* WIDGET: not prose */}',
      'It stores {formatNumber(3861)} mAh/g.',
    ].join('\n');
    // A heading here (3) + Lithium is light and holds (5) + It stores mAh/g (3)
    expect(proseWordCount(body)).toBe(11);
  });
});
