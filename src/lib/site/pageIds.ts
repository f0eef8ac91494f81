/**
 * Unique, deterministic element ids within one rendered page (Astro.locals is per page), so a
 * citation card or term popover can be referenced by aria-describedby without collisions.
 */
export function nextId(locals: object, prefix: string): string {
  const counters = ((locals as { idCounters?: Map<string, number> }).idCounters ??= new Map());
  const n = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, n);
  return `${prefix}-${n}`;
}
