// @vitest-environment happy-dom
/**
 * Takeaways are YAML and cannot import the physics library, so the numbers typed in them are
 * checked here against the values the chapter body computes.
 */
import { describe, expect, it } from 'vitest';
import { artificialSeiAndSodiumFullCellsFacts as F } from '../../../src/lib/facts/artificialSeiAndSodiumFullCells';
import { formatNumber } from '../../../src/lib/format/formatNumber';
import { MONROE_NEWMAN_FACTOR, MONROE_NEWMAN_LI_SHEAR_MODULUS_GPa, requiredShearModulus } from '../../../src/lib/physics/index';
import { chapterFiles } from './contentFiles';

const takeaways = (id: string) => {
  const chapter = chapterFiles().find((c) => c.id === id);
  if (!chapter) throw new Error(`no chapter ${id}`);
  return (chapter.frontmatter.takeaways as string[]).join('\n');
};

describe('numbers typed in takeaways', () => {
  it('chapter 15: the Monroe–Newman bars and gaps come from the physics library', () => {
    const text = takeaways('artificial-sei-and-sodium-full-cells');
    const needLi = requiredShearModulus('Li');
    const needNa = requiredShearModulus('Na');
    const needLiMN = MONROE_NEWMAN_FACTOR * MONROE_NEWMAN_LI_SHEAR_MODULUS_GPa;
    expect(text).toContain(`about ${MONROE_NEWMAN_FACTOR} times the metal's`);
    expect(text).toContain(`> ${F.cplShearModulus.value} GPa`);
    expect(text).toContain(`(${formatNumber(needLi - needLiMN, { digits: 1 })} GPa on the bar)`);
    expect(text).toContain(`Li–Na gap (${formatNumber(needLi - needNa, { digits: 1 })} GPa)`);
    expect(text).toContain(`shrinks to ${formatNumber(needLiMN - needNa, { digits: 2 })} GPa`);
  });
});
