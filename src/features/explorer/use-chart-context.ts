import { useMemo } from 'react';
import { defaultChartContext, type ChartContext } from '../../charts/chart-context';
import { useAtlasStore } from '../../store/store';
import { useLang } from './use-explorer';

/** Animations are off for people who ask for reduced motion, and for benchmarks (`?animation=off`). */
function wantsAnimation(): boolean {
  if (typeof window === 'undefined') return false;
  if (new URLSearchParams(window.location.search).get('animation') === 'off') return false;
  return !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

export function useChartContext(): ChartContext {
  const lang = useLang();
  const decals = useAtlasStore((s) => s.decals);
  return useMemo(() => defaultChartContext(lang, wantsAnimation(), decals), [lang, decals]);
}
