import type { ChartContext } from '../chart-context';
import type { ECOption } from '../echarts';
import { firstParams } from '../chart-common';
import { buildMapOption, type MapModel } from '../map/build-map-option';
import { buildRegionBarOption, type RegionBarModel } from '../region-bar/build-region-bar-option';
import { plainText } from '../plain-text';

/** One report of the comparison: its title line, its map and its region bars (same metric as the other). */
export interface ComparePanel {
  /** The report's title and date, already localized. */
  title: string;
  map: MapModel;
  bars: RegionBarModel;
}

/**
 * ECharts draws every map series of one map name as one map (their values combined): the second
 * panel's map must be registered under another name (see `secondMapName`) with the same outlines.
 */
export interface CompareModel {
  panels: readonly [ComparePanel, ComparePanel];
}

/** The name the second panel's copy of a map is registered under. */
export const secondMapName = (mapName: string): string => `${mapName}--compare-b`;

/** 1, 2, 2.5, 5 × 10^k: the smallest such number at or above `x` (a shared axis end that reads well). */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const k = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * k >= x) return m * k;
  return 10 * k;
}

/** The largest end of a bar across both panels (a range's high end, else its low end). */
function sharedBarMax(model: CompareModel): number {
  let max = 0;
  for (const p of model.panels) {
    for (const r of p.bars.rows) {
      if (r.value.status !== 'value') continue;
      max = Math.max(max, r.value.high ?? r.value.low ?? 0, r.value.low ?? 0);
    }
  }
  return niceCeil(max);
}

interface Box {
  left: string;
  right: string;
  top: string;
  bottom: string;
}

/** Where each part goes: two columns on a wide screen, stacked on a phone. */
function layout(compact: boolean): {
  titles: Array<{ left: string; top: string }>;
  maps: Box[];
  grids: Box[];
  legend: { left: string; top: string; orient: 'horizontal' };
} {
  if (compact) {
    return {
      legend: { left: 'center', top: '0%', orient: 'horizontal' },
      titles: [
        { left: '50%', top: '5%' },
        { left: '50%', top: '52%' },
      ],
      maps: [
        { left: '2%', right: '2%', top: '8%', bottom: '72%' },
        { left: '2%', right: '2%', top: '55%', bottom: '25%' },
      ],
      grids: [
        { left: '2%', right: '2%', top: '29%', bottom: '52%' },
        { left: '2%', right: '2%', top: '76%', bottom: '1%' },
      ],
    };
  }
  return {
    legend: { left: 'center', top: '0%', orient: 'horizontal' },
    titles: [
      { left: '25%', top: '6%' },
      { left: '75%', top: '6%' },
    ],
    maps: [
      { left: '2%', right: '52%', top: '11%', bottom: '45%' },
      { left: '52%', right: '2%', top: '11%', bottom: '45%' },
    ],
    grids: [
      { left: '1%', right: '51%', top: '58%', bottom: '1%' },
      { left: '51%', right: '1%', top: '58%', bottom: '1%' },
    ],
  };
}

type Formatter = (params: unknown) => string;

function formatterOf(option: ECOption): Formatter {
  const tooltip = option.tooltip as { formatter?: Formatter } | undefined;
  return tooltip?.formatter ?? (() => '');
}

function descriptionOf(option: ECOption): string {
  const aria = option.aria as { label?: { description?: string } } | undefined;
  return aria?.label?.description ?? '';
}

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * Two reports side by side (stacked on a phone): a choropleth and region bars each, on one scale —
 * the maps share one legend (classes from both reports' values) and the bars one axis end — so a
 * colour or a bar length means the same amount in both. Built from the map and region-bar builders,
 * so each half reads exactly as those charts do (qualifiers, "not in report", "no figure").
 */
export function buildCompareOption(model: CompareModel, ctx: ChartContext): ECOption {
  const [a, b] = model.panels;
  // The legend of both maps: classes of every value in either report.
  const shared = buildMapOption({ ...a.map, regions: [...a.map.regions, ...b.map.regions] }, ctx);
  const maps = model.panels.map((p) => buildMapOption(p.map, ctx));
  const bars = model.panels.map((p) => buildRegionBarOption(p.bars, ctx));
  const place = layout(ctx.compact);
  const barMax = sharedBarMax(model);
  const formatters: Formatter[] = [];

  const mapSeries = maps.map((option, i) => {
    formatters.push(formatterOf(option));
    const [series] = asArray(option.series) as Array<Record<string, unknown>>;
    return { ...series, ...place.maps[i], layoutCenter: undefined, layoutSize: undefined };
  });
  const barSeries = bars.flatMap((option, i) =>
    (asArray(option.series) as Array<Record<string, unknown>>).map((series) => {
      formatters.push(formatterOf(option));
      // Each panel stacks its own low end and range (one shared stack would pile B on A).
      return { ...series, xAxisIndex: i, yAxisIndex: i, stack: `figure-${i}` };
    }),
  );
  const xAxes = bars.map((option, i) => ({
    ...(asArray(option.xAxis)[0] as object),
    gridIndex: i,
    min: 0,
    max: barMax,
  }));
  const yAxes = bars.map((option, i) => ({
    ...(asArray(option.yAxis)[0] as object),
    gridIndex: i,
  }));
  const grids = bars.map((option, i) => ({ ...(asArray(option.grid)[0] as object), ...place.grids[i] }));
  const sharedVisualMap = asArray(shared.visualMap)[0] as Record<string, unknown>;
  const description = [
    ctx.t('compareDescribe', {
      a: plainText(a.title, 80),
      b: plainText(b.title, 80),
      metric: plainText(a.map.unitLabel ?? a.map.metricLabel),
    }),
    ...maps.map(descriptionOf),
  ].join(' ');

  return {
    ...shared,
    aria: { ...(shared.aria as object), label: { description } },
    title: model.panels.map((p, i) => ({
      text: plainText(p.title, 80),
      ...place.titles[i],
      textAlign: 'center' as const,
      textStyle: {
        fontSize: ctx.compact ? 12 : 13,
        fontWeight: 'bold' as const,
        color: ctx.textColor,
        // A long title is cut with "…" rather than running into the other panel or off a phone.
        width: ctx.compact ? 330 : 540,
        overflow: 'truncate' as const,
      },
    })),
    tooltip: {
      ...(shared.tooltip as object),
      formatter: (params: unknown): string => {
        const i = firstParams(params).seriesIndex ?? -1;
        return formatters[i]?.(params) ?? '';
      },
    },
    visualMap: {
      ...sharedVisualMap,
      ...place.legend,
      bottom: undefined,
      // The one legend colours both maps.
      seriesIndex: [0, 1],
    },
    grid: grids,
    xAxis: xAxes,
    yAxis: yAxes,
    series: [...mapSeries, ...barSeries],
  } as ECOption;
}
