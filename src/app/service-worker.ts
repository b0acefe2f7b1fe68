import { useAtlasStore } from '../store/store';

/**
 * Register the service worker of the build (`sw.js`, scripts/vite-offline.ts) once the page has
 * loaded, so it never competes with the first screen. After one visit the app opens and works with
 * no network. When a newer version has been downloaded, the waiting worker is told to take over and
 * the page says so: the next load shows the new version.
 */
export function registerServiceWorker(): void {
  // Absent where service workers are not allowed (some private modes, blocked by policy).
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container || typeof container.register !== 'function') return;
  const register = (): void => {
    container.register('./sw.js').then(
      (registration) => {
        registration?.addEventListener?.('updatefound', () => {
          const worker = registration.installing;
          worker?.addEventListener('statechange', () => {
            // A worker installed while another controls the page: a newer version is ready.
            if (worker.state === 'installed' && container.controller) {
              worker.postMessage('skip-waiting');
              useAtlasStore.getState().pushNotice({ kind: 'info', key: 'updateReady', params: {} });
            }
          });
        });
      },
      () => undefined, // No worker (private mode, file://): the app still works online.
    );
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
