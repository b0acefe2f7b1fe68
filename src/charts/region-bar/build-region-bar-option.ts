import { formatFigure, formatNumber, formatQualified } from '../../i18n/format';
import { joinList, joinSentences } from '../../i18n/i18n';
import type { Lang } from '../../domain/view';
import type { RegionValue } from '../../aggregates/aggregate-regions';
import type { ChartContext } from '../chart-context';
import {
  baseOption,
  effortCountText,
  firstParams,
  itemTooltip,
  metricLine,
  metricTitle,
  qualifierItemStyle,
  roundForDescription,
} from '../chart-common';
import type { ECOption } from '../echarts';
import { plainText } from '../plain-text';

export interface RegionBarModel {
  rows: Array<{ code: string; /** display name, already localized */ name: string; value: RegionValue }>;
  metricLabel: string;
  unitLabel: string | null;
  selected: string | null;
}

type Row = RegionBarModel['rows'][number];

/** Bars for regions with a figure (largest first), then regions with no figure; uncovered ones dropped. */
export function orderRegionRows(rows: readonly Row[]): Row[] {
  const withValue = rows
    .filter((r) => r.value.status === 'value')
    // Ties by code: ASCII digits compare by code point (a collator costs the first screen ~50 ms).
    .sort((a, b) => (b.value.value ?? 0) - (a.value.value ?? 0) || (a.code < b.code ? -1 : 1));
  const notReported = rows.filter((r) => r.value.status === 'not-reported');
  return [...withValue, ...notReported];
}

/** The figure as a bar label: "3,100+" / "3100余", "several thousand" / "数千". */
function barLabel(v: RegionValue, lang: Lang): string {
  return v.status === 'value' ? formatQualified(v.value ?? 0, v.qualifier ?? 'exact', lang) : '';
}

function describe(model: RegionBarModel, rows: readonly Row[], ctx: ChartContext): string {
  const { lang, t } = ctx;
  const top = rows
    .filter((r) => r.value.status === 'value')
    .slice(0, 3)
    .map(
      (r) =>
        `${r.name} ${formatQualified(roundForDescription(r.value.value ?? 0), r.value.qualifier ?? 'exact', lang)}`,
    );
  const notReported = rows.filter((r) => r.value.status === 'not-reported').length;
  const metric = metricTitle(model.metricLabel, model.unitLabel);
  return joinSentences(
    [
      t('regionBarDescribe', { metric }),
      top.length > 0 ? t('chartHighest', { list: joinList(top, lang) }) : t('chartNoFigures'),
      notReported > 0 ? t('chartNotReportedCount', { count: notReported }) : '',
    ],
    lang,
  );
}

/** Horizontal bars of the covered regions; "not reported" is a labelled row without a bar, never a 0 bar. */
export function buildRegionBarOption(model: RegionBarModel, ctx: ChartContext): ECOption {
  const { lang } = ctx;
  const rows = orderRegionRows(model.rows);
  const color = ctx.sequentialColors[ctx.sequentialColors.length - 2] ?? ctx.textColor;

  const data = rows.map((r) => {
    const selected = r.code === model.selected;
    if (r.value.status !== 'value') {
      return { value: null, code: r.code, status: r.value.status, qualifier: null };
    }
    const { decal, borderType } = qualifierItemStyle(r.value.qualifier);
    return {
      value: r.value.value,
      code: r.code,
      status: r.value.status,
      qualifier: r.value.qualifier,
      itemStyle: {
        color,
        ...(decal ? { decal, borderType, borderColor: color, borderWidth: 1 } : {}),
        ...(selected ? { borderColor: ctx.textColor, borderWidth: 2, borderType: 'solid' as const } : {}),
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
    const v = row.value;
    const figure =
      v.status !== 'value'
        ? ctx.t('notReportedShort')
        : model.unitLabel === null
          ? formatQualified(v.value ?? 0, v.qualifier ?? 'exact', lang)
          : formatFigure(v.value ?? 0, v.qualifier ?? 'exact', plainText(model.unitLabel), lang);
    return [
      plainText(row.name),
      metricLine(
        plainText(model.metricLabel),
        model.unitLabel === null ? null : plainText(model.unitLabel),
        figure,
        lang,
      ),
      effortCountText(v.effortCount, lang),
    ].join('\n');
  };

  return {
    ...baseOption(ctx, describe(model, rows, ctx)),
    tooltip: itemTooltip(ctx, tooltipFormatter),
    grid: {
      left: 8,
      right: 72,
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
      {
        type: 'bar',
        name: plainText(model.metricLabel),
        data,
        barMaxWidth: 18,
        cursor: 'pointer',
        label: {
          show: true,
          position: 'right',
          fontSize: 11,
          color: ctx.textColor,
          formatter: (p: { dataIndex: number }): string => {
            const row = rows[p.dataIndex];
            return row ? barLabel(row.value, lang) : '';
          },
        },
      },
    ],
  };
}
