import type { StateCreator } from 'zustand';
import type { AtlasState } from './store';
import { DEFAULT_VIEW, EMPTY_FILTERS, type Filters, type ViewState } from '../domain/view';

type FilterKey = keyof Filters;

export interface ViewSlice {
  view: ViewState;
  /** Replace parts of the view (URL restore, back/forward). */
  applyView: (patch: Partial<ViewState>) => void;
  toggleFilter: (key: FilterKey, value: string) => void;
  setFilter: (key: FilterKey, values: string[]) => void;
  resetFilters: () => void;
  /** Open a region's dossier (null closes it). */
  selectRegion: (code: string | null) => void;
  setDrill: (prefecture: string | null) => void;
  /** Open an organisation's profile (null closes it). */
  openOrganisation: (id: string | null) => void;
}

export const createViewSlice: StateCreator<AtlasState, [], [], ViewSlice> = (set) => ({
  view: DEFAULT_VIEW,
  applyView: (patch) => set((s) => ({ view: { ...s.view, ...patch } })),
  toggleFilter: (key, value) =>
    set((s) => {
      const current = s.view.filters[key] ?? [];
      const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      return { view: { ...s.view, filters: { ...s.view.filters, [key]: next } } };
    }),
  setFilter: (key, values) =>
    set((s) => ({ view: { ...s.view, filters: { ...s.view.filters, [key]: [...new Set(values)] } } })),
  resetFilters: () => set((s) => ({ view: { ...s.view, filters: EMPTY_FILTERS, period: null } })),
  selectRegion: (code) => set((s) => ({ view: { ...s.view, selectedRegion: code } })),
  setDrill: (prefecture) => set((s) => ({ view: { ...s.view, drill: prefecture } })),
  openOrganisation: (id) => set((s) => ({ view: { ...s.view, org: id } })),
});
