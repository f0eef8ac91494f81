/**
 * The thermal-runaway timeline on chapter 7: by keyboard alone, the temperature slider and the
 * step buttons move the cell through the five steps, and the announced step changes with them.
 */
import { describe, expect, inject, it } from 'vitest';
import { visit } from './support/browser';

const page = new URL('chapters/from-lab-to-market/', inject('siteUrl')).href;

describe('thermal-runaway timeline', () => {
  it('keyboard changes the temperature and the announced step follows', async () => {
    const v = await visit(page);
    try {
      const slider = v.page.getByRole('slider', { name: 'Cell temperature' });
      await slider.scrollIntoViewIfNeeded();
      await v.page.waitForFunction(() => {
        const s = document.querySelector('input[type="range"][id$="-temperature"]');
        return s !== null && !s.closest('astro-island')?.hasAttribute('ssr');
      });
      const status = v.page.locator('.runaway [role="status"]');
      expect(await status.innerText()).toMatch(/normal operation/);

      await slider.focus();
      // 25 °C + 6 × 5 °C = 55 °C: step 1.
      for (let i = 0; i < 6; i++) await v.page.keyboard.press('ArrowRight');
      await expect.poll(() => status.innerText()).toMatch(/^Step 1 of 5/);
      expect(await slider.getAttribute('aria-valuetext')).toBe('55 °C');

      // Tab to the buttons: skip Previous, press Next twice → step 3.
      await v.page.keyboard.press('Tab');
      await v.page.keyboard.press('Tab');
      await v.page.keyboard.press('Enter');
      await v.page.keyboard.press('Enter');
      await expect.poll(() => status.innerText()).toMatch(/^Step 3 of 5, 120–140 °C/);
      expect(await v.page.locator('.runaway ol.steps li[aria-current="step"]').innerText()).toMatch(/120–140 °C/);

      await slider.focus();
      await v.page.keyboard.press('End');
      await expect.poll(() => status.innerText()).toMatch(/^Step 5 of 5.*Polyolefin separator has failed/);
      expect(await v.page.locator('body').innerText()).not.toMatch(/NaN|undefined/);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
