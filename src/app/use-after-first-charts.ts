import { useEffect, useState } from 'react';
import { whenFirstChartsDrawn } from '../charts/charts-ready';

let passed = false;

/**
 * False until the first screen's charts have drawn (or the page has been idle, as when no chart is
 * shown), then true for good: panels the first screen does not need mount after it, in space kept
 * for them, so their arrival moves nothing (issue 12).
 */
export function useAfterFirstCharts(): boolean {
  const [ready, setReady] = useState(passed);
  useEffect(() => {
    if (ready) return;
    let live = true;
    const go = (): void => {
      passed = true;
      if (live) setReady(true);
    };
    void whenFirstChartsDrawn().then(go);
    // Idle with no chart drawn: a table view, a failed map. (Timers where idle callbacks are missing.)
    const hasIdle = typeof window.requestIdleCallback === 'function';
    const idle = hasIdle ? window.requestIdleCallback(go, { timeout: 4000 }) : window.setTimeout(go, 0);
    return () => {
      live = false;
      if (hasIdle) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, [ready]);
  return ready;
}
