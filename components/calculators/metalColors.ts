/** The course's one colour per metal (tokens.css), for every calculator that tells Li, Na, K apart. */
export const METAL_COLOR: Readonly<Record<string, string>> = {
  Li: 'var(--c-li)',
  Na: 'var(--c-na)',
  K: 'var(--c-k)',
};
