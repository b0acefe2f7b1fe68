import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from '../../../src/app/service-worker';

/**
 * When the build's service worker is registered: its install precaches every file of the build, so
 * it must wait for the first screen (measured: registered at `load`, it made the map's first draw
 * ≈ 2.3× slower on a 2-core machine).
 */
describe('registerServiceWorker', () => {
  const register = vi.fn(() => Promise.resolve({ addEventListener: () => undefined }));
  const original = Object.getOwnPropertyDescriptor(navigator, 'serviceWorker');

  beforeEach(() => {
    vi.useFakeTimers();
    register.mockClear();
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { register } });
  });
  afterEach(() => {
    vi.useRealTimers();
    if (original) Object.defineProperty(navigator, 'serviceWorker', original);
    else delete (navigator as { serviceWorker?: unknown }).serviceWorker;
  });

  /** A promise and its resolve function. */
  function deferred(): { promise: Promise<void>; resolve: () => void } {
    let resolve = (): void => undefined;
    const promise = new Promise<void>((r) => {
      resolve = r;
    });
    return { promise, resolve };
  }

  it('waits for the first screen, then registers once, when the page is idle', async () => {
    expect(document.readyState).toBe('complete');
    const firstScreen = deferred();
    registerServiceWorker({ firstScreen: firstScreen.promise, withoutCharts: 5000 });
    await vi.advanceTimersByTimeAsync(4000);
    expect(register).not.toHaveBeenCalled();
    firstScreen.resolve();
    await vi.advanceTimersByTimeAsync(1);
    expect(register).toHaveBeenCalledTimes(1);
    expect(register).toHaveBeenCalledWith('./sw.js');
    // The fallback's time passing later registers nothing more.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('registers anyway some time after load when no chart is drawn (workbench, table view)', async () => {
    registerServiceWorker({ firstScreen: new Promise<void>(() => undefined), withoutCharts: 5000 });
    await vi.advanceTimersByTimeAsync(4999);
    expect(register).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2);
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('does nothing where service workers are not allowed', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: undefined });
    expect(() => registerServiceWorker({ firstScreen: Promise.resolve() })).not.toThrow();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(register).not.toHaveBeenCalled();
  });
});
