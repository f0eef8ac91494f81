/**
 * Registers dist/sw.js (written by scripts/build-service-worker.ts) with workbox-window, which
 * handles the update dance: a new service worker waits until the reader asks to reload.
 * Nothing happens in `astro dev` (there is no sw.js) or where service workers are unavailable.
 * Registration waits for the page's load event and loads workbox-window then, so neither the
 * first paint nor the shared script budget pays for offline support.
 */
import { withBase } from '../lib/site/url';

const SAVED = 'The course is saved on this device: chapters, calculators and the simulation now work offline.';
const UPDATED = 'A newer version of the course is ready.';

export function startOfflineSupport(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // A failed lazy import (the network dropped after load) leaves the site online-only, quietly.
  const start = () => void register().catch(() => undefined);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

async function register(): Promise<void> {
  const { Workbox } = await import('workbox-window');
  const box = document.querySelector<HTMLElement>('[data-offline-notice]');
  const message = box?.querySelector<HTMLElement>('[data-offline-message]');
  const reload = box?.querySelector<HTMLButtonElement>('[data-offline-reload]');
  const dismiss = box?.querySelector<HTMLButtonElement>('[data-offline-dismiss]');
  const status = document.querySelector<HTMLElement>('[data-offline-status]');
  if (!box || !message || !reload || !dismiss || !status) return;

  const show = (text: string, offerReload: boolean) => {
    box.hidden = false;
    reload.hidden = !offerReload;
    message.textContent = text;
    status.textContent = text;
  };
  dismiss.addEventListener('click', () => {
    box.hidden = true;
    status.textContent = '';
  });

  const wb = new Workbox(withBase('sw.js'), { scope: withBase('') });
  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate) show(SAVED, false);
  });
  wb.addEventListener('waiting', () => {
    show(UPDATED, true);
    reload.onclick = () => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    };
  });
  // Blocked (some private modes, enterprise policy): the site simply stays online-only.
  await wb.register().catch(() => undefined);
}
