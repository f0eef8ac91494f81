/**
 * Citation cards and glossary popovers open on hover and focus with CSS alone; this adds the
 * WCAG 1.4.13 "dismissible" part: Escape hides the open card without moving focus.
 */
export function bindPopoverDismissal(): void {
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    for (const el of document.querySelectorAll<HTMLElement>('[data-popover]:hover, [data-popover]:focus-within')) {
      el.dataset.dismissed = '';
    }
  });
  const reset = (e: Event) => {
    const host = (e.target as Element | null)?.closest?.('[data-popover]') as HTMLElement | null;
    if (host) delete host.dataset.dismissed;
  };
  document.addEventListener('mouseout', reset);
  document.addEventListener('focusout', reset);
}
