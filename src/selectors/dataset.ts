import type { Dataset } from '../data/model';
import type { AtlasState } from '../store/store';

export function selectActiveDataset(state: AtlasState): Dataset | null {
  return state.activeDatasetId === null ? null : (state.datasets[state.activeDatasetId] ?? null);
}

export interface DatasetCounts {
  regions: number;
  organisations: number;
  efforts: number;
  measures: number;
}

export function countDataset(dataset: Dataset): DatasetCounts {
  return {
    regions: dataset.regions.length,
    organisations: dataset.organisations.length,
    efforts: dataset.efforts.length,
    measures: dataset.measureCount,
  };
}
