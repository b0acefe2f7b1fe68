import { lazy, Suspense, type ReactNode } from 'react';
import { loadSecondaryCharts } from '../../charts/echarts';
import { shortRegionName } from '../../i18n/region-names';
import { translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useAtlasStore } from '../../store/store';
import { TABS, type Tab } from '../../domain/view';
import { ExportMenu } from '../export/export-menu';
import { useLang, type VisibleSet } from '../../store/visible-set';

// Views that are not on screen at first paint load with the chart parts they need.
const withSecondaryCharts = <T,>(load: () => Promise<T>): Promise<T> =>
  Promise.all([loadSecondaryCharts(), load()]).then(([, module]) => module);
const RegionBarsView = lazy(() =>
  withSecondaryCharts(() => import('./chart-views')).then((m) => ({ default: m.RegionBarsView })),
);
const TypeBarsView = lazy(() =>
  withSecondaryCharts(() => import('./chart-views')).then((m) => ({ default: m.TypeBarsView })),
);
const MatrixView = lazy(() =>
  withSecondaryCharts(() => import('./chart-views')).then((m) => ({ default: m.MatrixView })),
);
const TimelinePanel = lazy(() =>
  withSecondaryCharts(() => import('../timeline/timeline-panel')).then((m) => ({ default: m.TimelinePanel })),
);

const TAB_LABEL: Record<Tab, MessageKey> = {
  region: 'tabRegion',
  type: 'tabType',
  matrix: 'tabMatrix',
  timeline: 'tabTimeline',
};

/** Tabbed charts, each with a table alternative; the tab and presentation are part of the URL. */
export function ChartTabs({ data }: { data: VisibleSet }): ReactNode {
  const lang = useLang();
  const tab = useAtlasStore((s) => s.view.tab);
  const presentation = useAtlasStore((s) => s.view.presentation);
  const selected = useAtlasStore((s) => s.view.selectedRegion);
  const applyView = useAtlasStore((s) => s.applyView);
  const selectRegion = useAtlasStore((s) => s.selectRegion);
  const region = selected ? data.dataset.regionByCode.get(selected) : undefined;
  const scope = region ? shortRegionName(region, lang) : translate(lang, 'allOfSichuan');
  const onTabKey = (e: React.KeyboardEvent, i: number): void => {
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const t = TABS[(next + TABS.length) % TABS.length]!;
    applyView({ tab: t });
    document.getElementById(`tab-${t}`)?.focus();
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
          <ExportMenu panel="charts" name={translate(lang, TAB_LABEL[tab])} />
        </div>
      </div>
      <div className="tabs" role="tablist" aria-label={translate(lang, 'chartsFor', { scope })}>
        {TABS.map((t, i) => (
          <button
            key={t}
            id={`tab-${t}`}
            type="button"
            role="tab"
            className="tab"
            aria-selected={tab === t}
            aria-controls={`tabpanel-${t}`}
            tabIndex={tab === t ? 0 : -1}
            onClick={() => applyView({ tab: t })}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {translate(lang, TAB_LABEL[t])}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        <Suspense
          fallback={
            <div className="chart chart--loading" role="status">
              {translate(lang, 'loading')}
            </div>
          }
        >
          {tab === 'region' ? <RegionBarsView data={data} /> : null}
          {tab === 'type' ? <TypeBarsView data={data} /> : null}
          {tab === 'matrix' ? <MatrixView data={data} /> : null}
          {tab === 'timeline' ? <TimelinePanel data={data} /> : null}
        </Suspense>
      </div>
      <p className="note">{translate(lang, 'dataNote')}</p>
    </section>
  );
}
