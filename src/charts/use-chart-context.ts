import { useMemo, useSyncExternalStore } from 'react';
import { defaultChartContext, type ChartContext } from './chart-context';
import { useAtlasStore } from '../store/store';
import { useLang } from '../store/visible-set';

/** Animations are off for people who ask for reduced motion, and for benchmarks (`?animation=off`). */
function wantsAnimation(): boolean {
  if (typeof window === 'undefined') return false;
  if (new URLSearchParams(window.location.search).get('animation') === 'off') return false;
  return !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

const NARROW = '(max-width: 600px)';

function subscribeNarrow(onChange: () => void): () => void {
  const query = window.matchMedia?.(NARROW);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** Phones get smaller map labels so neighbouring prefecture names do not collide. */
function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribeNarrow,
    () => window.matchMedia?.(NARROW).matches ?? false,
    () => false,
  );
}

export function useChartContext(): ChartContext {
  const lang = useLang();
  const decals = useAtlasStore((s) => s.decals);
  const compact = useNarrowScreen();
  return useMemo(() => defaultChartContext(lang, wantsAnimation(), decals, compact), [lang, decals, compact]);
}
