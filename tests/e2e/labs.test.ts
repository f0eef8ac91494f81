/**
 * A lab end to end, by keyboard: the simulation opens in the lab's preset, the student runs the
 * procedure, and a checkpoint passes with the value their own run produced and fails with a wrong
 * one; the result reaches the progress dashboard. The worksheet prints the checkpoints.
 */
import { describe, expect, inject, it } from 'vitest';
import { visit } from './support/browser';

const site = inject('siteUrl');
const url = (path: string) => new URL(path, site).href;

describe('labs', () => {
  it('a checkpoint passes the student’s own measurement, fails a wrong one, and is recorded', async () => {
    // 2D view: software WebGL on the test machine would only slow the run.
    const v = await visit(url('labs/where-the-charge-goes/'), { webgl: false });
    try {
      expect(await v.page.locator('[data-kind="lab"]').count()).toBe(1);
      // Every state the simulation reports, as the checkpoints see it.
      await v.page.evaluate(() => {
        (window as unknown as { last: unknown }).last = null;
        document.addEventListener('growthstats', (e) => {
          (window as unknown as { last: unknown }).last = (e as CustomEvent).detail;
        });
      });
      await v.page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
      expect(await v.page.locator('#growth-preset').inputValue()).toBe('carbonate');
      await v.page.locator('#growth-capacity').fill('0.1');
      await v.page.getByRole('button', { name: 'Plate–strip cycle' }).click();
      await expect.poll(() => v.page.getByRole('button', { name: 'Step' }).isEnabled(), { timeout: 60_000 }).toBe(true);
      const ce = await v.page.evaluate(() => (window as unknown as { last: { stats: { coulombicEfficiency: number; stripped: number } } }).last.stats);
      expect(ce.stripped).toBeGreaterThan(0);

      const checkpoint = v.page.locator('[data-kind="checkpoint"][data-checkpoint="ce"]');
      const box = checkpoint.getByRole('textbox');
      await box.fill(String(Math.min(1, ce.coulombicEfficiency + 0.2).toFixed(3)));
      await box.press('Enter');
      await expect.poll(() => checkpoint.getByRole('status').innerText()).toMatch(/Not what your run gave.*too high/);
      await box.fill(ce.coulombicEfficiency.toFixed(3));
      await box.press('Enter');
      await expect.poll(() => checkpoint.getByRole('status').innerText()).toMatch(/Matches your run/);

      const dead = v.page.locator('[data-kind="checkpoint"][data-checkpoint="dead-fraction"]');
      await v.page.getByRole('button', { name: 'Reset' }).click();
      await dead.getByRole('textbox').fill('0.1');
      await dead.getByRole('textbox').press('Enter');
      await expect.poll(() => dead.getByRole('status').innerText()).toMatch(/Run a plate–strip cycle first/);

      await v.page.goto(url('progress/'), { waitUntil: 'load' });
      await expect.poll(() => v.page.locator('.lab-tally tr', { hasText: 'Where the charge goes' }).innerText()).toMatch(/\t1\t1\t3$/);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('the worksheet lists the procedure and every checkpoint', async () => {
    const v = await visit(url('labs/plating-to-a-short/worksheet/'));
    try {
      expect(await v.page.locator('tbody tr').count()).toBe(2);
      expect(await v.page.locator('ol li').count()).toBeGreaterThan(3);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
