import { queryOptions } from '@tanstack/react-query';
import prefectureUrl from '../../data/geo/sichuan.json?url';
import { countiesNamedByEfforts } from '../aggregates/aggregate-regions';
import type { Dataset } from '../data/model';
import { echarts } from './echarts';

/** County boundary files, one per prefecture, emitted as separate assets and fetched on drill-down. */
const countyUrls = import.meta.glob<string>('../../data/geo/counties/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

export const PROVINCE_MAP = 'sichuan';
export const countyMapName = (prefecture: string): string => `sichuan-${prefecture}`;

function countyUrl(prefecture: string): string | null {
  return countyUrls[`../../data/geo/counties/${prefecture}.json`] ?? null;
}

export function hasCountyMap(prefecture: string): boolean {
  return countyUrl(prefecture) !== null;
}

interface FeatureCollection {
  type: 'FeatureCollection';
  features: Array<{ properties: { code: string; name: string; en?: string } }>;
}

/** A boundary feature: its code and zh name, and the English name generated into data/geo. */
export interface MapFeature {
  code: string;
  name: string;
  en: string;
}

async function loadMap(name: string, url: string, signal: AbortSignal): Promise<MapFeature[]> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const geo = (await response.json()) as FeatureCollection;
  if (geo.type !== 'FeatureCollection' || !Array.isArray(geo.features)) {
    throw new Error(`${url}: not a GeoJSON FeatureCollection`);
  }
  // ECharts' registerMap types want its own GeoJSON type; the file is one (checked above).
  echarts.registerMap(name, geo as unknown as Parameters<typeof echarts.registerMap>[1]);
  return geo.features.map((f) => ({
    code: f.properties.code,
    name: f.properties.name,
    en: f.properties.en ?? f.properties.name,
  }));
}

/** Fetch and register a map's boundaries; resolves to the features (code, name) it contains. */
export function mapQueryOptions(prefecture: string | null) {
  const name = prefecture === null ? PROVINCE_MAP : countyMapName(prefecture);
  const url = prefecture === null ? prefectureUrl : countyUrl(prefecture);
  return queryOptions({
    queryKey: ['geo', name] as const,
    queryFn: ({ signal }) => {
      if (url === null) throw new Error(`no county boundaries for ${prefecture ?? '?'}`);
      return loadMap(name, url, signal);
    },
    staleTime: Infinity,
    select: (features) => ({ name, features }),
  });
}

/**
 * Any prefecture whose efforts name one of its counties, and for which boundaries exist (all 21 of
 * Sichuan), can be drilled into; no list of prefectures is fixed.
 */
export function canDrill(dataset: Dataset, code: string): boolean {
  return (
    dataset.regionByCode.get(code)?.level === 'prefecture' &&
    (countiesNamedByEfforts(dataset).get(code)?.size ?? 0) > 0 &&
    hasCountyMap(code)
  );
}
