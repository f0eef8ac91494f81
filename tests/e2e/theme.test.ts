/** The theme follows the system setting until the reader chooses, and the choice survives a reload. */
import { describe, expect, inject, it } from 'vitest';
import { visit } from './support/browser';

const home = inject('siteUrl');
const theme = (v: Awaited<ReturnType<typeof visit>>) => v.page.evaluate(() => document.documentElement.dataset.theme);

describe('theme toggle', () => {
  it('starts from prefers-color-scheme', async () => {
    const dark = await visit(home, { colorScheme: 'dark' });
    expect(await theme(dark)).toBe('dark');
    await dark.close();
    const light = await visit(home, { colorScheme: 'light' });
    expect(await theme(light)).toBe('light');
    await light.close();
  });

  it('switches by keyboard, announces its state, and persists across a reload', async () => {
    const v = await visit(home, { colorScheme: 'light' });
    try {
      const toggle = v.page.getByRole('button', { name: 'Dark mode' });
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
      await toggle.focus();
      await v.page.keyboard.press('Enter');
      expect(await theme(v)).toBe('dark');
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      await v.page.reload();
      expect(await theme(v)).toBe('dark');
      await expect.poll(() => v.page.getByRole('button', { name: 'Dark mode' }).getAttribute('aria-pressed')).toBe('true');
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
