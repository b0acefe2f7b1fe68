import { useEffect } from 'react';
import { CHART_IDS } from '../charts/registry';
import { ALL_DATASETS } from '../aggregates/union';
import { useAtlasStore, selectActiveDataset, type AtlasState } from '../store/store';
import { datasetParamOf } from '../store/datasets-slice';
import { parseDatasetParam, parseViewState, reconcileView, serializeViewState } from '../store/url-state';
import type { ViewState } from '../domain/view';

function reportProblems(problems: string[]): void {
  if (problems.length === 0) return;
  useAtlasStore
    .getState()
    .pushNotice({ kind: 'warning', key: 'badUrl', params: { details: problems.join('; ') } });
}

/** Parameters that are not view state but must survive view changes (which dataset, benchmark mode). */
const KEPT_PARAMS = ['dataset', 'animation'];

function withKeptParams(viewSearch: string): string {
  const current = new URLSearchParams(window.location.search);
  const next = new URLSearchParams(viewSearch);
  for (const key of KEPT_PARAMS) {
    const value = current.get(key);
    if (value !== null) next.set(key, value);
  }
  const s = next.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');
  return s ? `?${s}` : '';
}

/** Only the timeline cursor moved: replace the history entry instead of adding one per step. */
function onlyDayChanged(a: ViewState, b: ViewState): boolean {
  return serializeViewState({ ...a, day: null }) === serializeViewState({ ...b, day: null });
}

/** Whether a link's `ds=` names what is loaded (a dataset, or all of them when there are two or more). */
function resolvable(state: AtlasState, ds: string): boolean {
  return ds === ALL_DATASETS ? state.datasetOrder.length > 1 : ds in state.datasets;
}

/** The compare pair of a view with ids that are not loaded dropped (reported). */
function checkCompare(state: AtlasState): string[] {
  const pair = state.view.compare;
  if (!pair || pair.every((id) => id in state.datasets)) return [];
  state.applyView({ compare: null });
  return [`cmp=${pair.join(',')}`];
}

/**
 * Keep the view state and the URL in step: read it at start and on back/forward, write it on every
 * change (a new history entry, so back/forward walk through views). Invalid parts are dropped with
 * a notice; what is valid is kept. A link's dataset (`?ds=`) may be an import that is restored
 * from storage after the first screen: it is applied when it arrives, and reported as a broken
 * link only once the restore is done and it is still missing.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const initial = parseViewState(window.location.search, CHART_IDS);
    useAtlasStore.getState().applyView(initial.view);
    reportProblems(initial.problems);
    let pendingDs = parseDatasetParam(window.location.search);
    let compareChecked = initial.view.compare == null;

    let reconciledFor: string | null = null;
    const unsubscribe = useAtlasStore.subscribe((state, prev) => {
      if (pendingDs !== null) {
        if (resolvable(state, pendingDs)) {
          const ds = pendingDs;
          pendingDs = null;
          if (state.activeDatasetId !== ds) {
            state.setActiveDataset(ds);
            return;
          }
        } else if (state.restored) {
          // Cleared first: the notice itself is a store change that calls this again.
          const missing = pendingDs.replace(/^invalid:/, '');
          pendingDs = null;
          reportProblems([`ds=${JSON.stringify(missing)}`]);
        } else {
          return; // the link's dataset may still arrive: judge nothing yet
        }
      }
      if (!compareChecked && state.restored) {
        compareChecked = true;
        const problems = checkCompare(state);
        if (problems.length) {
          reportProblems(problems);
          return;
        }
      }
      const dataset = selectActiveDataset(state);
      if (dataset && reconciledFor !== dataset.id) {
        reconciledFor = dataset.id;
        const checked = reconcileView(state.view, dataset);
        reportProblems(checked.problems);
        if (checked.problems.length) {
          state.applyView(checked.view);
          return;
        }
      }
      if (state.view === prev.view && state.activeDatasetId === prev.activeDatasetId) return;
      const next = withKeptParams(serializeViewState(state.view, datasetParamOf(state)));
      if (next === window.location.search) return;
      const url = `${window.location.pathname}${next}${window.location.hash}`;
      if (onlyDayChanged(state.view, prev.view) && state.activeDatasetId === prev.activeDatasetId) {
        window.history.replaceState(null, '', url);
      } else window.history.pushState(null, '', url);
    });

    const onPopState = (): void => {
      const parsed = parseViewState(window.location.search, CHART_IDS);
      const state = useAtlasStore.getState();
      const ds = parseDatasetParam(window.location.search) ?? state.datasetOrder[0] ?? null;
      const problems = [...parsed.problems];
      if (ds !== null && ds !== state.activeDatasetId) {
        if (resolvable(state, ds)) state.setActiveDataset(ds);
        else problems.push(`ds=${JSON.stringify(ds)}`);
      }
      const dataset = selectActiveDataset(useAtlasStore.getState());
      const checked = dataset ? reconcileView(parsed.view, dataset) : parsed;
      useAtlasStore.getState().applyView(checked.view);
      reportProblems([...problems, ...(dataset ? checked.problems : [])]);
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}
