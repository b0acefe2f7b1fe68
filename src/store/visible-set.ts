import { isUnion, type Dataset, type EffortRecord } from '../data/model';
import type { Filters, Lang } from '../domain/view';
import { narrowToPeriod, narrowToRegion, selectEffortSet, type EffortSet } from '../aggregates/effort-set';
import { selectActiveDataset, useAtlasStore, type AtlasState } from './store';

/**
 * Everything the panels and the exports show, derived once per change of the view: one filter pass,
 * then narrowing by the timeline's selected period and the selected region. Every panel and export reads this
 * one object (through `useVisibleSet` or `selectVisibleSet`); none filters again.
 */
export interface VisibleSet {
  dataset: Dataset;
  /** Efforts passing the filters and the timeline period (what the map, region bars and counts show). */
  filteredSet: EffortSet;
  filtered: EffortRecord[];
  /** `filtered`, further narrowed to the selected region: the cross-filter for the other charts. */
  inScopeSet: EffortSet;
  inScope: EffortRecord[];
  /** Filters and selected region, but not the period: the timeline shows every period, the selected one marked. */
  timelineSet: EffortSet;
}

interface Inputs {
  dataset: Dataset | null;
  filters: Filters | null;
  period: string | null;
  selected: string | null;
}

let last: { inputs: Inputs; base: EffortSet | null; result: VisibleSet | null } = {
  inputs: { dataset: null, filters: null, period: null, selected: null },
  base: null,
  result: null,
};

/**
 * The visible set of a store state, memoised on the values it depends on (by identity), shared by
 * every caller: a filter click runs one filter pass however many panels read it.
 */
export function selectVisibleSet(state: AtlasState): VisibleSet | null {
  const dataset = selectActiveDataset(state);
  const { filters, period, selectedRegion: selected } = state.view;
  const prev = last.inputs;
  if (
    prev.dataset === dataset &&
    prev.filters === filters &&
    prev.period === period &&
    prev.selected === selected
  ) {
    return last.result;
  }
  if (!dataset) {
    last = { inputs: { dataset, filters, period, selected }, base: null, result: null };
    return null;
  }
  const base =
    last.base && prev.dataset === dataset && prev.filters === filters
      ? last.base
      : selectEffortSet(dataset, effectiveFilters(dataset, filters), null);
  const filteredSet = period === null ? base : narrowToPeriod(base, period);
  const inScopeSet = selected === null ? filteredSet : narrowToRegion(filteredSet, selected);
  const timelineSet =
    period === null ? inScopeSet : selected === null ? base : narrowToRegion(base, selected);
  const result: VisibleSet = {
    dataset,
    filteredSet,
    filtered: filteredSet.efforts,
    inScopeSet,
    inScope: inScopeSet.efforts,
    timelineSet,
  };
  last = { inputs: { dataset, filters, period, selected }, base, result };
  return result;
}

/** The report filter only applies to the union of reports; a single dataset's efforts are all its own. */
function effectiveFilters(dataset: Dataset, filters: Filters): Filters {
  return isUnion(dataset) || !filters.datasets?.length ? filters : { ...filters, datasets: [] };
}

/** The one visible set, for components. */
export function useVisibleSet(): VisibleSet | null {
  return useAtlasStore(selectVisibleSet);
}

/** The interface language, for components. */
export function useLang(): Lang {
  return useAtlasStore((s) => s.view.lang);
}
