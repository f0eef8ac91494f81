/**
 * The "design an SEI" studio in chapter 15, by keyboard: arrow keys choose within a radio group,
 * Tab moves to the next group, the live region announces the design, and the simulation link
 * carries the matching query.
 */
import { describe, expect, inject, it } from 'vitest';
import { visit } from './support/browser';

const site = inject('siteUrl');
const url = new URL('chapters/artificial-sei-and-sodium-full-cells/', site).href;

describe('design an SEI studio', () => {
  it('chooses ether, FEC and a polymer–ceramic layer by keyboard and links the simulation', async () => {
    const v = await visit(url);
    try {
      const first = v.page.locator('#sds-electrolyte-carbonate');
      await first.scrollIntoViewIfNeeded();
      await v.page.waitForFunction(() => {
        const island = document.querySelector('#sds-electrolyte-carbonate')?.closest('astro-island');
        return island !== null && island !== undefined && !island.hasAttribute('ssr');
      });
      await first.focus();
      await v.page.keyboard.press('ArrowDown');
      expect(await v.page.locator('#sds-electrolyte-ether').isChecked()).toBe(true);

      await v.page.keyboard.press('Tab');
      await v.page.keyboard.press('ArrowDown');
      expect(await v.page.locator('#sds-additive-fec').isChecked()).toBe(true);

      await v.page.keyboard.press('Tab');
      for (let i = 0; i < 4; i++) await v.page.keyboard.press('ArrowDown');
      expect(await v.page.locator('#sds-layer-polymer-ceramic').isChecked()).toBe(true);

      const status = v.page.locator('#sds-status');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      await expect.poll(() => status.innerText()).toMatch(/Ether.*FEC.*PVDF-HFP/s);
      await expect.poll(() => status.innerText()).toMatch(/Still uncovered: fast Na⁺ conduction\./);

      const href = await v.page.locator('#sds-run').getAttribute('href');
      const link = new URL(href!, v.page.url());
      expect(link.pathname.endsWith('/simulation/')).toBe(true);
      expect(link.searchParams.get('metal')).toBe('Na');
      expect(link.searchParams.get('seiSpread')).toBe('0.2');
      expect(Number(link.searchParams.get('interphaseModulusRatio'))).toBeGreaterThanOrEqual(1.8);
      expect(await v.page.locator('.sds').innerText()).not.toMatch(/NaN|Infinity|undefined/);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
