import { useMemo, type ReactNode } from 'react';
import { prefectureValues } from '../../aggregates/aggregate-regions';
import type { RegionValue } from '../../aggregates/aggregate-regions';
import type { Metric } from '../../domain/view';
import { metricLabel, metricUnitLabel } from '../../i18n/metric-label';
import { reportsByRegionInWords } from '../../i18n/report-words';
import { shortRegionName } from '../../i18n/region-names';
import { useAtlasStore } from '../../store/store';
import { useLang, type VisibleSet } from '../../store/visible-set';
import type { ChartEventHandler } from '../chart';
import { clickedField } from '../chart-spec';
import { standardChartView } from '../standard-chart';
import { buildRegionBarOption, regionBarMinHeight, type RegionBarModel } from './build-region-bar-option';
import { REGION_BAR } from './id';
import { RegionValueTable } from './region-value-table';

interface Model {
  bars: RegionBarModel;
  values: RegionValue[];
  metric: Metric;
}

function useModel(visible: VisibleSet): Model {
  const lang = useLang();
  const metric = useAtlasStore((s) => s.view.metric);
  const selected = useAtlasStore((s) => s.view.selectedRegion);
  const { dataset, filteredSet } = visible;
  const values = useMemo(() => prefectureValues(filteredSet, metric), [filteredSet, metric]);
  return useMemo(() => {
    const unitLabel = metricUnitLabel(metric, dataset, lang);
    const bars: RegionBarModel = {
      rows: values.map((v) => ({
        code: v.code,
        name: shortRegionName(dataset.regionByCode.get(v.code)!, lang),
        value: v,
      })),
      metricLabel: unitLabel ?? metricLabel(metric, dataset, lang),
      unitLabel,
      selected,
      reportsByRegion: reportsByRegionInWords(dataset, filteredSet.efforts, 'prefecture', lang),
    };
    return { bars, values, metric };
  }, [values, dataset, filteredSet, metric, lang, selected]);
}

function useEvents(): Record<string, ChartEventHandler> {
  const selectRegion = useAtlasStore((s) => s.selectRegion);
  return useMemo(
    () => ({
      click: (p: unknown) => {
        const code = clickedField(p, 'code');
        if (code) selectRegion(code);
      },
    }),
    [selectRegion],
  );
}

function Table({ model, visible }: { model: Model; visible: VisibleSet }): ReactNode {
  return <RegionValueTable dataset={visible.dataset} values={model.values} metric={model.metric} />;
}

export const View = standardChartView(REGION_BAR, {
  useModel,
  buildOption: (model, ctx) => buildRegionBarOption(model.bars, ctx),
  Table,
  useEvents,
  minHeight: (model) => regionBarMinHeight(model.bars),
});
