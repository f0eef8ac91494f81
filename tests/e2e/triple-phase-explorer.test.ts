/**
 * The triple-phase interface explorer in chapter 8, by keyboard: tabbing to a gas and pressing
 * Space lists its reaction, shows the product and announces it in the live region.
 */
import { describe, expect, inject, it } from 'vitest';
import { visit } from './support/browser';

const site = inject('siteUrl');
const url = new URL('chapters/triple-phase-interface/', site).href;

describe('triple-phase interface explorer', () => {
  it('toggles H₂O by keyboard and announces LiOH', async () => {
    const v = await visit(url);
    try {
      const box = v.page.locator('#tpi-agent-H2O');
      await box.scrollIntoViewIfNeeded();
      await v.page.waitForFunction(() => {
        const island = document.querySelector('#tpi-agent-H2O')?.closest('astro-island');
        return island !== null && island !== undefined && !island.hasAttribute('ssr');
      });
      await box.focus();
      await v.page.keyboard.press('Space');
      expect(await box.isChecked()).toBe(true);
      await expect.poll(() => v.page.locator('#tpi-status').innerText()).toMatch(/Solid products on the anode: LiOH/);
      expect(await v.page.locator('.tpi .reactions').innerText()).toMatch(/2Li \+ 2H₂O → 2LiOH \+ H₂/);
      expect(await v.page.locator('#tpi-status').getAttribute('aria-live')).toBe('polite');

      // Tab on to the next gas box, N₂ → Li₃N.
      await v.page.locator('#tpi-agent-N2').focus();
      await v.page.keyboard.press('Space');
      await expect.poll(() => v.page.locator('#tpi-status').innerText()).toMatch(/Li₃N/);
      expect(await v.page.locator('body').innerText()).not.toMatch(/NaN|Infinity|undefined/);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
