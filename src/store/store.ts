import type { Dataset } from '../data/model';
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

export function selectActiveDataset(state: AtlasState): Dataset | null {
  return state.activeDatasetId === null ? null : (state.datasets[state.activeDatasetId] ?? null);
}

const initialState = useAtlasStore.getState();

/** Back to a fresh workspace (tests call this before each case). */
export function resetAtlasStore(): void {
  useAtlasStore.setState(initialState, true);
}
