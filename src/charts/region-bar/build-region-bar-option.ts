import {
  formatAmount,
  formatAmountFigure,
  formatAmountWords,
  formatNumber,
  type Amount,
} from '../../i18n/format';
import { joinList, joinSentences } from '../../i18n/i18n';
import type { RegionValue } from '../../aggregates/aggregate-regions';
import type { ChartContext } from '../chart-context';
import {
  APPROX_DECAL,
  regionAmount,
  baseOption,
  effortCountText,
  firstParams,
  itemTooltip,
  lighten,
  metricLine,
  metricTitle,
  qualifierItemStyle,
  roundForDescription,
  categoryAxisHeight,
} from '../chart-common';
import type { ECOption } from '../echarts';
import { plainText } from '../plain-text';

export interface RegionBarModel {
  rows: Array<{ code: string; /** display name, already localized */ name: string; value: RegionValue }>;
  metricLabel: string;
  unitLabel: string | null;
  selected: string | null;
  /** In the view of several reports: each region's reports in words (see `MapModel`). */
  reportsByRegion?: ReadonlyMap<string, string>;
}

type Row = RegionBarModel['rows'][number];

/** A region's figure as the formatters read it, its words made safe for rich text. */
const amountOfValue = (v: RegionValue): Amount | null => regionAmount(v, (s) => plainText(s, 40));

/** The part of a range above its low end, when it has one (a bounded approximate total). */
function rangeSpan(v: RegionValue): number | null {
  return v.status === 'value' &&
    v.qualifier === 'approx' &&
    v.low !== null &&
    v.high !== null &&
    v.high > v.low
    ? v.high - v.low
    : null;
}

/** No upper end: a lower bound (余/多/超) or a range whose words set none. */
function openEnded(v: RegionValue): boolean {
  return v.status === 'value' && v.high === null;
}

/**
 * Bars for regions with a figure (largest low end first; then the larger high end, unbounded last
 * among equals), then regions with no figure; uncovered ones dropped.
 */
export function orderRegionRows(rows: readonly Row[]): Row[] {
  const high = (v: RegionValue): number => v.high ?? Infinity;
  const withValue = rows
    .filter((r) => r.value.status === 'value')
    // Ties by code: ASCII digits compare by code point (a collator costs the first screen ~50 ms).
    .sort(
      (a, b) =>
        (b.value.low ?? 0) - (a.value.low ?? 0) ||
        high(b.value) - high(a.value) ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
  const notReported = rows.filter((r) => r.value.status === 'not-reported');
  return [...withValue, ...notReported];
}

function describe(model: RegionBarModel, rows: readonly Row[], ctx: ChartContext): string {
  const { lang, t } = ctx;
  const top = rows.slice(0, 3).flatMap((r) => {
    const a = amountOfValue(r.value);
    if (a === null) return [];
    // Round a single figure for speech; a range is read out as it is drawn.
    const spoken = a.qualifier === 'approx' ? a : { ...a, low: roundForDescription(a.low) };
    return [`${r.name} ${formatAmountWords(spoken, lang)}`];
  });
  const notReported = rows.filter((r) => r.value.status === 'not-reported').length;
  const metric = metricTitle(model.metricLabel, model.unitLabel);
  const inexact = rows.some((r) => r.value.status === 'value' && r.value.qualifier !== 'exact');
  return joinSentences(
    [
      t('regionBarDescribe', { metric }),
      top.length > 0 ? t('chartHighest', { list: joinList(top, lang) }) : t('chartNoFigures'),
      inexact ? t('regionBarRanges') : '',
      notReported > 0 ? t('chartNotReportedCount', { count: notReported }) : '',
    ],
    lang,
  );
}

/**
 * How tall the chart must be so that every region keeps a band of at least 18 px: a report naming all
 * 21 prefectures gets a taller chart on a phone (its 320 px would leave 13 px a bar, the labels
 * touching), not a denser one.
 */
export function regionBarMinHeight(model: RegionBarModel): number {
  // One-line 11 px labels, one stacked bar per region; the value axis' labels and the margins.
  return categoryAxisHeight(
    model.rows.map((r) => r.name),
    { minBand: 18, lineHeight: 14, padding: 4, chrome: 8 + 8 + 24 },
  );
}

/**
 * Horizontal bars of the covered regions; "not reported" is a labelled row without a bar, never a 0
 * bar. A figure is drawn as what it is: an exact figure solid; a lower bound hatched, with ▸ after
 * its end (no upper end); a range (数千) as a lighter, dotted bar up to its low end and a pale
 * segment from there to its high end — never as a solid bar of its low end.
 */
export function buildRegionBarOption(model: RegionBarModel, ctx: ChartContext): ECOption {
  const { lang } = ctx;
  const rows = orderRegionRows(model.rows);
  const color = ctx.sequentialColors[ctx.sequentialColors.length - 2] ?? ctx.textColor;
  const outline = (code: string): object =>
    code === model.selected ? { borderColor: ctx.textColor, borderWidth: 2, borderType: 'solid' } : {};
  const labelText = (r: Row): string => {
    const a = amountOfValue(r.value);
    if (a === null) return '';
    return openEnded(r.value) ? `{open|▸} ${formatAmount(a, lang)}` : formatAmount(a, lang);
  };
  const label = {
    show: true,
    position: 'right' as const,
    fontSize: 11,
    color: ctx.textColor,
    rich: { open: { color, fontSize: 12 } },
    formatter: (p: { dataIndex: number }): string => {
      const row = rows[p.dataIndex];
      return row ? labelText(row) : '';
    },
  };

  // Series 0: from 0 to the low end (the whole bar when there is no range above it).
  const lowData = rows.map((r) => {
    const v = r.value;
    if (v.status !== 'value') return { value: null, code: r.code, status: v.status, qualifier: null };
    const ranged = v.qualifier === 'approx';
    const { decal, borderType } = qualifierItemStyle(v.qualifier);
    return {
      value: v.low,
      code: r.code,
      status: v.status,
      qualifier: v.qualifier,
      itemStyle: {
        color: ranged ? lighten(color, 0.45) : color,
        ...(decal ? { decal, borderType, borderColor: color, borderWidth: 1 } : {}),
        ...outline(r.code),
      },
      // The label goes at the end of the whole figure: on the range segment when there is one.
      ...(rangeSpan(v) !== null ? { label: { show: false } } : {}),
    };
  });
  // Series 1: from the low end to the high end of a bounded range.
  const rangeData = rows.map((r) => {
    const span = rangeSpan(r.value);
    if (span === null) return { value: null, code: r.code, status: r.value.status };
    return {
      value: span,
      code: r.code,
      status: r.value.status,
      qualifier: r.value.qualifier,
      range: [r.value.low, r.value.high],
      itemStyle: {
        color: lighten(color, 0.82),
        decal: { ...APPROX_DECAL, color: lighten(color, 0.45) },
        borderColor: color,
        borderWidth: 1,
        borderType: 'dotted' as const,
        ...outline(r.code),
      },
    };
  });

  const categoryLabels = rows.map((r) =>
    r.value.status === 'value'
      ? plainText(r.name, 40)
      : ctx.t('withNote', { text: plainText(r.name, 40), note: ctx.t('notReportedShort') }),
  );

  const tooltipFormatter = (params: unknown): string => {
    const p = firstParams(params);
    const row = p.dataIndex === undefined ? undefined : rows[p.dataIndex];
    if (!row) return '';
    const a = amountOfValue(row.value);
    const figure =
      a === null
        ? ctx.t('notReportedShort')
        : model.unitLabel === null
          ? formatAmountWords(a, lang)
          : formatAmountFigure(a, plainText(model.unitLabel), lang);
    return [
      plainText(row.name),
      metricLine(
        plainText(model.metricLabel),
        model.unitLabel === null ? null : plainText(model.unitLabel),
        figure,
        lang,
      ),
      effortCountText(row.value.effortCount, lang),
      ...(model.reportsByRegion?.has(row.code)
        ? [ctx.t('reportsLine', { list: plainText(model.reportsByRegion.get(row.code)!, 120) })]
        : []),
    ].join('\n');
  };

  const common = { type: 'bar' as const, stack: 'figure', barMaxWidth: 18, cursor: 'pointer', label };
  return {
    ...baseOption(ctx, describe(model, rows, ctx)),
    tooltip: itemTooltip(ctx, tooltipFormatter),
    grid: {
      left: 8,
      // Room for the longest end label ("▸ 50,000+", "2,000–9,999").
      right: ctx.compact ? 80 : 96,
      top: 8,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'value',
      axisLabel: {
        fontSize: 10,
        color: ctx.mutedTextColor,
        formatter: (v: number): string => formatNumber(v, lang, { compact: true }),
      },
      splitLine: { lineStyle: { color: '#ececec' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categoryLabels,
      axisTick: { show: false },
      axisLabel: { fontSize: 11, color: ctx.textColor, interval: 0 },
    },
    series: [
      { ...common, name: ctx.t('regionBarSeriesLow'), data: lowData },
      { ...common, name: ctx.t('regionBarSeriesRange'), data: rangeData },
    ],
  };
}
