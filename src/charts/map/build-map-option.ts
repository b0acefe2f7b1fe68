import { joinList, joinSentences } from '../../i18n/i18n';
import {
  formatAmount,
  formatAmountFigure,
  formatAmountWords,
  formatNumber,
  type Amount,
} from '../../i18n/format';
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
  regionAmount,
  roundForDescription,
} from '../chart-common';
import type { ECOption } from '../echarts';
import { plainText } from '../plain-text';
import { classBounds, spreadColors, valueClasses } from './value-classes';

/** Map value of a region the report says nothing about (coloured grey by the visualMap). */
export const NOT_COVERED_VALUE = -1;
/** Map value of a covered region with no figure in the chosen unit ("not reported" is not zero). */
export const NOT_REPORTED_VALUE = -2;

export interface MapModel {
  /** Name the GeoJSON was registered under with `echarts.registerMap`. */
  mapName: string;
  regions: Array<{ code: string; /** display name, already localized */ name: string; value: RegionValue }>;
  /** What is measured, e.g. '行动数' or 'person-times'. */
  metricLabel: string;
  /** The unit's label when the metric is a unit, else null. */
  unitLabel: string | null;
  selected: string | null;
  /**
   * In the view of several reports: for each region, the reports its efforts come from, already in
   * words ("同心抗疫… 9、测试数据… 2"); absent for one report.
   */
  reportsByRegion?: ReadonlyMap<string, string>;
}

const NOT_REPORTED_FILL = '#f3f3f3';
/** Null colours in a state make ECharts keep the region's class colour (typed as object: the types forbid null). */
const KEEP_FILL: object = { areaColor: null, color: null };

/** A region's figure for the formatters, its words made safe for rich text. */
const amountOfValue = (v: RegionValue): Amount | null => regionAmount(v, (s) => plainText(s, 40));

/**
 * The value the classes colour by: a sentinel for "not covered" / "not reported", else the low end
 * (of a range, or a lower bound) — what the legend and the tooltip say it is.
 */
function sentinelOf(v: RegionValue): number {
  if (v.status === 'not-covered') return NOT_COVERED_VALUE;
  if (v.status === 'not-reported') return NOT_REPORTED_VALUE;
  return v.low ?? 0;
}

function valueText(v: RegionValue, model: MapModel, ctx: ChartContext): string {
  const { lang, t } = ctx;
  if (v.status === 'not-covered') return t('mapNotCoveredTip');
  if (v.status === 'not-reported') {
    return t('mapNotReportedTip', { unit: plainText(model.unitLabel ?? model.metricLabel) });
  }
  const a = amountOfValue(v);
  if (a === null) return '';
  const figure =
    model.unitLabel === null
      ? formatAmountWords(a, lang)
      : formatAmountFigure(a, plainText(model.unitLabel), lang);
  return metricLine(
    plainText(model.metricLabel),
    model.unitLabel === null ? null : plainText(model.unitLabel),
    figure,
    lang,
  );
}

function describe(model: MapModel, ctx: ChartContext): string {
  const { lang, t } = ctx;
  const values = model.regions.filter((r) => r.value.status === 'value');
  const top = [...values]
    .sort((a, b) => (b.value.low ?? 0) - (a.value.low ?? 0))
    .slice(0, 3)
    .flatMap((r) => {
      const a = amountOfValue(r.value);
      if (a === null) return [];
      const spoken = a.qualifier === 'approx' ? a : { ...a, low: roundForDescription(a.low) };
      return [`${r.name} ${formatAmountWords(spoken, lang)}`];
    });
  const lowEnds = values.some((r) => r.value.qualifier !== 'exact');
  const notCovered = model.regions.filter((r) => r.value.status === 'not-covered').length;
  const notReported = model.regions.filter((r) => r.value.status === 'not-reported').length;
  const metric = metricTitle(model.metricLabel, model.unitLabel);
  return joinSentences(
    [
      t('mapDescribe', { metric, count: model.regions.length }),
      top.length > 0 ? t('chartHighest', { list: joinList(top, lang) }) : t('chartNoFigures'),
      lowEnds ? t('mapLowEndNote') : '',
      notReported > 0 ? t('chartNotReportedCount', { count: notReported }) : '',
      notCovered > 0 ? t('mapNotCoveredCount', { count: notCovered }) : '',
    ],
    lang,
  );
}

/**
 * A region's label on the map: its name, and where there is room (not on a phone) the value of
 * the measure for a region with one ("攀枝花 12", "泸州 200余"). Overlapping labels are hidden.
 */
function regionLabel(region: MapModel['regions'][number] | undefined, ctx: ChartContext): string {
  if (!region) return '';
  const name = plainText(region.name, 24);
  const a = ctx.compact ? null : amountOfValue(region.value);
  return a === null ? name : `${name} {v|${plainText(formatAmount(a, ctx.lang), 24)}}`;
}

/** A choropleth of the regions; sentinel values keep "not covered" and "not reported" apart from 0. */
export function buildMapOption(model: MapModel, ctx: ChartContext): ECOption {
  const { lang } = ctx;
  const byCode = new Map(model.regions.map((r) => [r.code, r]));
  const values = model.regions.flatMap((r) => (r.value.status === 'value' ? [r.value.low ?? 0] : []));
  // Ranges and lower bounds are coloured by their low end: the legend says so.
  const lowEnds = model.regions.some((r) => r.value.status === 'value' && r.value.qualifier !== 'exact');
  const classes = valueClasses(values, lang);
  const colors = spreadColors(ctx.sequentialColors, classes.length);

  const pieces = [
    {
      value: NOT_COVERED_VALUE,
      label: ctx.t('legendNotInReport'),
      color: ctx.notReportedColor,
    },
    ...(model.unitLabel === null
      ? []
      : [
          {
            value: NOT_REPORTED_VALUE,
            label: ctx.t('legendNoFigure'),
            color: NOT_REPORTED_FILL,
          },
        ]),
    ...classes.map((c, i) => ({
      ...classBounds(c),
      label: c.label,
      color: colors[i] ?? ctx.notReportedColor,
    })),
  ];

  const data = model.regions.map((r) => {
    const selected = r.code === model.selected;
    const qualifierStyle = r.value.status === 'value' ? qualifierItemStyle(r.value.qualifier) : {};
    return {
      name: r.code,
      value: sentinelOf(r.value),
      status: r.value.status,
      qualifier: r.value.qualifier,
      effortCount: r.value.effortCount,
      selected,
      itemStyle: {
        ...(qualifierStyle.decal ? { decal: qualifierStyle.decal } : {}),
        ...(selected ? { borderWidth: 2.5, borderColor: ctx.textColor } : {}),
      },
    };
  });

  const tooltipFormatter = (params: unknown): string => {
    const code = firstParams(params).name ?? '';
    const region = byCode.get(code);
    if (!region) return plainText(code);
    const v = region.value;
    const lines = [plainText(region.name), valueText(v, model, ctx)];
    // The colour is the low end of a range or a lower bound: say so where it is not the figure itself.
    if (v.status === 'value' && v.qualifier !== 'exact' && v.low !== null) {
      lines.push(ctx.t('mapColourBy', { value: formatNumber(v.low, lang) }));
    }
    if (v.status !== 'not-covered') lines.push(effortCountText(v.effortCount, lang));
    const reports = model.reportsByRegion?.get(code);
    if (reports) lines.push(ctx.t('reportsLine', { list: plainText(reports, 120) }));
    return lines.join('\n');
  };

  return {
    ...baseOption(ctx, describe(model, ctx)),
    tooltip: itemTooltip(ctx, tooltipFormatter),
    visualMap: {
      type: 'piecewise',
      pieces,
      left: 4,
      bottom: 4,
      orient: 'vertical',
      itemWidth: 14,
      itemHeight: 10,
      itemGap: 4,
      seriesIndex: 0,
      textStyle: { fontSize: 11, color: ctx.textColor },
      // Above the classes: they hold the low ends of ranges and lower bounds, not the figures.
      ...(lowEnds ? { text: [ctx.t('mapLowEnd'), ''], showLabel: true } : {}),
    },
    series: [
      {
        type: 'map',
        map: model.mapName,
        nameProperty: 'code',
        roam: false,
        // The whole panel: the legend sits in the empty south-west corner of the province (below
        // Garzê, beside Liangshan); on a phone the map leaves it a strip at the bottom.
        left: '2%',
        right: '2%',
        top: '2%',
        bottom: ctx.compact ? '22%' : '2%',
        selectedMode: 'single',
        data,
        itemStyle: { borderColor: '#ffffff', borderWidth: 0.8 },
        label: {
          show: true,
          fontSize: ctx.compact ? 8 : 10,
          color: ctx.textColor,
          textBorderColor: '#ffffff',
          textBorderWidth: 2,
          formatter: (p: { name: string }): string => regionLabel(byCode.get(p.name), ctx),
          rich: { v: { fontWeight: 'bold', fontSize: ctx.compact ? 8 : 11, color: ctx.textColor } },
        },
        labelLayout: { hideOverlap: true },
        // areaColor/color null: keep the class colour (and hatching) on hover and selection, only the border changes.
        emphasis: {
          label: { show: true },
          itemStyle: { ...KEEP_FILL, borderColor: ctx.textColor, borderWidth: 1.5 },
        },
        select: {
          label: { show: true, fontWeight: 'bold', color: ctx.textColor },
          itemStyle: { ...KEEP_FILL, borderColor: ctx.textColor, borderWidth: 2.5 },
        },
      },
    ],
  };
}
