import { joinSentences } from '../../i18n/i18n';
import { SCRIPTS } from '../../i18n/script';
import { formatDay } from '../../i18n/format';
import type { TimelineCell } from '../../aggregates/timeline';
import type { ChartContext } from '../chart-context';
import { baseOption, firstParams, itemTooltip } from '../chart-common';
import type { ECOption } from '../echarts';
import { plainText } from '../plain-text';
import { countLegend, countPieces, labelColorFor } from '../matrix/build-matrix-option';

export interface TimelineModel {
  days: string[];
  rows: Array<{ code: string; /** display name, already localized */ name: string; cells: TimelineCell[] }>;
  /** The timeline cursor day, highlighted; null for none. */
  cursor: string | null;
}

/** Marker drawn in a cell where at least one effort starts. */
export const START_MARK = '●';

export interface TimelineItem {
  /** [day index (x), row index (y), active efforts] */
  value: [number, number, number];
  code: string;
  day: string;
  started: number;
  itemStyle?: { borderColor: string; borderWidth: number };
  label?: { color: string };
}

function describe(model: TimelineModel, ctx: ChartContext): string {
  const { lang } = ctx;
  const first = model.days[0];
  const last = model.days[model.days.length - 1];
  const span = first && last ? `${formatDay(first, lang)}–${formatDay(last, lang)}` : '';
  let best: { name: string; day: string; active: number } | null = null;
  for (const row of model.rows) {
    for (const cell of row.cells) {
      if (cell.active > 0 && (best === null || cell.active > best.active)) {
        best = { name: row.name, day: cell.day, active: cell.active };
      }
    }
  }
  const cursor = model.cursor === null ? null : formatDay(model.cursor, lang);
  const { t } = ctx;
  return joinSentences(
    [
      t('timelineDescribe', { rows: model.rows.length, days: model.days.length, span }),
      best
        ? t('timelineMost', { name: best.name, day: formatDay(best.day, lang), count: best.active })
        : t('timelineNoDated'),
      cursor ? t('timelineCursor', { day: cursor }) : '',
    ],
    lang,
  );
}

/** Region × day heat map of running efforts; start days marked ●; the cursor day outlined. */
export function buildTimelineOption(model: TimelineModel, ctx: ChartContext): ECOption {
  const { lang } = ctx;
  const dayIndex = new Map(model.days.map((d, i) => [d, i]));
  const pieces = countPieces(
    model.rows.flatMap((r) => r.cells.map((c) => c.active)),
    ctx,
  );
  const items: TimelineItem[] = model.rows.flatMap((row, y) =>
    row.cells.flatMap((cell): TimelineItem[] => {
      const x = dayIndex.get(cell.day);
      if (x === undefined) return [];
      return [
        {
          value: [x, y, cell.active],
          code: row.code,
          day: cell.day,
          started: cell.started,
          label: { color: labelColorFor(cell.active, pieces, ctx) },
          ...(cell.day === model.cursor ? { itemStyle: { borderColor: ctx.textColor, borderWidth: 2 } } : {}),
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
    const lines = [plainText(row?.name ?? item.code), formatDay(item.day, lang)];
    lines.push(ctx.t('timelineRunning', { count: active }));
    if (item.started > 0) lines.push(ctx.t('timelineStarted', { count: item.started }));
    return lines.join('\n');
  };

  return {
    ...baseOption(ctx, describe(model, ctx)),
    tooltip: itemTooltip(ctx, tooltipFormatter),
    grid: { left: 8, right: 8, top: 8, bottom: 44, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'category',
      data: model.days,
      axisTick: { show: false },
      axisLabel: {
        fontSize: 10,
        color: ctx.mutedTextColor,
        rotate: SCRIPTS[lang].axisLabelRotate,
        formatter: (day: string): string =>
          day === model.cursor ? `{cursor|${formatDay(day, lang)}}` : formatDay(day, lang),
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
