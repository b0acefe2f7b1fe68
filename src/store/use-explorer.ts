import { useMemo } from 'react';
import type { Dataset, EffortRecord } from '../data/model';
import { narrowToRegion, selectEffortSet, type EffortSet } from '../aggregates/effort-set';
import { useAtlasStore, selectActiveDataset } from './store';

export interface ExplorerData {
  dataset: Dataset;
  /** Efforts passing the filters and the timeline cursor (what the map and region bars show). */
  filtered: EffortRecord[];
  /** `filtered`, further narrowed to the selected region: the cross-filter for the other charts. */
  inScope: EffortRecord[];
  filteredSet: EffortSet;
  inScopeSet: EffortSet;
}

/** Derived data shared by the panels, memoised on the store values it depends on. */
export function useExplorerData(): ExplorerData | null {
  const dataset = useAtlasStore(selectActiveDataset);
  const filters = useAtlasStore((s) => s.view.filters);
  const day = useAtlasStore((s) => s.view.day);
  const selectedRegion = useAtlasStore((s) => s.view.selectedRegion);
  const filteredSet = useMemo(
    () => (dataset ? selectEffortSet(dataset, filters, day) : null),
    [dataset, filters, day],
  );
  return useMemo(() => {
    if (!dataset || !filteredSet) return null;
    const inScopeSet = selectedRegion === null ? filteredSet : narrowToRegion(filteredSet, selectedRegion);
    return { dataset, filtered: filteredSet.efforts, inScope: inScopeSet.efforts, filteredSet, inScopeSet };
  }, [dataset, filteredSet, selectedRegion]);
}

/** The interface language, for components. */
export function useLang(): 'zh' | 'en' {
  return useAtlasStore((s) => s.view.lang);
}
