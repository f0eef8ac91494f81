/**
 * Theme behaviour shared by every page. The reader's light/dark choice lives in localStorage
 * under THEME_KEY. A theme asked for by the URL (?theme=projector for a lecture, or light/dark)
 * or by lecture mode's projector switch lasts the visit only: it lives in sessionStorage under
 * VISIT_THEME_KEY, so it follows the lecturer from chapter to chapter in that tab but never
 * overwrites the reader's stored choice. Storage may be blocked (private mode), in which case a
 * choice lasts the page. src/scripts/theme-init.js applies the same order before first paint.
 */
export const THEME_KEY = 'ama-theme';
export const VISIT_THEME_KEY = 'ama-theme-visit';
/** The reader's own choice: light or dark. */
export type ReaderTheme = 'light' | 'dark';
/** High contrast, large type and thick lines for a projected room (lecture mode's switch). */
export type Theme = ReaderTheme | 'projector';

export function storedTheme(): ReaderTheme | null {
  try {
    const v = localStorage.getItem(THEME_KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null;
  }
}

/** The reader's theme without any visit override: stored choice, else the system setting. */
export function readerTheme(): ReaderTheme {
  return storedTheme() ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
}

export function currentTheme(): Theme {
  const t = document.documentElement.dataset.theme;
  return t === 'dark' || t === 'projector' ? t : 'light';
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    b.setAttribute('aria-pressed', String(theme === 'dark'));
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-projector-toggle]')) {
    b.setAttribute('aria-pressed', String(theme === 'projector'));
  }
}

/** Sets (or with null, ends) the theme for the rest of this visit. */
export function setVisitTheme(theme: Theme | null): void {
  try {
    if (theme) sessionStorage.setItem(VISIT_THEME_KEY, theme);
    else sessionStorage.removeItem(VISIT_THEME_KEY);
  } catch {
    /* storage blocked: the choice lasts this page */
  }
}

export function bindThemeToggles(): void {
  applyTheme(currentTheme());
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    b.addEventListener('click', () => {
      const next: ReaderTheme = currentTheme() === 'dark' ? 'light' : 'dark';
      applyTheme(next);
      // A choice made here is the reader's own: it replaces any visit theme and is remembered.
      setVisitTheme(null);
      try {
        localStorage.setItem(THEME_KEY, next);
      } catch {
        /* storage blocked: the choice lasts this visit */
      }
    });
  }
}
