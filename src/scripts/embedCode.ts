/**
 * Fills each "Embed" disclosure's iframe code with the absolute address of its /embed/ page and
 * the presets in the current URL, so what a lecturer copies shows what they see now.
 */
function refresh(details: HTMLElement): void {
  const src = new URL(details.dataset.embedSrc!, location.href);
  src.search = location.search;
  const code = details.querySelector('code');
  if (!code) return;
  const iframe = document.createElement('iframe');
  iframe.setAttribute('src', src.href);
  iframe.setAttribute('title', details.dataset.embedTitle ?? '');
  iframe.setAttribute('width', '100%');
  iframe.setAttribute('height', details.dataset.embedHeight ?? '600');
  iframe.setAttribute('style', 'border:0');
  iframe.setAttribute('loading', 'lazy');
  code.textContent = iframe.outerHTML;
}

for (const details of document.querySelectorAll<HTMLElement>('details[data-embed-src]')) {
  // Presets change as the reader turns knobs (widgets rewrite the URL), so refresh on opening.
  details.addEventListener('toggle', () => refresh(details));
  refresh(details);
}
