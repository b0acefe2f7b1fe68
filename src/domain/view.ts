/** The part of the workspace that describes what the user is looking at; it round-trips through the URL. */
/** The interface languages. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
/** The id of a chart of the charts panel (the chart registry lists them; the URL carries one). */
export type ChartId = string;
export type Presentation = 'chart' | 'table';

/**
 * What the map and the region bars measure: a count of efforts, of organisations involved,
 * or the figures of one unit (`unit:person-times`). Never a sum across units.
 */
export type Metric = 'efforts' | 'organisations' | `unit:${string}`;

/** The unit id of a unit metric (`unit:yuan` → `yuan`), or null for the counts. */
export function metricUnit(metric: Metric): string | null {
  return metric.startsWith('unit:') ? metric.slice(5) : null;
}

export interface Filters {
  /** Organisation types; empty = all. */
  organisationTypes: string[];
  /** Activity categories; empty = all. */
  activities: string[];
  /** Prefecture codes; empty = all. */
  regions: string[];
  /**
   * Reports (dataset ids) in the view of all loaded reports; empty or absent = all. Ignored by a
   * view of one dataset (its efforts all come from it).
   */
  datasets?: string[];
}

export interface ViewState {
  lang: Lang;
  filters: Filters;
  /** The region whose dossier is open (any level), or null. */
  selectedRegion: string | null;
  /** The prefecture drilled into (county map), or null for the province map. */
  drill: string | null;
  metric: Metric;
  tab: ChartId;
  presentation: Presentation;
  /**
   * The period selected on the timeline (a day `2022-09-03`, an ISO week `2020-W06` or a month
   * `2020-02`: `domain/period`): the views show the efforts running at some time in it; null = all.
   */
  period: string | null;
  /** The organisation whose profile is open (an organisation id of the dataset), or null. */
  org: string | null;
  /** The two reports (dataset ids) of the compare chart; absent or null = the first two loaded. */
  compare?: readonly [string, string] | null;
}

export const EMPTY_FILTERS: Filters = { organisationTypes: [], activities: [], regions: [] };

export const DEFAULT_VIEW: ViewState = {
  lang: 'zh',
  filters: EMPTY_FILTERS,
  selectedRegion: null,
  drill: null,
  metric: 'efforts',
  tab: 'region',
  presentation: 'chart',
  period: null,
  org: null,
};
