import type { Dataset } from '../data/model';
import { ALL_DATASETS, buildUnion } from '../aggregates/union';
import { create } from 'zustand';
import { createDatasetsSlice, type DatasetsSlice } from './datasets-slice';
import { createNoticesSlice, type NoticesSlice } from './notices-slice';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

/** The workspace: loaded datasets, the view state, notices and transient UI, as one bound store of slices. */
export type AtlasState = DatasetsSlice & ViewSlice & NoticesSlice & UiSlice;

export const useAtlasStore = create<AtlasState>()((...a) => ({
  ...createDatasetsSlice(...a),
  ...createViewSlice(...a),
  ...createNoticesSlice(...a),
  ...createUiSlice(...a),
}));

let lastUnion: { datasets: AtlasState['datasets'] | null; order: string[] | null; union: Dataset | null } = {
  datasets: null,
  order: null,
  union: null,
};

/** The union of every loaded dataset, in load order (memoised: one union per set of loaded datasets). */
export function selectUnion(state: Pick<AtlasState, 'datasets' | 'datasetOrder'>): Dataset | null {
  if (lastUnion.datasets === state.datasets && lastUnion.order === state.datasetOrder) return lastUnion.union;
  const loaded = state.datasetOrder.flatMap((id) => (state.datasets[id] ? [state.datasets[id]] : []));
  const union = loaded.length > 1 ? buildUnion(loaded) : null;
  lastUnion = { datasets: state.datasets, order: state.datasetOrder, union };
  return union;
}

/** The dataset in view: the active one, or the union of all loaded reports. */
export function selectActiveDataset(state: AtlasState): Dataset | null {
  if (state.activeDatasetId === ALL_DATASETS) return selectUnion(state);
  return state.activeDatasetId === null ? null : (state.datasets[state.activeDatasetId] ?? null);
}

const initialState = useAtlasStore.getState();

/** Back to a fresh workspace (tests call this before each case). */
export function resetAtlasStore(): void {
  useAtlasStore.setState(initialState, true);
}
