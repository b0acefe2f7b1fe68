import { shortRegionName } from '../i18n/region-names';
import type { Dataset, EffortRecord } from '../data/model';
import { metricLabel } from '../i18n/metric-label';
import { periodLabel } from '../i18n/period-label';
import { parsePeriod } from '../domain/period';
import { joinList, translate } from '../i18n/i18n';
import { chartSpec } from '../charts/registry';
import { MAP_CHART_ID } from '../charts/chart-spec';
import type { Lang, ViewState } from '../domain/view';

/** What an image export shows: the map (`'map'`) or a chart of the registry, by its id. */
export type ExportTarget = string;

function listOf(ids: readonly string[], name: (id: string) => string, lang: Lang): string {
  return joinList(ids.map(name), lang);
}

function regionName(dataset: Dataset, code: string, lang: Lang): string {
  const region = dataset.regionByCode.get(code);
  return region ? shortRegionName(region, lang) : code;
}

/**
 * The active filters in words, e.g. "筛选：组织类型：民主党派；截至 2022年9月4日" /
 * "Filters: organisation types: Democratic parties; up to 4 Sep 2022". Unknown ids are shown as ids.
 */
export function filtersInWords(dataset: Dataset, view: ViewState, lang: Lang): string {
  const { organisationTypes, activities, regions } = view.filters;
  const parts: string[] = [];
  if (organisationTypes.length) {
    const list = listOf(organisationTypes, (id) => dataset.organisationTypeById.get(id)?.[lang] ?? id, lang);
    parts.push(translate(lang, 'filterTypes', { list }));
  }
  if (activities.length) {
    const list = listOf(activities, (id) => dataset.activityById.get(id)?.[lang] ?? id, lang);
    parts.push(translate(lang, 'filterActivities', { list }));
  }
  if (regions.length) {
    const list = listOf(regions, (code) => regionName(dataset, code, lang), lang);
    parts.push(translate(lang, 'filterRegions', { list }));
  }
  if (view.period) {
    const period = parsePeriod(view.period);
    const date = period ? periodLabel(period, lang, { year: true }) : view.period;
    parts.push(translate(lang, 'filterPeriod', { date }));
  }
  if (parts.length === 0) return translate(lang, 'filtersNone');
  return translate(lang, 'filtersPrefix') + parts.join(translate(lang, 'clauseSep'));
}

/** "显示 12 / 50 项行动，20 个数据项" / "12 of 50 efforts shown, 20 figures". */
export function countsInWords(dataset: Dataset, visible: readonly EffortRecord[], lang: Lang): string {
  const measures = visible.reduce((n, e) => n + e.measures.length, 0);
  return translate(lang, 'filterCounts', {
    shown: visible.length,
    total: dataset.efforts.length,
    measures,
  });
}

/**
 * The whole view in words: filters, the selected region (which narrows the charts) and the counts.
 * Used in image subtitles, the README and the citation of the view.
 */
export function viewInWords(
  dataset: Dataset,
  view: ViewState,
  visible: readonly EffortRecord[],
  lang: Lang,
): string {
  const sep = translate(lang, 'clauseSep');
  const parts = [filtersInWords(dataset, view, lang)];
  if (view.selectedRegion) {
    parts.push(translate(lang, 'filterSelected', { name: regionName(dataset, view.selectedRegion, lang) }));
  }
  parts.push(countsInWords(dataset, visible, lang));
  return parts.join(sep);
}

/** The title printed in an exported image: what is shown and by which measure. */
export function exportTitle(dataset: Dataset, view: ViewState, target: ExportTarget, lang: Lang): string {
  const metric = metricLabel(view.metric, dataset, lang);
  if (target === MAP_CHART_ID) {
    const drill = view.drill ? dataset.regionByCode.get(view.drill) : undefined;
    const map = drill
      ? translate(lang, 'countyMapTitle', { name: shortRegionName(drill, lang) })
      : translate(lang, 'mapTitle');
    return translate(lang, 'mapExportTitle', { map, metric });
  }
  const scope = view.selectedRegion
    ? regionName(dataset, view.selectedRegion, lang)
    : translate(lang, 'allOfSichuan');
  const spec = chartSpec(target);
  const chart = spec ? translate(lang, spec.label) : target;
  return spec?.showsMetric
    ? translate(lang, 'chartExportTitle', { chart, metric, scope })
    : translate(lang, 'chartExportTitleNoMetric', { chart, scope });
}

/** A short name for the target ("map", "chart-region"), used in file names. */
export function targetSlug(target: ExportTarget): string {
  return target === MAP_CHART_ID ? 'map' : `chart-${target}`;
}
