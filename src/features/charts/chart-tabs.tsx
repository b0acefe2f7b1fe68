import { createElement, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { loadSecondaryCharts } from '../../charts/echarts';
import type { ChartSpec, ChartViewProps } from '../../charts/chart-spec';
import { CHARTS } from '../../charts/registry';
import { translate } from '../../i18n/i18n';
import { shortRegionName } from '../../i18n/region-names';
import { useAtlasStore } from '../../store/store';
import { useLang, type VisibleSet } from '../../store/visible-set';
import type { ExportSlot } from '../../ui/slots';

/**
 * The first screen's chart (the default tab) comes with its view (`spec.View`, in the entry chunk)
 * and renders without Suspense. Views of the other tabs load on demand, with the chart parts they
 * need.
 */
const VIEWS = new Map<string, ComponentType<ChartViewProps>>(
  CHARTS.map((spec: ChartSpec) => [
    spec.id,
    spec.View ??
      lazy(() =>
        Promise.all([loadSecondaryCharts(), spec.load()]).then(([, module]) => ({ default: module.View })),
      ),
  ]),
);

function ChartView({ id, ...props }: ChartViewProps & { id: string }): ReactNode {
  // The lazy views are made once, above, not during render.
  const view = VIEWS.get(id);
  return view ? createElement(view, props) : null;
}

/** Tabbed charts of the registry, each with a table alternative; the tab and presentation are in the URL. */
export function ChartTabs({
  data,
  exportMenu: ExportMenu,
}: {
  data: VisibleSet;
  /** The export menu, passed in by the app (panels do not import other features). */
  exportMenu?: ExportSlot;
}): ReactNode {
  const lang = useLang();
  const tabId = useAtlasStore((s) => s.view.tab);
  const presentation = useAtlasStore((s) => s.view.presentation);
  const selected = useAtlasStore((s) => s.view.selectedRegion);
  const applyView = useAtlasStore((s) => s.applyView);
  const selectRegion = useAtlasStore((s) => s.selectRegion);
  const loaded = useAtlasStore((s) => s.datasetOrder.length);
  // Charts that need more reports than are loaded are not offered (the URL's tab is kept for later).
  const charts = CHARTS.filter((c) => (c.minDatasets ?? 1) <= loaded);
  const tab = charts.find((c) => c.id === tabId) ?? charts[0] ?? CHARTS[0]!;
  const region = selected ? data.dataset.regionByCode.get(selected) : undefined;
  const scope = region ? shortRegionName(region, lang) : translate(lang, 'allOfSichuan');
  const onTabKey = (e: React.KeyboardEvent, i: number): void => {
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const t = charts[(next + charts.length) % charts.length]!;
    applyView({ tab: t.id });
    document.getElementById(`tab-${t.id}`)?.focus();
  };
  return (
    <section className="panel charts-panel" aria-labelledby="charts-title">
      <div className="panel__head">
        <h2 id="charts-title">{translate(lang, 'chartsFor', { scope })}</h2>
        <div className="panel__tools">
          {region ? (
            <button type="button" className="button button--small" onClick={() => selectRegion(null)}>
              {translate(lang, 'clearSelection')}
            </button>
          ) : null}
          <div className="segmented" role="group" aria-label={translate(lang, 'presentation')}>
            <button
              type="button"
              aria-pressed={presentation === 'chart'}
              onClick={() => applyView({ presentation: 'chart' })}
            >
              {translate(lang, 'chart')}
            </button>
            <button
              type="button"
              aria-pressed={presentation === 'table'}
              onClick={() => applyView({ presentation: 'table' })}
            >
              {translate(lang, 'table')}
            </button>
          </div>
          {ExportMenu ? (
            <ExportMenu panel="charts" target={tab.id} name={translate(lang, tab.label)} />
          ) : null}
        </div>
      </div>
      <div className="tabs" role="tablist" aria-label={translate(lang, 'chartsFor', { scope })}>
        {charts.map((t, i) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            className="tab"
            aria-selected={tab.id === t.id}
            aria-controls={`tabpanel-${t.id}`}
            tabIndex={tab.id === t.id ? 0 : -1}
            onClick={() => applyView({ tab: t.id })}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {translate(lang, t.label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab.id}`} aria-labelledby={`tab-${tab.id}`}>
        <Suspense
          fallback={
            <div className="chart chart--loading" role="status">
              {translate(lang, 'loading')}
            </div>
          }
        >
          <ChartView id={tab.id} visible={data} />
        </Suspense>
      </div>
      <p className="note">{translate(lang, 'dataNote')}</p>
    </section>
  );
}
