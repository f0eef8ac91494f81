/**
 * Reveals a worked example's steps one at a time. The page's HTML shows every step, so print, the
 * print book, lecture mode and readers without JavaScript get the whole solution; this script only
 * hides the steps not yet asked for (a data attribute the print and lecture styles ignore) and adds
 * the button that reveals the next one, announcing each through a polite live region.
 */
function enhance(root: HTMLElement): void {
  // The print book is for reading whole; leave its examples as they are.
  if (root.dataset.revealing !== undefined || root.closest('.book')) return;
  const steps = [...root.querySelectorAll<HTMLElement>('.we-step')];
  if (steps.length === 0) return;
  root.dataset.revealing = '';
  for (const step of steps) step.dataset.hidden = '';

  const controls = document.createElement('div');
  controls.className = 'we-controls';
  const next = document.createElement('button');
  next.type = 'button';
  next.className = 'button-secondary';
  const all = document.createElement('button');
  all.type = 'button';
  all.className = 'button-secondary';
  all.textContent = 'Show all steps';
  const status = document.createElement('p');
  status.className = 'visually-hidden we-status';
  status.setAttribute('aria-live', 'polite');
  controls.append(next, all, status);
  root.querySelector('.we-body')?.append(controls);

  let shown = 0;
  const label = () => (shown === 0 ? 'Show the first step' : `Show step ${shown + 1} of ${steps.length}`);
  next.textContent = label();
  const reveal = (upTo: number) => {
    for (let i = shown; i < upTo; i++) delete steps[i].dataset.hidden;
    shown = upTo;
    if (shown >= steps.length) {
      // The buttons go; focus moves to the last step so keyboard users are not left on nothing.
      controls.replaceChildren(status);
      status.textContent = `All ${steps.length} steps shown.`;
      const last = steps[steps.length - 1];
      last.tabIndex = -1;
      last.focus();
      return;
    }
    next.textContent = label();
    status.textContent = `Step ${shown} of ${steps.length} shown.`;
  };
  next.addEventListener('click', () => reveal(shown + 1));
  all.addEventListener('click', () => reveal(steps.length));
}

for (const root of document.querySelectorAll<HTMLElement>('[data-kind="worked-example"]')) enhance(root);
