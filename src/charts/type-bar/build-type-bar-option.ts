import type { OrganisationTypeCount } from '../../aggregates/by-organisation-type';
import type { ChartContext } from '../chart-context';
import { joinList, joinSentences } from '../../i18n/i18n';
import { lineWidth } from '../../i18n/script';
import {
  baseOption,
  categoryAxisHeight,
  lighten,
  firstParams,
  itemTooltip,
  wrapLabel,
} from '../chart-common';
import type { ECOption } from '../echarts';
import { plainText } from '../plain-text';

export interface TypeBarModel {
  /** From `countByOrganisationType`: one row per type, in vocabulary order. */
  rows: OrganisationTypeCount[];
  /** A type id to outline (e.g. the type filter), or null. */
  selected?: string | null;
}

/**
 * Horizontal stripes for the organisations series: lighter and patterned so the two bars of a type
 * differ without colour, and unlike the diagonal hatching that marks lower bounds elsewhere.
 */
const ORGANISATIONS_DECAL = {
  symbol: 'rect',
  dashArrayX: [1, 0],
  dashArrayY: [2, 3],
  rotation: 0,
  color: 'rgba(255, 255, 255, 0.7)',
};

/**
 * The part of an organisations bar whose types are inferred: the same light colour, crossed by the
 * diagonal of the stripes and outlined dashed, so "how many of these are inferences" is read
 * without colour.
 */
const INFERRED_DECAL = {
  symbol: 'rect',
  dashArrayX: [1, 0],
  dashArrayY: [1.5, 2.5],
  rotation: Math.PI / 4,
  color: 'rgba(0, 0, 0, 0.28)',
};

/** Series names, also the legend entries. */
export function typeBarSeriesNames(ctx: Pick<ChartContext, 't'>): {
  efforts: string;
  organisations: string;
  inferred: string;
} {
  return {
    efforts: ctx.t('typeBarSeriesEfforts'),
    organisations: ctx.t('typeBarSeriesOrganisations'),
    inferred: ctx.t('typeBarSeriesInferred'),
  };
}

/** "3 of 13 inferred" / "13 个中 3 个为推断". */
function inferredText(r: OrganisationTypeCount, ctx: ChartContext): string {
  return ctx.t('inferredOfTotal', { count: r.inferredOrganisations, total: r.organisations });
}

function describe(rows: readonly OrganisationTypeCount[], ctx: ChartContext): string {
  const { lang, t } = ctx;
  const top = [...rows]
    .sort((a, b) => b.efforts - a.efforts)
    .filter((r) => r.efforts > 0)
    .slice(0, 3)
    .map((r) => `${r.type[lang]} ${r.efforts}`);
  const zero = rows.filter((r) => r.efforts === 0).length;
  const inferred = rows
    .filter((r) => r.inferredOrganisations > 0)
    .map((r) => `${r.type[lang]} ${inferredText(r, ctx)}`);
  const unrecorded = rows.reduce((n, r) => n + r.unrecordedOrganisations, 0);
  const involved = rows.some((r) => r.organisations > 0);
  return joinSentences(
    [
      t('typeBarDescribe', { count: rows.length }),
      top.length > 0 ? t('chartMostEfforts', { list: joinList(top, lang) }) : t('chartNoEfforts'),
      inferred.length > 0
        ? t('typeBarInferred', { list: joinList(inferred, lang) })
        : involved && unrecorded === 0
          ? t('typeBarNoneInferred')
          : '',
      unrecorded > 0 ? t('typeBarUnrecorded', { count: unrecorded }) : '',
      zero > 0 ? t('typeBarZero', { count: zero }) : '',
    ],
    lang,
  );
}

/** The axis labels: each type's name, wrapped. */
function typeLabels(rows: readonly OrganisationTypeCount[], ctx: ChartContext): string[] {
  return rows.map((r) => wrapLabel(plainText(r.type[ctx.lang], 60), ctx.lang, lineWidth(ctx.lang, 8, 22)));
}

/** Legend lines above the grid: three entries take two lines on a phone. */
const gridTop = (ctx: ChartContext): number => (ctx.compact ? 46 : 28);

/**
 * How tall the chart must be so that wrapped type names never overlap (a long English name takes
 * three lines on a phone) and each type's two bars stay readable; more types, a taller chart.
 */
export function typeBarMinHeight(model: TypeBarModel, ctx: ChartContext): number {
  // 11 px labels; two bars per type; the legend, the value axis' labels and the margins.
  return categoryAxisHeight(typeLabels(model.rows, ctx), {
    minBand: 30,
    lineHeight: 14,
    padding: 8,
    chrome: gridTop(ctx) + 8 + 24,
  });
}

/**
 * Grouped horizontal bars per organisation type: efforts (solid) and organisations (light,
 * striped), the organisations bar in two stacked parts: types the text states (or files that do
 * not say), then types that are inferred (cross-hatched, dashed outline).
 */
export function buildTypeBarOption(model: TypeBarModel, ctx: ChartContext): ECOption {
  const { lang } = ctx;
  const { rows } = model;
  const names = typeBarSeriesNames(ctx);
  const colorOf = (i: number): string =>
    ctx.categoryColors[i % Math.max(1, ctx.categoryColors.length)] ?? ctx.textColor;
  const outline = (typeId: string): { borderColor?: string; borderWidth?: number } =>
    typeId === model.selected ? { borderColor: ctx.textColor, borderWidth: 2 } : {};

  const efforts = rows.map((r, i) => ({
    value: r.efforts,
    typeId: r.type.id,
    itemStyle: { color: colorOf(i), ...outline(r.type.id) },
  }));
  // The count of all organisations labels the end of the stack: the inferred part when there is one.
  const organisations = rows.map((r, i) => ({
    value: r.organisations - r.inferredOrganisations,
    typeId: r.type.id,
    itemStyle: { color: lighten(colorOf(i), 0.45), decal: ORGANISATIONS_DECAL, ...outline(r.type.id) },
    ...(r.inferredOrganisations > 0 ? { label: { show: false } } : {}),
  }));
  // No inferred part is drawn at all when there is none (a 0-wide dashed outline would read as a mark).
  const inferred = rows.map((r, i) => ({
    value: r.inferredOrganisations > 0 ? r.inferredOrganisations : null,
    typeId: r.type.id,
    itemStyle: {
      color: lighten(colorOf(i), 0.45),
      decal: INFERRED_DECAL,
      borderColor: colorOf(i),
      borderWidth: 1,
      borderType: 'dashed' as const,
      ...outline(r.type.id),
    },
  }));

  const tooltipFormatter = (params: unknown): string => {
    const p = firstParams(params);
    const row = p.dataIndex === undefined ? undefined : rows[p.dataIndex];
    if (!row) return '';
    const sep = ctx.t('labelSep');
    return [
      plainText(row.type[lang]),
      `${names.efforts}${sep}${row.efforts}`,
      `${names.organisations}${sep}${row.organisations}`,
      ...(row.organisations > 0 ? [inferredText(row, ctx)] : []),
      ...(row.unrecordedOrganisations > 0
        ? [ctx.t('unrecordedCount', { count: row.unrecordedOrganisations })]
        : []),
    ].join('\n');
  };
  const label = { show: true, position: 'right' as const, fontSize: 10, color: ctx.textColor };
  const organisationsLabel = {
    ...label,
    formatter: (p: { dataIndex: number }): string => String(rows[p.dataIndex]?.organisations ?? ''),
  };

  return {
    ...baseOption(ctx, describe(rows, ctx)),
    tooltip: itemTooltip(ctx, tooltipFormatter),
    legend: {
      top: 0,
      left: 'center',
      data: [names.efforts, names.organisations, names.inferred],
      textStyle: { fontSize: ctx.compact ? 10 : 11, color: ctx.textColor },
      ...(ctx.compact ? { itemWidth: 18, itemGap: 6 } : {}),
    },
    grid: {
      left: 8,
      right: 40,
      top: gridTop(ctx),
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { fontSize: 10, color: ctx.mutedTextColor },
      splitLine: { lineStyle: { color: '#ececec' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: typeLabels(rows, ctx),
      axisTick: { show: false },
      axisLabel: { fontSize: 11, color: ctx.textColor, interval: 0 },
    },
    series: [
      {
        type: 'bar',
        name: names.efforts,
        data: efforts,
        itemStyle: { color: ctx.mutedTextColor },
        label,
        barGap: '10%',
        barMaxWidth: 14,
        cursor: 'pointer',
      },
      {
        type: 'bar',
        name: names.organisations,
        stack: 'organisations',
        data: organisations,
        itemStyle: { color: lighten(ctx.mutedTextColor, 0.45), decal: ORGANISATIONS_DECAL },
        label: organisationsLabel,
        barMaxWidth: 14,
        cursor: 'pointer',
      },
      {
        type: 'bar',
        name: names.inferred,
        stack: 'organisations',
        data: inferred,
        itemStyle: {
          color: lighten(ctx.mutedTextColor, 0.45),
          decal: INFERRED_DECAL,
          borderColor: ctx.mutedTextColor,
          borderWidth: 1,
          borderType: 'dashed',
        },
        label: organisationsLabel,
        barMaxWidth: 14,
        cursor: 'pointer',
      },
    ],
  };
}
