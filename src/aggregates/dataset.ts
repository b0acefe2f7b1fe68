import type { Dataset } from '../data/model';

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
