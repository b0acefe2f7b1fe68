import { useMemo, type ReactNode } from 'react';
import { EChart, type ChartEventHandler } from '../../charts/chart';
import { buildMapOption } from '../../charts/map/build-map-option';
import { hasCountyMap } from '../../charts/geo';
import { shortRegionName } from '../../i18n/region-names';
import { translate } from '../../i18n/i18n';
import { countyCodesOf } from '../../aggregates/aggregate-regions';
import { useAtlasStore } from '../../store/store';
import type { Metric } from '../../domain/view';
import { availableMetrics } from '../../aggregates/metrics';
import { metricLabel } from '../../i18n/metric-label';
import { useChartContext } from '../../charts/use-chart-context';
import { useLang, type VisibleSet } from '../../store/visible-set';
import { ExportMenu } from '../export/export-menu';
import { RegionPicker } from './region-picker';
import { RegionValueTable } from './region-value-table';
import { useMapModel } from './use-map-model';
import type { Dataset } from '../../data/model';

/** Prefectures whose counties the report names and for which boundaries exist: they can be drilled into. */
export function canDrill(dataset: Dataset, code: string): boolean {
  return (
    dataset.regionByCode.get(code)?.level === 'prefecture' &&
    countyCodesOf(dataset, code).length > 0 &&
    hasCountyMap(code)
  );
}

export function MapPanel({ data }: { data: VisibleSet }): ReactNode {
  const lang = useLang();
  const ctx = useChartContext();
  const metric = useAtlasStore((s) => s.view.metric);
  const drill = useAtlasStore((s) => s.view.drill);
  const selected = useAtlasStore((s) => s.view.selectedRegion);
  const presentation = useAtlasStore((s) => s.view.presentation);
  const applyView = useAtlasStore((s) => s.applyView);
  const selectRegion = useAtlasStore((s) => s.selectRegion);
  const { dataset } = data;
  const { model, values, status, error } = useMapModel(
    dataset,
    data.filteredSet,
    metric,
    drill,
    selected,
    lang,
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
  const drillRegion = drill ? dataset.regionByCode.get(drill) : undefined;
  const selectedPrefecture =
    selected && dataset.regionByCode.get(selected)?.level === 'prefecture' ? selected : null;
  const title = drillRegion
    ? translate(lang, 'countyMapTitle', { name: shortRegionName(drillRegion, lang) })
    : translate(lang, 'mapTitle');
  return (
    <section className="panel map-panel" aria-labelledby="map-title">
      <div className="panel__head">
        <h2 id="map-title">{title}</h2>
        <div className="panel__tools">
          <label className="select-label">
            <span>{translate(lang, 'metric')}</span>
            <select value={metric} onChange={(e) => applyView({ metric: e.target.value as Metric })}>
              {availableMetrics(dataset).map((m) => (
                <option key={m} value={m}>
                  {metricLabel(m, dataset, lang)}
                </option>
              ))}
            </select>
          </label>
          <ExportMenu panel="map" name={title} />
        </div>
      </div>
      <nav className="map-nav" aria-label={translate(lang, 'regionList')}>
        {drill ? (
          <button type="button" className="button" onClick={() => applyView({ drill: null })}>
            ← {translate(lang, 'backToProvince')}
          </button>
        ) : selectedPrefecture && canDrill(dataset, selectedPrefecture) ? (
          <button type="button" className="button" onClick={() => applyView({ drill: selectedPrefecture })}>
            {translate(lang, 'drillInto', {
              name: shortRegionName(dataset.regionByCode.get(selectedPrefecture)!, lang),
            })}{' '}
            →
          </button>
        ) : null}
        <RegionPicker dataset={dataset} />
      </nav>
      {presentation === 'table' ? (
        <RegionValueTable dataset={dataset} values={values} metric={metric} />
      ) : status === 'error' ? (
        <p className="status status--error" role="alert">
          {error?.message}
        </p>
      ) : option ? (
        <EChart option={option} label={title} onEvents={onEvents} className="chart--map" testId="map-chart" />
      ) : (
        <div className="chart chart--map chart--loading" role="status">
          {translate(lang, 'loading')}
        </div>
      )}
      <p className="note">{translate(lang, 'dataNote')}</p>
    </section>
  );
}
