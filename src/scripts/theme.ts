/**
 * Theme behaviour shared by every page. The stored choice lives in localStorage under
 * THEME_KEY; storage may be blocked (private mode), in which case the choice lasts the visit.
 */
export const THEME_KEY = 'ama-theme';
export type Theme = 'light' | 'dark';

export function storedTheme(): Theme | null {
  try {
    const v = localStorage.getItem(THEME_KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null;
  }
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    b.setAttribute('aria-pressed', String(theme === 'dark'));
  }
}

export function bindThemeToggles(): void {
  const current = (document.documentElement.dataset.theme as Theme | undefined) ?? 'light';
  applyTheme(current);
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    b.addEventListener('click', () => {
      const next: Theme = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
      applyTheme(next);
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        /* storage blocked: the choice lasts this visit */
      }
    });
  }
}
