import { useMemo, type ReactNode } from 'react';
import type { ChartEventHandler } from '../../charts/chart';
import { buildMapOption } from '../../charts/map/build-map-option';
import { canDrill } from '../../charts/geo';
import { MAP_CHART_ID } from '../../charts/chart-spec';
import { shortRegionName } from '../../i18n/region-names';
import { translate } from '../../i18n/i18n';
import { useAtlasStore } from '../../store/store';
import type { Metric } from '../../domain/view';
import { availableMetrics } from '../../aggregates/metrics';
import { metricLabel } from '../../i18n/metric-label';
import { useChartContext } from '../../charts/use-chart-context';
import { useLang, type VisibleSet } from '../../store/visible-set';
import type { ExportSlot } from '../../ui/slots';
import { RegionPicker } from './region-picker';
import { RegionValueTable } from '../../charts/region-bar/region-value-table';
import { useMapModel } from './use-map-model';
import { MapBody } from './map-body';

export function MapPanel({
  data,
  exportMenu: ExportMenu,
}: {
  data: VisibleSet;
  /** The export menu, passed in by the app (panels do not import other features). */
  exportMenu?: ExportSlot;
}): ReactNode {
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
          {ExportMenu ? <ExportMenu panel="map" target={MAP_CHART_ID} name={title} /> : null}
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
      ) : (
        <MapBody
          status={status}
          error={error}
          option={option}
          title={title}
          onEvents={onEvents}
          lang={lang}
        />
      )}
      <p className="note">{translate(lang, 'dataNote')}</p>
    </section>
  );
}
