import { joinSentences } from '../../i18n/i18n';
import { SCRIPTS } from '../../i18n/script';
import {
  crossesYears,
  granularityUnit,
  periodAxisLabel,
  periodLabel,
  periodMonthLabel,
} from '../../i18n/period-label';
import type { TimelineCell } from '../../aggregates/timeline';
import { overlaps, type Granularity, type Period } from '../../domain/period';
import type { ChartContext } from '../chart-context';
import { baseOption, firstParams, itemTooltip } from '../chart-common';
import type { ECOption } from '../echarts';
import { plainText } from '../plain-text';
import { countLegend, countPieces, labelColorFor } from '../matrix/build-matrix-option';

export interface TimelineModel {
  /** The periods of the axis (days, ISO weeks or months), in order. */
  periods: Period[];
  granularity: Granularity;
  rows: Array<{ code: string; /** display name, already localized */ name: string; cells: TimelineCell[] }>;
  /** The selected period (any granularity), outlined where it overlaps the axis; null for none. */
  cursor: Period | null;
}

/** Marker drawn in a cell where at least one effort starts. */
export const START_MARK = '●';

export interface TimelineItem {
  /** [period index (x), row index (y), active efforts] */
  value: [number, number, number];
  code: string;
  /** The key of the period (what a click selects). */
  period: string;
  started: number;
  itemStyle?: { borderColor: string; borderWidth: number };
  label?: { color: string };
}

function describe(model: TimelineModel, ctx: ChartContext): string {
  const { lang, t } = ctx;
  const year = crossesYears(model.periods);
  const label = (p: Period): string => periodLabel(p, lang, { year });
  const first = model.periods[0];
  const last = model.periods[model.periods.length - 1];
  const span = first && last ? `${label(first)}–${label(last)}` : '';
  let best: { name: string; period: Period; active: number } | null = null;
  for (const row of model.rows) {
    row.cells.forEach((cell, k) => {
      const period = model.periods[k];
      if (period && cell.active > 0 && (best === null || cell.active > best.active)) {
        best = { name: row.name, period, active: cell.active };
      }
    });
  }
  const found = best as { name: string; period: Period; active: number } | null;
  const cursor = model.cursor === null ? null : periodLabel(model.cursor, lang, { year: true });
  return joinSentences(
    [
      t('timelineDescribe', {
        rows: model.rows.length,
        count: model.periods.length,
        unit: granularityUnit(model.granularity, lang),
        span,
      }),
      found
        ? t('timelineMost', { name: found.name, day: label(found.period), count: found.active })
        : t('timelineNoDated'),
      cursor ? t('timelineCursor', { day: cursor }) : '',
    ],
    lang,
  );
}

const WHEN = { day: 'whenDay', week: 'whenWeek', month: 'whenMonth' } as const;

/** Above these many periods the axis labels only the landmarks below, not every period ECharts fits. */
const MAX_AUTO_WEEKS = 26;
const MAX_AUTO_MONTHS = 18;

/**
 * Which periods a long axis labels: the first, then the first week of each quarter (January, April,
 * July, October) or each January for months, so that the labels that carry a year are never thinned
 * away; null = every period, thinned by ECharts.
 */
export function labelledPeriods(periods: readonly Period[], granularity: Granularity): Set<number> | null {
  const month = (p: Period): string => p.start.slice(5, 7);
  let marks: number[];
  if (granularity === 'week' && periods.length > MAX_AUTO_WEEKS) {
    marks = periods.flatMap((p, i) =>
      i > 0 && ['01', '04', '07', '10'].includes(month(p)) && month(periods[i - 1]!) !== month(p) ? [i] : [],
    );
  } else if (granularity === 'month' && periods.length > MAX_AUTO_MONTHS) {
    marks = periods.flatMap((p, i) => (i > 0 && month(p) === '01' ? [i] : []));
  } else {
    return null;
  }
  // The first period too, unless the first landmark is so close that the two labels would collide.
  const first = marks[0];
  return new Set(first === undefined || first >= periods.length / 8 ? [0, ...marks] : marks);
}

/**
 * Region × period heat map of running efforts (days, weeks or months); periods where an effort
 * starts marked ●; the periods of the selected period outlined.
 */
export function buildTimelineOption(model: TimelineModel, ctx: ChartContext): ECOption {
  const { lang } = ctx;
  const periodIndex = new Map(model.periods.map((p, i) => [p.key, i]));
  const year = crossesYears(model.periods);
  const landmarks = labelledPeriods(model.periods, model.granularity);
  const firstLandmark = landmarks ? Math.min(...landmarks) : 0;
  const selected = new Set(
    model.cursor === null ? [] : model.periods.filter((p) => overlaps(p, model.cursor!)).map((p) => p.key),
  );
  const pieces = countPieces(
    model.rows.flatMap((r) => r.cells.map((c) => c.active)),
    ctx,
  );
  const items: TimelineItem[] = model.rows.flatMap((row, y) =>
    row.cells.flatMap((cell): TimelineItem[] => {
      const x = periodIndex.get(cell.period);
      if (x === undefined) return [];
      return [
        {
          value: [x, y, cell.active],
          code: row.code,
          period: cell.period,
          started: cell.started,
          label: { color: labelColorFor(cell.active, pieces, ctx) },
          ...(selected.has(cell.period) ? { itemStyle: { borderColor: ctx.textColor, borderWidth: 2 } } : {}),
        },
      ];
    }),
  );

  const tooltipFormatter = (params: unknown): string => {
    const p = firstParams(params);
    const item = p.dataIndex === undefined ? undefined : items[p.dataIndex];
    if (!item) return '';
    const row = model.rows[item.value[1]];
    const active = item.value[2];
    const period = model.periods[item.value[0]];
    const lines = [
      plainText(row?.name ?? item.code),
      period ? periodLabel(period, lang, { year }) : item.period,
    ];
    lines.push(ctx.t('timelineRunning', { count: active }));
    if (item.started > 0) {
      lines.push(ctx.t('timelineStarted', { count: item.started, when: ctx.t(WHEN[model.granularity]) }));
    }
    return lines.join('\n');
  };

  return {
    ...baseOption(ctx, describe(model, ctx)),
    tooltip: itemTooltip(ctx, tooltipFormatter),
    grid: { left: 8, right: 8, top: 8, bottom: 44, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'category',
      data: model.periods.map((p) => p.key),
      axisTick: { show: false },
      axisLabel: {
        fontSize: 10,
        color: ctx.mutedTextColor,
        rotate: SCRIPTS[lang].axisLabelRotate,
        ...(landmarks ? { interval: (i: number): boolean => landmarks.has(i) } : {}),
        formatter: (key: string): string => {
          const i = periodIndex.get(key);
          const period = i === undefined ? undefined : model.periods[i];
          if (i === undefined || !period) return String(key);
          const previous = model.periods[i - 1];
          // The year on the first period and on the first of each new year, when the axis crosses years.
          const showYear =
            (year && (!previous || previous.start.slice(0, 4) !== period.start.slice(0, 4))) ||
            (landmarks !== null && i === firstLandmark);
          // A long axis of weeks is labelled by month at its landmarks (short, and the scale reads by month).
          const text =
            landmarks && period.granularity === 'week'
              ? periodMonthLabel(period, lang, showYear)
              : periodAxisLabel(period, lang, showYear);
          return selected.has(key) ? `{cursor|${text}}` : text;
        },
        rich: { cursor: { fontWeight: 'bold', color: ctx.textColor, fontSize: 11 } },
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: model.rows.map((r) => plainText(r.name, 30)),
      axisTick: { show: false },
      axisLabel: { interval: 0, fontSize: 11, color: ctx.textColor },
    },
    visualMap: countLegend(pieces, ctx),
    series: [
      {
        type: 'heatmap',
        data: items,
        cursor: 'pointer',
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        label: {
          show: true,
          fontSize: 9,
          color: ctx.textColor,
          formatter: (p: { dataIndex: number }): string =>
            (items[p.dataIndex]?.started ?? 0) > 0 ? START_MARK : '',
        },
        emphasis: { itemStyle: { borderColor: ctx.textColor, borderWidth: 1.5 } },
      },
    ],
  };
}
