/**
 * Svelte action: focus an element when it appears, if asked. Feedback takes focus right after the
 * student submits (so a screen reader reads it next) but not when answers are restored on reload,
 * which would yank the page to the quiz.
 */
export function focusOnMount(node: HTMLElement, enabled: boolean): void {
  if (enabled) node.focus();
}
