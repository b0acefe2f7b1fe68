import { whenFirstChartsDrawn } from '../charts/charts-ready';
import { useAtlasStore } from '../store/store';

/** Where no chart is drawn (the workbench, a table view, a failed load): this long after `load`. */
const WITHOUT_CHARTS_MS = 5000;

/**
 * Register the service worker of the build (`sw.js`, scripts/vite-offline.ts) once the first
 * screen's charts have drawn and the page is idle — not at `load`, which comes before the charts:
 * its install precaches every file of the build, and on a 2-core machine that made the map's first
 * draw ≈ 2.3× slower (setOption 204–227 ms against 90–99 without it) and the first screen ≈ 300 ms
 * later, measured without DevTools (Playwright blocks service workers, so its loads never showed it).
 * After one visit the app opens and works with no network. When a newer version has been downloaded,
 * the waiting worker is told to take over and the page says so: the next load shows the new version.
 */
export function registerServiceWorker({
  firstScreen = whenFirstChartsDrawn(),
  withoutCharts = WITHOUT_CHARTS_MS,
}: {
  /** Resolves once the first screen is drawn. */
  firstScreen?: Promise<void>;
  /** Register anyway this many ms after `load` when no chart has drawn by then. */
  withoutCharts?: number;
} = {}): void {
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
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });
  const fallback = loaded.then(() => new Promise<void>((resolve) => setTimeout(resolve, withoutCharts)));
  void Promise.race([firstScreen.then(() => loaded), fallback]).then(() => {
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(register, { timeout: 2000 });
    else setTimeout(register, 0);
  });
}
