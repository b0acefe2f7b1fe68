import { membersOf, type Dataset } from '../data/model';
import { ALL_DATASETS } from '../aggregates/union';
import { datasetTimeAxis } from '../aggregates/timeline';
import { overlaps, parsePeriod } from '../domain/period';
import { DEFAULT_VIEW, isLang, type Filters, type Metric, type ViewState } from '../domain/view';

/**
 * The view state as URL query parameters, so a view can be shared, bookmarked and navigated with
 * back/forward. Parsing is defensive: anything malformed is dropped and reported, never thrown.
 */
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const CODE = /^\d{6}$/;
const MAX_LIST = 50;
const MAX_PARAM_LENGTH = 2000;

export interface ParsedView {
  view: ViewState;
  /** Human-readable notes on what was ignored, e.g. `lang=xx`. */
  problems: string[];
}

function shown(value: string): string {
  const clipped = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(clipped);
}

function parseList(params: URLSearchParams, key: string, pattern: RegExp, problems: string[]): string[] {
  const raw = params.get(key);
  if (raw === null || raw === '') return [];
  const parts = raw.split(',');
  const ok = parts.filter((p) => pattern.test(p));
  if (ok.length !== parts.length || ok.length > MAX_LIST) problems.push(`${key}=${shown(raw)}`);
  return [...new Set(ok)].slice(0, MAX_LIST);
}

function parseMetric(raw: string | null, problems: string[]): Metric {
  if (raw === null) return DEFAULT_VIEW.metric;
  if (raw === 'efforts' || raw === 'organisations') return raw;
  if (raw.startsWith('unit:') && ID.test(raw.slice(5))) return raw as Metric;
  problems.push(`metric=${shown(raw)}`);
  return DEFAULT_VIEW.metric;
}

function parseOne<T extends string>(
  params: URLSearchParams,
  key: string,
  accept: (v: string) => v is T,
  fallback: T | null,
  problems: string[],
): T | null {
  const raw = params.get(key);
  if (raw === null) return fallback;
  if (accept(raw)) return raw;
  problems.push(`${key}=${shown(raw)}`);
  return fallback;
}

const isPresentation = (v: string): v is 'chart' | 'table' => v === 'chart' || v === 'table';
const isCode = (v: string): v is string => CODE.test(v);
/** A day (2022-09-03), ISO week (2020-W06) or month (2020-02) of a year from 1900 to 2999. */
const isPeriod = (v: string): v is string => /^(19|2\d)/.test(v) && parsePeriod(v) !== null;
const isId = (v: string): v is string => ID.test(v);

/** `cmp=a,b`: the two reports of the compare chart (two different dataset ids). */
function parseCompare(raw: string | null, problems: string[]): readonly [string, string] | null {
  if (raw === null) return null;
  const parts = raw.split(',');
  if (parts.length === 2 && parts[0] !== parts[1] && parts.every((p) => ID.test(p))) {
    return [parts[0]!, parts[1]!];
  }
  problems.push(`cmp=${shown(raw)}`);
  return null;
}

/**
 * The dataset a link asks for (`?ds=`): a dataset id, `*` for all loaded reports, or null when the
 * link names none. Whether it is loaded is judged once stored imports are restored (`use-url-sync`).
 */
export function parseDatasetParam(search: string): string | null {
  let raw: string | null;
  try {
    raw = new URLSearchParams(search).get('ds');
  } catch {
    return null;
  }
  if (raw === null) return null;
  return raw === ALL_DATASETS || ID.test(raw) ? raw : `invalid:${raw.slice(0, 40)}`;
}

/**
 * Parse a `location.search` string (structural checks only; see `reconcileView` for the dataset). `chartIds` are the charts that exist (the chart registry): a
 * tab naming anything else is dropped and reported.
 */
export function parseViewState(search: string, chartIds: readonly string[]): ParsedView {
  const isTab = (v: string): v is string => chartIds.includes(v);
  const problems: string[] = [];
  if (search.length > MAX_PARAM_LENGTH * 4) {
    return { view: DEFAULT_VIEW, problems: ['the link is too long'] };
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { view: DEFAULT_VIEW, problems: ['the link could not be read'] };
  }
  const filters: Filters = {
    organisationTypes: parseList(params, 'types', ID, problems),
    activities: parseList(params, 'acts', ID, problems),
    regions: parseList(params, 'regions', CODE, problems),
  };
  // Only links of the union of reports carry a report filter: a plain link's view keeps its shape.
  const reports = parseList(params, 'dsf', ID, problems);
  if (reports.length) filters.datasets = reports;
  const compare = parseCompare(params.get('cmp'), problems);
  const view: ViewState = {
    lang: parseOne(params, 'lang', isLang, DEFAULT_VIEW.lang, problems) ?? DEFAULT_VIEW.lang,
    filters,
    selectedRegion: parseOne(params, 'region', isCode, null, problems),
    drill: parseOne(params, 'drill', isCode, null, problems),
    metric: parseMetric(params.get('metric'), problems),
    tab: parseOne(params, 'tab', isTab, DEFAULT_VIEW.tab, problems) ?? DEFAULT_VIEW.tab,
    presentation:
      parseOne(params, 'view', isPresentation, DEFAULT_VIEW.presentation, problems) ??
      DEFAULT_VIEW.presentation,
    // `day=` is the name of the parameter in links made before periods (a day is a period).
    period: params.has('period')
      ? parseOne(params, 'period', isPeriod, null, problems)
      : parseOne(params, 'day', isPeriod, null, problems),
    org: parseOne(params, 'org', isId, null, problems),
    ...(compare ? { compare } : {}),
  };
  return { view, problems };
}

/**
 * The query string for a view; defaults are left out so plain links stay short. `datasetId` is the
 * dataset in view when it is not the default one (the first loaded): `ds=<id>` or `ds=*`.
 */
export function serializeViewState(view: ViewState, datasetId: string | null = null): string {
  const params = new URLSearchParams();
  if (datasetId !== null) params.set('ds', datasetId);
  if (view.lang !== DEFAULT_VIEW.lang) params.set('lang', view.lang);
  if (view.filters.organisationTypes.length) params.set('types', view.filters.organisationTypes.join(','));
  if (view.filters.activities.length) params.set('acts', view.filters.activities.join(','));
  if (view.filters.regions.length) params.set('regions', view.filters.regions.join(','));
  if (view.selectedRegion) params.set('region', view.selectedRegion);
  if (view.drill) params.set('drill', view.drill);
  if (view.metric !== DEFAULT_VIEW.metric) params.set('metric', view.metric);
  if (view.tab !== DEFAULT_VIEW.tab) params.set('tab', view.tab);
  if (view.presentation !== DEFAULT_VIEW.presentation) params.set('view', view.presentation);
  if (view.period) params.set('period', view.period);
  if (view.org) params.set('org', view.org);
  if (view.filters.datasets?.length) params.set('dsf', view.filters.datasets.join(','));
  if (view.compare) params.set('cmp', view.compare.join(','));
  const s = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return s ? `?${s}` : '';
}

/**
 * Drop what the dataset does not know (an unknown region or type from an old or hand-edited link),
 * reporting each. Drill-down is only possible into a prefecture that has named counties.
 */
export function reconcileView(view: ViewState, dataset: Dataset): ParsedView {
  const problems: string[] = [];
  const keep = (key: string, values: string[], known: (v: string) => boolean): string[] => {
    const bad = values.filter((v) => !known(v));
    if (bad.length) problems.push(`${key}=${bad.map(shown).join(',')}`);
    return values.filter(known);
  };
  const filters: Filters = {
    organisationTypes: keep('types', view.filters.organisationTypes, (v) =>
      dataset.organisationTypeById.has(v),
    ),
    activities: keep('acts', view.filters.activities, (v) => dataset.activityById.has(v)),
    regions: keep('regions', view.filters.regions, (v) => dataset.regionByCode.has(v)),
  };
  // The report filter is judged against the union only (a single dataset ignores it).
  if (view.filters.datasets !== undefined) {
    filters.datasets =
      dataset.members === undefined
        ? view.filters.datasets
        : keep('dsf', view.filters.datasets, (v) => membersOf(dataset).some((m) => m.id === v));
  }
  let { selectedRegion, drill, metric } = view;
  if (selectedRegion !== null && !dataset.regionByCode.has(selectedRegion)) {
    problems.push(`region=${shown(selectedRegion)}`);
    selectedRegion = null;
  }
  const hasCounties = (code: string): boolean =>
    dataset.regionByCode.get(code)?.level === 'prefecture' &&
    dataset.regions.some((r) => r.parent === code && r.level === 'county');
  if (drill !== null && !hasCounties(drill)) {
    problems.push(`drill=${shown(drill)}`);
    drill = null;
  }
  if (metric.startsWith('unit:') && !dataset.unitById.has(metric.slice(5))) {
    problems.push(`metric=${shown(metric)}`);
    metric = DEFAULT_VIEW.metric;
  }
  // A period the data does not reach would show an empty view: dropped, like any broken part.
  let { period } = view;
  const selected = period === null ? null : parsePeriod(period);
  const axis = period === null ? null : datasetTimeAxis(dataset);
  if (
    period !== null &&
    axis !== null &&
    (selected === null ||
      axis.from === null ||
      axis.to === null ||
      !overlaps(selected, { start: axis.from, end: axis.to }))
  ) {
    problems.push(`period=${shown(period)}`);
    period = null;
  }
  let { org } = view;
  if (org !== null && !dataset.organisationById.has(org)) {
    problems.push(`org=${shown(org)}`);
    org = null;
  }
  return { view: { ...view, filters, selectedRegion, drill, metric, period, org }, problems };
}
