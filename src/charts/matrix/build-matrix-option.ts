import { joinList, joinSentences } from '../../i18n/i18n';
import { lineWidth, SCRIPTS } from '../../i18n/script';
import type { TypeActivityMatrix } from '../../aggregates/type-activity-matrix';
import type { ChartContext } from '../chart-context';
import { baseOption, effortCountText, isDark, firstParams, itemTooltip, wrapLabel } from '../chart-common';
import type { ECOption } from '../echarts';
import { plainText } from '../plain-text';
import { classBounds, spreadColors, valueClasses } from '../map/value-classes';

/** Fill of a type × activity pair with no effort (a real zero under the filters): light, unlabelled. */
export const EMPTY_CELL_COLOR = '#f6f6f6';

export interface CountPiece {
  value?: number;
  gte?: number;
  lt?: number;
  lte?: number;
  label: string;
  color: string;
}

/** The legend of a count heat-map (who × what, timeline): the classes in one row under the chart. */
export function countLegend(pieces: CountPiece[], ctx: ChartContext): ECOption['visualMap'] {
  return {
    type: 'piecewise',
    dimension: 2,
    seriesIndex: 0,
    pieces,
    orient: 'horizontal',
    left: 'center',
    bottom: 0,
    itemWidth: 12,
    itemHeight: 10,
    textStyle: { fontSize: 10, color: ctx.mutedTextColor },
  };
}

/** Piecewise classes for counts: 0 as an empty light cell, then rounded classes of the positive counts. */
export function countPieces(counts: readonly number[], ctx: ChartContext): CountPiece[] {
  const classes = valueClasses(
    counts.filter((n) => n > 0),
    ctx.lang,
    4,
  );
  const colors = spreadColors(ctx.sequentialColors, classes.length);
  return [
    { value: 0, label: '0', color: EMPTY_CELL_COLOR },
    ...classes.map((c, i) => ({
      ...classBounds(c),
      label: c.label,
      color: colors[i] ?? EMPTY_CELL_COLOR,
    })),
  ];
}

/** Text colour readable on the cell colour a count gets from `pieces`. */
export function labelColorFor(n: number, pieces: readonly CountPiece[], ctx: ChartContext): string {
  const piece = pieces.find(
    (p) =>
      p.value === n ||
      (p.gte !== undefined &&
        n >= p.gte &&
        (p.lt === undefined || n < p.lt) &&
        (p.lte === undefined || n <= p.lte)),
  );
  return piece && isDark(piece.color) ? '#ffffff' : ctx.textColor;
}

export interface MatrixItem {
  /** [activity index (x), type index (y), efforts] */
  value: [number, number, number];
  typeId: string;
  activityId: string;
  label?: { show: boolean; color?: string };
}

function describe(model: TypeActivityMatrix, ctx: ChartContext): string {
  const { lang } = ctx;
  const typeName = new Map(model.types.map((t) => [t.id, t[lang]]));
  const activityName = new Map(model.activities.map((a) => [a.id, a[lang]]));
  const top = model.cells
    .filter((c) => c.efforts > 0)
    .sort((a, b) => b.efforts - a.efforts)
    .slice(0, 3)
    .map(
      (c) => `${typeName.get(c.type) ?? c.type} × ${activityName.get(c.activity) ?? c.activity} ${c.efforts}`,
    );
  const zeros = model.cells.filter((c) => c.efforts === 0).length;
  const { t } = ctx;
  return joinSentences(
    [
      t('matrixDescribe', { types: model.types.length, activities: model.activities.length }),
      top.length > 0 ? t('chartMost', { list: joinList(top, lang) }) : t('chartNoEfforts'),
      t('matrixZeros', { count: zeros }),
    ],
    lang,
  );
}

/** Who × what heat map: activities across, organisation types down, zeros as empty light cells. */
export function buildMatrixOption(model: TypeActivityMatrix, ctx: ChartContext): ECOption {
  const { lang } = ctx;
  const xIndex = new Map(model.activities.map((a, i) => [a.id, i]));
  const yIndex = new Map(model.types.map((t, i) => [t.id, i]));
  const pieces = countPieces(
    model.cells.map((c) => c.efforts),
    ctx,
  );

  const data: MatrixItem[] = model.cells.flatMap((c): MatrixItem[] => {
    const x = xIndex.get(c.activity);
    const y = yIndex.get(c.type);
    if (x === undefined || y === undefined) return [];
    return [
      {
        value: [x, y, c.efforts],
        typeId: c.type,
        activityId: c.activity,
        label:
          c.efforts === 0 ? { show: false } : { show: true, color: labelColorFor(c.efforts, pieces, ctx) },
      },
    ];
  });

  const tooltipFormatter = (params: unknown): string => {
    const item = firstParams(params).data as MatrixItem | undefined;
    if (!item || !Array.isArray(item.value)) return '';
    const type = model.types[item.value[1]];
    const activity = model.activities[item.value[0]];
    if (!type || !activity) return '';
    return [plainText(type[lang]), plainText(activity[lang]), effortCountText(item.value[2], lang)].join(
      '\n',
    );
  };

  return {
    ...baseOption(ctx, describe(model, ctx)),
    tooltip: itemTooltip(ctx, tooltipFormatter),
    grid: { left: 8, right: 8, top: 8, bottom: 44, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'category',
      // Han names wrap into short stacked lines; Latin names stay whole and are set at an angle.
      data: model.activities.map((a) =>
        SCRIPTS[lang].breaksAnywhere ? wrapLabel(plainText(a[lang], 24), lang, 4) : plainText(a[lang], 26),
      ),
      splitArea: { show: false },
      axisTick: { show: false },
      axisLabel: {
        interval: 0,
        fontSize: 10,
        color: ctx.textColor,
        lineHeight: 12,
        rotate: SCRIPTS[lang].breaksAnywhere ? 0 : 35,
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: model.types.map((t) => wrapLabel(plainText(t[lang], 60), lang, lineWidth(lang, 8, 24))),
      axisTick: { show: false },
      axisLabel: { interval: 0, fontSize: 10, color: ctx.textColor },
    },
    visualMap: countLegend(pieces, ctx),
    series: [
      {
        type: 'heatmap',
        data,
        cursor: 'pointer',
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        label: { show: true, fontSize: 10 },
        emphasis: { itemStyle: { borderColor: ctx.textColor, borderWidth: 1.5 } },
      },
    ],
  };
}
