import { useMemo } from 'react';
import type { Dataset, EffortRecord } from '../../data/model';
import { filterEfforts } from '../../selectors/filter-efforts';
import { selectActiveDataset } from '../../selectors/dataset';
import { useAtlasStore } from '../../store/store';

export interface ExplorerData {
  dataset: Dataset;
  /** Efforts passing the filters and the timeline cursor (what the map and region bars show). */
  filtered: EffortRecord[];
  /** `filtered`, further narrowed to the selected region: the cross-filter for the other charts. */
  inScope: EffortRecord[];
}

/** Derived data shared by the panels, memoised on the store values it depends on. */
export function useExplorerData(): ExplorerData | null {
  const dataset = useAtlasStore(selectActiveDataset);
  const filters = useAtlasStore((s) => s.view.filters);
  const day = useAtlasStore((s) => s.view.day);
  const selectedRegion = useAtlasStore((s) => s.view.selectedRegion);
  return useMemo(() => {
    if (!dataset) return null;
    const filtered = filterEfforts(dataset.efforts, filters, day);
    const inScope =
      selectedRegion === null
        ? filtered
        : filterEfforts(filtered, { organisationTypes: [], activities: [], regions: [selectedRegion] });
    return { dataset, filtered, inScope };
  }, [dataset, filters, day, selectedRegion]);
}

/** The interface language, for components. */
export function useLang(): 'zh' | 'en' {
  return useAtlasStore((s) => s.view.lang);
}
