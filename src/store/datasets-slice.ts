import type { StateCreator } from 'zustand';
import type { Dataset } from '../data/model';
import type { AtlasState } from './store';

export interface DatasetsSlice {
  /** Every dataset loaded into the workspace, by id. */
  datasets: Record<string, Dataset>;
  datasetOrder: string[];
  activeDatasetId: string | null;
  /** Add (or replace) a validated dataset; the first one registered becomes active. */
  registerDataset: (dataset: Dataset, options?: { activate?: boolean }) => void;
  removeDataset: (id: string) => void;
  setActiveDataset: (id: string) => void;
}

export const createDatasetsSlice: StateCreator<AtlasState, [], [], DatasetsSlice> = (set) => ({
  datasets: {},
  datasetOrder: [],
  activeDatasetId: null,
  registerDataset: (dataset, options) =>
    set((s) => ({
      datasets: { ...s.datasets, [dataset.id]: dataset },
      datasetOrder: s.datasetOrder.includes(dataset.id) ? s.datasetOrder : [...s.datasetOrder, dataset.id],
      activeDatasetId: options?.activate || s.activeDatasetId === null ? dataset.id : s.activeDatasetId,
    })),
  removeDataset: (id) =>
    set((s) => {
      if (!(id in s.datasets)) return s;
      const datasets = { ...s.datasets };
      delete datasets[id];
      const datasetOrder = s.datasetOrder.filter((d) => d !== id);
      return {
        datasets,
        datasetOrder,
        activeDatasetId: s.activeDatasetId === id ? (datasetOrder[0] ?? null) : s.activeDatasetId,
      };
    }),
  setActiveDataset: (id) => set((s) => (id in s.datasets ? { activeDatasetId: id } : s)),
});
