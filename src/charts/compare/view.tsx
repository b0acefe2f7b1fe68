import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, type ReactNode } from 'react';
import { notCoveredValue, prefectureValues } from '../../aggregates/aggregate-regions';
import { selectEffortSet } from '../../aggregates/effort-set';
import type { Dataset } from '../../data/model';
import type { Filters, Lang, Metric } from '../../domain/view';
import { formatDay } from '../../i18n/format';
import { translate } from '../../i18n/i18n';
import { metricLabel, metricUnitLabel } from '../../i18n/metric-label';
import { shortRegionName } from '../../i18n/region-names';
import { selectComparePair } from '../../store/datasets-slice';
import { useAtlasStore } from '../../store/store';
import { useLang } from '../../store/visible-set';
import { EChart } from '../chart';
import type { ChartViewProps } from '../chart-spec';
import { mapQueryOptions, type MapFeature } from '../geo';
import { RegionValueTable } from '../region-bar/region-value-table';
import { useChartContext } from '../use-chart-context';
import { echarts } from '../echarts';
import { buildCompareOption, secondMapName, type ComparePanel } from './build-compare-option';
import { compareChart } from './index';
import './compare.css';

/** "2022年9月9日 · Title": a report as a panel heading (the date first: a long title is cut, never the date). */
export function reportHeading(dataset: Dataset, lang: Lang): string {
  const day = formatDay(dataset.source.publishedAt.slice(0, 10), lang, { year: true });
  return `${day} · ${dataset.title[lang]}`;
}

/** The compare chart's filters: the view's, without the report filter (each panel is one report). */
function panelFilters(filters: Filters): Filters {
  return { ...filters, datasets: [] };
}

function panelOf(
  dataset: Dataset,
  other: Dataset,
  features: readonly MapFeature[],
  mapName: string,
  filters: Filters,
  metric: Metric,
  lang: Lang,
): { panel: ComparePanel; values: ReturnType<typeof prefectureValues> } {
  const values = prefectureValues(selectEffortSet(dataset, panelFilters(filters), null), metric);
  const byCode = new Map(values.map((v) => [v.code, v]));
  const unitLabel = metricUnitLabel(metric, dataset, lang);
  const label = unitLabel ?? metricLabel(metric, dataset, lang);
  const regions = features.map((f) => {
    // Both maps name a place alike: from either report (a place only the other one covers too).
    const region = dataset.regionByCode.get(f.code) ?? other.regionByCode.get(f.code);
    return {
      code: f.code,
      name: region ? shortRegionName(region, lang) : f.name,
      value: byCode.get(f.code) ?? notCoveredValue(f.code),
    };
  });
  return {
    values,
    panel: {
      title: reportHeading(dataset, lang),
      map: { mapName, regions, metricLabel: label, unitLabel, selected: null },
      bars: {
        rows: regions.filter((r) => r.value.status !== 'not-covered'),
        metricLabel: label,
        unitLabel,
        selected: null,
      },
    },
  };
}

/** Which report goes on which side: two labelled selects (keyboard and phone pickers). */
function PairPicker({ pair }: { pair: readonly [Dataset, Dataset] }): ReactNode {
  const lang = useLang();
  const id = useId();
  const order = useAtlasStore((s) => s.datasetOrder);
  const datasets = useAtlasStore((s) => s.datasets);
  const applyView = useAtlasStore((s) => s.applyView);
  const compact = useChartContext().compact;
  const choose = (side: 0 | 1, value: string): void => {
    const other = pair[1 - side]!.id;
    // Picking the other side's report swaps the two.
    const next: [string, string] =
      value === other
        ? side === 0
          ? [value, pair[0].id]
          : [pair[1].id, value]
        : side === 0
          ? [value, other]
          : [other, value];
    applyView({ compare: next });
  };
  const labels = compact
    ? (['compareFirstCompact', 'compareSecondCompact'] as const)
    : (['compareFirst', 'compareSecond'] as const);
  return (
    <fieldset className="compare-picker">
      <legend className="visually-hidden">{translate(lang, 'compareChoose')}</legend>
      {([0, 1] as const).map((side) => (
        <label key={side} className="select-label compare-picker__side" htmlFor={`${id}-${side}`}>
          <span>{translate(lang, labels[side])}</span>
          <select
            id={`${id}-${side}`}
            data-testid={`compare-${side}`}
            value={pair[side].id}
            onChange={(e) => choose(side, e.target.value)}
          >
            {order.map((dsId) => {
              const ds = datasets[dsId];
              return ds ? (
                <option key={dsId} value={dsId}>
                  {reportHeading(ds, lang)}
                </option>
              ) : null;
            })}
          </select>
        </label>
      ))}
    </fieldset>
  );
}

/** Two reports side by side on one scale (stacked on a phone), or their tables; exportable as one image. */
export function View(_props: ChartViewProps): ReactNode {
  const lang = useLang();
  const ctx = useChartContext();
  const datasets = useAtlasStore((s) => s.datasets);
  const datasetOrder = useAtlasStore((s) => s.datasetOrder);
  const compare = useAtlasStore((s) => s.view.compare);
  const pair = useMemo(
    () => selectComparePair({ datasets, datasetOrder, view: { compare } }),
    [datasets, datasetOrder, compare],
  );
  const filters = useAtlasStore((s) => s.view.filters);
  const metric = useAtlasStore((s) => s.view.metric);
  const presentation = useAtlasStore((s) => s.view.presentation);
  const geo = useQuery(mapQueryOptions(null));
  const built = useMemo(() => {
    if (!pair || !geo.data) return null;
    const { name, features } = geo.data;
    const second = secondMapName(name);
    if (!echarts.getMap(second)) {
      const registered = echarts.getMap(name) as { geoJSON?: unknown } | undefined;
      if (!registered?.geoJSON) return null;
      echarts.registerMap(second, registered.geoJSON as Parameters<typeof echarts.registerMap>[1]);
    }
    const a = panelOf(pair[0], pair[1], features, name, filters, metric, lang);
    const b = panelOf(pair[1], pair[0], features, second, filters, metric, lang);
    return { panels: [a.panel, b.panel] as const, values: [a.values, b.values] as const };
  }, [pair, geo.data, filters, metric, lang]);
  const option = useMemo(
    () => (built ? buildCompareOption({ panels: built.panels }, ctx) : null),
    [built, ctx],
  );
  if (!pair) {
    return (
      <p className="compare-empty" data-testid="compare-needs-two">
        {translate(lang, 'compareNeedsTwo')}
      </p>
    );
  }
  return (
    <div className="compare">
      <PairPicker pair={pair} />
      <p className="note compare__note">{translate(lang, 'compareSameScale')}</p>
      {presentation === 'table' && built ? (
        <div className="compare__tables">
          {pair.map((ds, i) => (
            <section key={ds.id} className="compare__table" aria-label={built.panels[i]!.title}>
              <h3 className="compare__heading">{built.panels[i]!.title}</h3>
              <RegionValueTable dataset={ds} values={built.values[i]!} metric={metric} />
            </section>
          ))}
        </div>
      ) : option ? (
        <EChart
          chartId={compareChart.id}
          option={option}
          label={translate(lang, compareChart.label)}
          className="chart--compare"
          testId={`chart-${compareChart.id}`}
        />
      ) : (
        <div className="chart chart--loading chart--compare" role="status">
          {translate(lang, geo.status === 'error' ? 'loadFailed' : 'loading')}
        </div>
      )}
    </div>
  );
}
