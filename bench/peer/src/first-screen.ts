/**
 * The floor's data work, kept as small as the first screen allows: count efforts per prefecture
 * (an effort in a county counts for its prefecture) and build the two options. No validation, no
 * index, no store. The options mirror the app's (same series, components, labels and sizes) so both
 * pages give ECharts the same drawing work.
 */
import type { BarSeriesOption, MapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

export type PeerOption = ComposeOption<
  MapSeriesOption | BarSeriesOption | GridComponentOption | VisualMapComponentOption
>;

interface Region {
  code: string;
  zh: string;
  level: string;
  parent: string | null;
}
export interface DatasetJson {
  regions: Region[];
  efforts: Array<{ regionCode: string }>;
}
export interface BoundaryJson {
  features: Array<{ properties: { code: string; name: string } }>;
}
export interface PrefectureCount {
  code: string;
  name: string;
  /** null: the report says nothing about the prefecture (grey on the map, no bar). */
  efforts: number | null;
}

const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const TEXT = '#1d1d1f';
const GREY = '#e4e4e4';
const RAMP = ['#fde0c5', '#facba6', '#f8b58b', '#f59e72', '#f2855d', '#ef6a4c', '#eb4a40', '#b3261e'];

/** 成都市 → 成都, 阿坝藏族羌族自治州 → 阿坝州 (the app's short names for prefectures). */
function shortName(zh: string): string {
  if (zh.endsWith('自治州')) return `${zh.slice(0, -3).replace(/(?:藏|羌|彝)族/g, '')}州`;
  return zh.replace(/市$/, '');
}

export function countByPrefecture(dataset: DatasetJson, boundaries: BoundaryJson): PrefectureCount[] {
  const byCode = new Map(dataset.regions.map((r) => [r.code, r]));
  const counts = new Map<string, number>();
  for (const effort of dataset.efforts) {
    let region = byCode.get(effort.regionCode);
    for (let guard = 0; region && region.level !== 'prefecture' && guard < 8; guard += 1)
      region = region.parent === null ? undefined : byCode.get(region.parent);
    if (region) counts.set(region.code, (counts.get(region.code) ?? 0) + 1);
  }
  return boundaries.features.map(({ properties: { code, name } }) => {
    const region = byCode.get(code);
    return { code, name: shortName(region?.zh ?? name), efforts: counts.get(code) ?? null };
  });
}

interface Piece {
  value?: number;
  gte?: number;
  lt?: number;
  lte?: number;
  label: string;
  color: string;
}

/** Up to five classes at quantiles of the distinct values (the app rounds its breaks; the work is alike). */
function pieces(values: number[]): Piece[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const k = Math.min(5, distinct.length);
  const edges = Array.from({ length: k }, (_, i) => distinct[Math.floor((i * distinct.length) / k)] ?? 0);
  const top = distinct[distinct.length - 1] ?? 0;
  return [
    { value: -1, label: '报告未涉及', color: GREY },
    ...edges.map((min, i) => {
      const next = edges[i + 1];
      const color = RAMP[Math.round((i * (RAMP.length - 1)) / Math.max(1, k - 1))] ?? TEXT;
      return next === undefined
        ? { gte: min, lte: top, label: top > min ? `${min}–${top}` : `${min}`, color }
        : { gte: min, lt: next, label: next - 1 > min ? `${min}–${next - 1}` : `${min}`, color };
    }),
  ];
}

export function mapOption(rows: readonly PrefectureCount[], animation: boolean): PeerOption {
  const names = new Map(rows.map((r) => [r.code, r.name]));
  return {
    animation,
    textStyle: { fontFamily: FONT, color: TEXT },
    visualMap: {
      type: 'piecewise',
      pieces: pieces(rows.flatMap((r) => (r.efforts === null ? [] : [r.efforts]))),
      left: 4,
      bottom: 4,
      orient: 'vertical',
      itemWidth: 14,
      itemHeight: 10,
      itemGap: 4,
      seriesIndex: 0,
      textStyle: { fontSize: 11, color: TEXT },
    },
    series: [
      {
        type: 'map',
        map: 'sichuan',
        nameProperty: 'code',
        roam: false,
        left: '22%',
        right: '2%',
        top: '3%',
        bottom: '3%',
        data: rows.map((r) => ({ name: r.code, value: r.efforts ?? -1 })),
        itemStyle: { borderColor: '#ffffff', borderWidth: 0.8 },
        label: {
          show: true,
          fontSize: 10,
          color: TEXT,
          textBorderColor: '#ffffff',
          textBorderWidth: 2,
          formatter: (p: { name: string }): string => names.get(p.name) ?? '',
        },
        labelLayout: { hideOverlap: true },
      },
    ],
  };
}

export function barOption(rows: readonly PrefectureCount[], animation: boolean): PeerOption {
  const bars = rows
    .flatMap((r) => (r.efforts === null ? [] : [{ name: r.name, value: r.efforts, code: r.code }]))
    .sort((a, b) => b.value - a.value || a.code.localeCompare(b.code));
  return {
    animation,
    textStyle: { fontFamily: FONT, color: TEXT },
    grid: { left: 8, right: 72, top: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'value',
      axisLabel: { fontSize: 10, color: '#5f5f5f' },
      splitLine: { lineStyle: { color: '#ececec' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.name),
      axisTick: { show: false },
      axisLabel: { fontSize: 11, color: TEXT, interval: 0 },
    },
    series: [
      {
        type: 'bar',
        name: '行动数',
        data: bars.map((b) => ({ value: b.value, itemStyle: { color: RAMP[RAMP.length - 2] } })),
        barMaxWidth: 18,
        label: { show: true, position: 'right', fontSize: 11, color: TEXT },
      },
    ],
  };
}
