import type { StateCreator } from 'zustand';
import type { Dataset } from '../data/model';
import { BUNDLED_TEXT_FILE } from '../data/queries';
import type { ImportIssue } from '../import/issues';
import type { StoredMeta } from '../storage/dataset-storage';
import type { AtlasState } from './store';

/** Where a dataset in the workspace came from: shipped with the app, or imported by the user. */
export type DatasetOrigin = { kind: 'bundled' } | { kind: 'imported'; meta: StoredMeta };

export type ImportStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; name: string }
  | { kind: 'done'; id: string }
  | { kind: 'failed'; name: string; issues: ImportIssue[] };

export interface DatasetsSlice {
  /** Every dataset loaded into the workspace, by id. */
  datasets: Record<string, Dataset>;
  /** Where each dataset came from, by id (the same keys as `datasets`). */
  origins: Record<string, DatasetOrigin>;
  datasetOrder: string[];
  activeDatasetId: string | null;
  /** The state of the last import (the import panel shows it). */
  importStatus: ImportStatus;
  /** Add (or replace) a validated dataset; the first one registered becomes active. */
  registerDataset: (dataset: Dataset, options: { origin: DatasetOrigin; activate?: boolean }) => void;
  removeDataset: (id: string) => void;
  setActiveDataset: (id: string) => void;
  setImportStatus: (status: ImportStatus) => void;
}

export const createDatasetsSlice: StateCreator<AtlasState, [], [], DatasetsSlice> = (set) => ({
  datasets: {},
  origins: {},
  datasetOrder: [],
  activeDatasetId: null,
  importStatus: { kind: 'idle' },
  registerDataset: (dataset, options) =>
    set((s) =>
      // The bundled dataset registered again (the page registers it as soon as it loads, the app's
      // query hook once it renders) changes nothing, and re-renders nothing.
      s.datasets[dataset.id] === dataset &&
      options.origin.kind === 'bundled' &&
      s.origins[dataset.id]?.kind === 'bundled' &&
      (!options.activate || s.activeDatasetId === dataset.id)
        ? s
        : {
            datasets: { ...s.datasets, [dataset.id]: dataset },
            origins: { ...s.origins, [dataset.id]: options.origin },
            datasetOrder: s.datasetOrder.includes(dataset.id)
              ? s.datasetOrder
              : [...s.datasetOrder, dataset.id],
            activeDatasetId: options.activate || s.activeDatasetId === null ? dataset.id : s.activeDatasetId,
          },
    ),
  removeDataset: (id) =>
    set((s) => {
      if (!(id in s.datasets)) return s;
      const datasets = { ...s.datasets };
      delete datasets[id];
      const origins = { ...s.origins };
      delete origins[id];
      const datasetOrder = s.datasetOrder.filter((d) => d !== id);
      return {
        datasets,
        origins,
        datasetOrder,
        activeDatasetId: s.activeDatasetId === id ? (datasetOrder[0] ?? null) : s.activeDatasetId,
      };
    }),
  setActiveDataset: (id) => set((s) => (id in s.datasets ? { activeDatasetId: id } : s)),
  setImportStatus: (importStatus) => set({ importStatus }),
});

/** The dataset shipped with the app (the first bundled one in the workspace), or null. */
export function selectBundledId(state: Pick<DatasetsSlice, 'datasetOrder' | 'origins'>): string | null {
  return state.datasetOrder.find((id) => state.origins[id]?.kind === 'bundled') ?? null;
}

/**
 * Where a dataset's report text is, and so whether its quotes were checked against it:
 * - `embedded`: the dataset carries it (`source.text`); every quote was checked verbatim on import;
 * - `bundled`: the report shipped with the app (the bundled dataset only; its tests check the quotes);
 * - `none`: no text: the quotes are unverified and "show in source" cannot work.
 */
export type SourceTextStatus = 'embedded' | 'bundled' | 'none';

export function sourceTextStatus(
  dataset: Pick<Dataset, 'source'>,
  origin: DatasetOrigin | undefined,
): SourceTextStatus {
  if (dataset.source.text !== undefined) return 'embedded';
  // Only the dataset shipped with the app may point at the bundled text: an import naming the same
  // file was never checked against it.
  return origin?.kind === 'bundled' && dataset.source.textFile === BUNDLED_TEXT_FILE ? 'bundled' : 'none';
}

/** The report-text status of a loaded dataset (`none` for an id that is not loaded). */
export function selectSourceTextStatus(
  state: Pick<DatasetsSlice, 'datasets' | 'origins'>,
  id: string | null,
): SourceTextStatus {
  const ds = id === null ? undefined : state.datasets[id];
  return ds ? sourceTextStatus(ds, state.origins[id!]) : 'none';
}
