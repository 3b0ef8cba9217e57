/// <reference types="vite-plugin-pwa/client" />
/**
 * Offline once loaded (docs/architecture.md "Offline"): registers the build's service worker
 * (vite-plugin-pwa, a Workbox precache of the app shell, workers, textures and built-ins). A new
 * version is offered by a small button, never forced: the page keeps the version it loaded (a talk
 * is never interrupted) until the user presses it. Not in the dev server (no worker is built there).
 */
import { i18n, t } from '../../i18n/i18n';
import './offline.css';

/** Registers the service worker (production builds only). */
export function registerOffline(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const update = registerSW({
      onNeedRefresh() {
        if (document.querySelector('[data-testid="app-update"]')) return;
        const b = document.createElement('button');
        b.className = 'app-update';
        b.dataset.testid = 'app-update';
        const label = () => {
          b.textContent = t('share:offline.update');
          b.title = t('share:offline.updateTitle');
        };
        label();
        i18n.on('languageChanged', label); // the button lives until the reload
        b.onclick = () => void update(true);
        document.body.appendChild(b);
      },
      onRegisterError(error: unknown) {
        console.warn('Offline mode is not available:', error);
      },
    });
  });
}
