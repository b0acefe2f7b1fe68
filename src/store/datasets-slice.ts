import type { StateCreator } from 'zustand';
import type { Dataset } from '../data/model';
import { BUNDLED_TEXT_FILE } from '../data/queries';
import type { ImportIssue } from '../import/issues';
import type { StoredMeta } from '../storage/dataset-storage';
import type { AtlasState } from './store';
import { ALL_DATASETS } from '../aggregates/union';

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
  /** The dataset in view: a loaded dataset's id, or `ALL_DATASETS` for the union of all loaded reports. */
  activeDatasetId: string | null;
  /** True once the imports kept from earlier visits have been restored (a `?ds=` link can then be judged). */
  restored: boolean;
  /** The state of the last import (the import panel shows it). */
  importStatus: ImportStatus;
  /** Add (or replace) a validated dataset; the first one registered becomes active. */
  registerDataset: (dataset: Dataset, options: { origin: DatasetOrigin; activate?: boolean }) => void;
  removeDataset: (id: string) => void;
  setActiveDataset: (id: string) => void;
  setImportStatus: (status: ImportStatus) => void;
  setRestored: () => void;
}

export const createDatasetsSlice: StateCreator<AtlasState, [], [], DatasetsSlice> = (set) => ({
  datasets: {},
  origins: {},
  datasetOrder: [],
  activeDatasetId: null,
  restored: false,
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
      const active =
        s.activeDatasetId === id || (s.activeDatasetId === ALL_DATASETS && datasetOrder.length < 2)
          ? (datasetOrder[0] ?? null)
          : s.activeDatasetId;
      // A removed report leaves the dataset filter and the compare pair of the view.
      const { filters, compare } = s.view;
      const view =
        filters.datasets?.includes(id) || compare?.includes(id)
          ? {
              ...s.view,
              filters: { ...filters, datasets: (filters.datasets ?? []).filter((d) => d !== id) },
              compare: compare?.includes(id) ? null : compare,
            }
          : s.view;
      return { datasets, origins, datasetOrder, activeDatasetId: active, view };
    }),
  setActiveDataset: (id) =>
    set((s) =>
      id in s.datasets || (id === ALL_DATASETS && s.datasetOrder.length > 1)
        ? {
            activeDatasetId: id,
            // The report filter belongs to the union; the compare pair stays.
            view:
              id !== ALL_DATASETS && s.view.filters.datasets?.length
                ? { ...s.view, filters: { ...s.view.filters, datasets: [] } }
                : s.view,
          }
        : s,
    ),
  setImportStatus: (importStatus) => set({ importStatus }),
  setRestored: () => set({ restored: true }),
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

/** The `ds=` of a link to the current view: the dataset in view unless it is the default (the first loaded). */
export function datasetParamOf(
  state: Pick<DatasetsSlice, 'activeDatasetId' | 'datasetOrder'>,
): string | null {
  const id = state.activeDatasetId;
  return id === null || id === state.datasetOrder[0] ? null : id;
}

/**
 * The two reports of the compare chart: the view's pair when both are loaded, else the first two
 * loaded; null with fewer than two.
 */
export function selectComparePair(
  state: Pick<DatasetsSlice, 'datasets' | 'datasetOrder'> & {
    view: { compare?: readonly [string, string] | null };
  },
): [Dataset, Dataset] | null {
  const pair = state.view.compare;
  const a = pair ? state.datasets[pair[0]] : undefined;
  const b = pair ? state.datasets[pair[1]] : undefined;
  if (a && b && a !== b) return [a, b];
  const [first, second] = state.datasetOrder;
  const x = first ? state.datasets[first] : undefined;
  const y = second ? state.datasets[second] : undefined;
  return x && y ? [x, y] : null;
}
