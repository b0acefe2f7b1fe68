import { createElement, lazy, Suspense, useMemo, type ComponentType, type ReactNode } from 'react';
import { translateLater } from '../i18n/messages-later';
import type { ChartEventHandler } from '../charts/chart';
import type { ChartViewProps } from '../charts/chart-spec';
import { MAP_CHART_ID } from '../charts/chart-spec';
import { loadSecondaryCharts } from '../charts/echarts';
import { buildMapOption } from '../charts/map/build-map-option';
import { RegionValueTable } from '../charts/region-bar/region-value-table';
import { CHART_IDS, CHARTS } from '../charts/registry';
import { useChartContext } from '../charts/use-chart-context';
import { sourceCitation } from '../export/citation';
import { exportTitle, viewInWords } from '../export/describe';
import { fullViewUrl } from '../export/embed';
import { MapBody } from '../features/map/map-body';
import { useMapModel } from '../features/map/use-map-model';
import { translate } from '../i18n/i18n';
import { SCRIPTS } from '../i18n/script';
import { useAtlasStore } from '../store/store';
import type { VisibleSet } from '../store/visible-set';
import './embed.css';

/** The chart views, made once (lazy, with the chart parts they need), as in the charts panel. */
const VIEWS = new Map<string, ComponentType<ChartViewProps>>(
  CHARTS.map((spec) => [
    spec.id,
    spec.View ??
      lazy(() =>
        Promise.all([loadSecondaryCharts(), spec.load()]).then(([, module]) => ({ default: module.View })),
      ),
  ]),
);

function EmbeddedMap({ data, title }: { data: VisibleSet; title: string }): ReactNode {
  const ctx = useChartContext();
  const view = useAtlasStore((s) => s.view);
  const selectRegion = useAtlasStore((s) => s.selectRegion);
  const { dataset } = data;
  const { model, values, status, error } = useMapModel(
    dataset,
    data.filteredSet,
    view.metric,
    view.drill,
    view.selectedRegion,
    view.lang,
  );
  const option = useMemo(() => (model ? buildMapOption(model, ctx) : null), [model, ctx]);
  const onEvents = useMemo(
    (): Record<string, ChartEventHandler> => ({
      click: (params) => {
        const code = (params as { name?: unknown }).name;
        if (typeof code === 'string' && dataset.regionByCode.has(code)) selectRegion(code);
      },
    }),
    [dataset, selectRegion],
  );
  if (view.presentation === 'table') {
    return <RegionValueTable dataset={dataset} values={values} metric={view.metric} />;
  }
  return (
    <MapBody
      status={status}
      error={error}
      option={option}
      title={title}
      onEvents={onEvents}
      lang={view.lang}
    />
  );
}

/**
 * One chart (or the map) alone, for a frame on another page (`?embed=map`, `?embed=flow`…): its
 * title, the filters in words, the chart with the same view state as the full app, and the
 * citation line with a link to the full view. Nothing else.
 */
export default function EmbedPage({
  asked,
  data,
}: {
  /** What the link's `embed` names: `map` or a chart id (anything else shows the map, with a note). */
  asked: string;
  data: VisibleSet;
}): ReactNode {
  const target = asked === MAP_CHART_ID || CHART_IDS.includes(asked) ? asked : MAP_CHART_ID;
  const unknown = target === asked ? null : asked;
  const view = useAtlasStore((s) => s.view);
  const { lang } = view;
  const { dataset } = data;
  const title = exportTitle(dataset, view, target, lang);
  const words = viewInWords(dataset, view, target === MAP_CHART_ID ? data.filtered : data.inScope, lang);
  const chartView = VIEWS.get(target);
  return (
    <main className="embed" lang={SCRIPTS[lang].tag} data-testid="embed" data-embed={target}>
      <h1 className="embed__title">{title}</h1>
      <p className="embed__filters" data-testid="embed-filters">
        {words}
      </p>
      {unknown !== null ? (
        <p className="embed__notice" role="status">
          {translateLater(lang, 'embedUnknown', { name: unknown.slice(0, 40) })}
        </p>
      ) : null}
      <div className="embed__chart">
        {target === MAP_CHART_ID || !chartView ? (
          <EmbeddedMap data={data} title={title} />
        ) : (
          <Suspense
            fallback={
              <div className="chart chart--loading" role="status">
                {translate(lang, 'loading')}
              </div>
            }
          >
            {createElement(chartView, { visible: data })}
          </Suspense>
        )}
      </div>
      <p className="embed__cite" data-testid="embed-cite">
        {translateLater(lang, 'embedSourceLabel')}
        {translate(lang, 'labelSep')}
        {sourceCitation(dataset.source, lang)}{' '}
        <a href={fullViewUrl(window.location.href)} target="_blank" rel="noopener noreferrer">
          {translateLater(lang, 'embedOpenFull')}
        </a>
      </p>
    </main>
  );
}
