import { useEffect } from 'react';
import { CHART_IDS } from '../charts/registry';
import { ALL_DATASETS } from '../aggregates/union';
import { useAtlasStore, selectActiveDataset, type AtlasState } from '../store/store';
import { datasetParamOf } from '../store/datasets-slice';
import { parseDatasetParam, parseViewState, reconcileView, serializeViewState } from '../store/url-state';
import type { ViewState } from '../domain/view';
import { preferredLang } from '../i18n/preferred-lang';
import { rememberedLang } from '../storage/lang-choice';
import type { ParsedView } from '../store/url-state';

function reportProblems(problems: string[]): void {
  if (problems.length === 0) return;
  useAtlasStore
    .getState()
    .pushNotice({ kind: 'warning', key: 'badUrl', params: { details: problems.join('; ') } });
}

/** Parameters that are not view state but must survive view changes (which dataset, benchmark mode, an embed). */
const KEPT_PARAMS = ['dataset', 'animation', 'embed', 'workbench'];

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

/** Only the timeline period moved: replace the history entry instead of adding one per step. */
function onlyPeriodChanged(a: ViewState, b: ViewState): boolean {
  return serializeViewState({ ...a, period: null }) === serializeViewState({ ...b, period: null });
}

/**
 * The view a link asks for. A link without `lang` opens in the language the user chose before
 * (remembered), else in the browser's preferred one; a `lang` in the link wins over both.
 */
export function parseUrlView(search: string): ParsedView {
  const parsed = parseViewState(search, CHART_IDS);
  if (new URLSearchParams(search).has('lang')) return parsed;
  const lang = preferredLang(navigator.languages ?? [navigator.language], rememberedLang());
  return { ...parsed, view: { ...parsed.view, lang } };
}

/**
 * Apply the URL's view state before the first render (main.tsx), so the first frame is already in
 * the language and on the tab the link asks for. Problems are reported by `useUrlSync`.
 */
export function applyUrlView(): void {
  useAtlasStore.getState().applyView(parseUrlView(window.location.search).view);
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
    const initial = parseUrlView(window.location.search);
    // Already applied before the first render (applyUrlView) unless the app was mounted otherwise.
    if (serializeViewState(useAtlasStore.getState().view) !== serializeViewState(initial.view)) {
      useAtlasStore.getState().applyView(initial.view);
    }
    reportProblems(initial.problems);
    let pendingDs = parseDatasetParam(window.location.search);
    let compareChecked = initial.view.compare == null;

    let reconciledFor: string | null = null;
    /** Check the view against a newly active dataset, once; true when it had to be corrected. */
    const reconcile = (state: AtlasState): boolean => {
      const dataset = selectActiveDataset(state);
      if (!dataset || reconciledFor === dataset.id) return false;
      reconciledFor = dataset.id;
      const checked = reconcileView(state.view, dataset);
      reportProblems(checked.problems);
      if (checked.problems.length) state.applyView(checked.view);
      return checked.problems.length > 0;
    };
    const onChange = (state: AtlasState, prev: AtlasState): void => {
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
      if (reconcile(state)) return;
      if (state.view === prev.view && state.activeDatasetId === prev.activeDatasetId) return;
      const next = withKeptParams(serializeViewState(state.view, datasetParamOf(state)));
      if (next === window.location.search) return;
      const url = `${window.location.pathname}${next}${window.location.hash}`;
      if (onlyPeriodChanged(state.view, prev.view) && state.activeDatasetId === prev.activeDatasetId) {
        window.history.replaceState(null, '', url);
      } else window.history.pushState(null, '', url);
    };
    const unsubscribe = useAtlasStore.subscribe(onChange);

    const onPopState = (): void => {
      const parsed = parseUrlView(window.location.search);
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
    // The dataset may have been registered before this effect ran (a cached, fast load).
    onChange(useAtlasStore.getState(), useAtlasStore.getState());
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}
