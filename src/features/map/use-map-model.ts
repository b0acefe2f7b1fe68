import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MapModel } from '../../charts/map/build-map-option';
import { mapQueryOptions } from '../../charts/geo';
import { shortRegionName } from '../../i18n/region-names';
import type { Dataset } from '../../data/model';
import { aggregateByCounty, notCoveredValue, type RegionValue } from '../../aggregates/aggregate-regions';
import { prefectureValues } from '../../aggregates/aggregate-regions';
import type { EffortSet } from '../../aggregates/effort-set';
import type { Lang, Metric } from '../../domain/view';
import { metricLabel, metricUnitLabel } from '../../i18n/metric-label';
import { reportsByRegionInWords } from '../../i18n/report-words';

/**
 * The map's model for the current level: the province's prefectures, or the counties of the
 * prefecture drilled into (every county of the boundary file; those the report does not name are
 * "not covered").
 */
export function useMapModel(
  dataset: Dataset,
  set: EffortSet,
  metric: Metric,
  drill: string | null,
  selected: string | null,
  lang: Lang,
): {
  model: MapModel | null;
  values: RegionValue[];
  status: 'pending' | 'error' | 'success';
  error: Error | null;
} {
  const geo = useQuery(mapQueryOptions(drill));
  const values = useMemo(
    () =>
      drill === null ? prefectureValues(set, metric) : aggregateByCounty(dataset, set.efforts, drill, metric),
    [dataset, set, metric, drill],
  );
  const model = useMemo((): MapModel | null => {
    if (!geo.data) return null;
    const byCode = new Map(values.map((v) => [v.code, v]));
    const unitLabel = metricUnitLabel(metric, dataset, lang);
    return {
      mapName: geo.data.name,
      regions: geo.data.features.map((f) => {
        // A region the dataset does not list is named from the boundary data (zh and en).
        const region = dataset.regionByCode.get(f.code) ?? {
          code: f.code,
          zh: f.name,
          en: f.en,
          level: drill === null ? ('prefecture' as const) : ('county' as const),
          parent: drill,
        };
        return {
          code: f.code,
          name: shortRegionName(region, lang),
          value: byCode.get(f.code) ?? notCoveredValue(f.code),
        };
      }),
      metricLabel: unitLabel ?? metricLabel(metric, dataset, lang),
      unitLabel,
      selected,
      // Counties of a drill-down are the efforts' own regions; the province map, their prefectures.
      reportsByRegion: reportsByRegionInWords(
        dataset,
        set.efforts,
        drill === null ? 'prefecture' : 'region',
        lang,
      ),
    };
  }, [geo.data, values, dataset, set, metric, lang, selected, drill]);
  return { model, values, status: geo.status, error: geo.error };
}
