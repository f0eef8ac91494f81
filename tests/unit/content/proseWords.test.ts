import { describe, expect, it } from 'vitest';
import { mainProseWordCount, proseWordCount } from '../../../src/lib/content/proseWords';

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
  it('leaves worked examples and misconception boxes out of the main-text count', () => {
    const body = [
      'Two words.',
      '<WorkedExample id="x" title="T">',
      '<Step>Many words that are only practice here.</Step>',
      '</WorkedExample>',
      '<Misconception claim="c">Also not main text.</Misconception>',
    ].join('\n');
    expect(mainProseWordCount(body)).toBe(2);
    expect(proseWordCount(body)).toBeGreaterThan(2);
  });
});
