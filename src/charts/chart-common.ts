import type { RegionValue } from '../aggregates/aggregate-regions';
import type { Qualifier } from '../data/schema';
import type { Lang } from '../domain/view';
import type { Amount } from '../i18n/format';
import { translate } from '../i18n/i18n';
import { SCRIPTS } from '../i18n/script';
import type { ChartContext } from './chart-context';
import type { ECOption } from './echarts';

/** What a tooltip or label formatter is called with (the parts the builders read). */
export interface FormatterParams {
  name?: string;
  data?: unknown;
  dataIndex?: number;
  seriesIndex?: number;
  value?: unknown;
}

/** The first params object of a tooltip call (axis tooltips pass an array). */
export function firstParams(params: unknown): FormatterParams {
  const p: unknown = Array.isArray(params) ? params[0] : params;
  return typeof p === 'object' && p !== null ? (p as FormatterParams) : {};
}

/** Options every chart shares: font, animation switch and an accessible description. */
export function baseOption(ctx: ChartContext, description: string): ECOption {
  return {
    animation: ctx.animation,
    textStyle: { fontFamily: ctx.fontFamily, color: ctx.textColor },
    aria: { enabled: true, label: { description }, decal: { show: ctx.decals } },
  };
}

/** Item tooltip drawn on the canvas (richText: no HTML, works under the strict CSP), tap-friendly. */
export function itemTooltip(ctx: ChartContext, formatter: (params: unknown) => string): ECOption['tooltip'] {
  return {
    trigger: 'item',
    // ECharts 6 types only allow the three-way form; it includes tap (click) on phones.
    triggerOn: 'mousemove|click|mousewheel',
    renderMode: 'richText',
    confine: true,
    textStyle: { fontFamily: ctx.fontFamily, color: ctx.textColor, fontSize: 12 },
    formatter,
  };
}

type Decal = {
  symbol?: string;
  symbolSize?: number;
  dashArrayX?: number[];
  dashArrayY?: number[];
  rotation?: number;
  color?: string;
};

/** Diagonal hatching: a lower bound ("200余", "200+"). */
export const AT_LEAST_DECAL: Decal = {
  symbol: 'rect',
  dashArrayX: [1, 0],
  dashArrayY: [2, 4],
  rotation: -Math.PI / 4,
  color: 'rgba(255, 255, 255, 0.65)',
};

/** Dots: a vague amount ("数千", "several thousand"). */
export const APPROX_DECAL: Decal = {
  symbol: 'circle',
  symbolSize: 0.6,
  dashArrayX: [4, 2],
  dashArrayY: [4, 2],
  color: 'rgba(255, 255, 255, 0.75)',
};

/** How a figure's qualifier is drawn: exact solid; lower bound hatched + dashed; approx dotted. */
export function qualifierItemStyle(qualifier: Qualifier | null): {
  decal?: Decal;
  borderType?: 'dashed' | 'dotted';
} {
  if (qualifier === 'at-least') return { decal: AT_LEAST_DECAL, borderType: 'dashed' };
  if (qualifier === 'approx') return { decal: APPROX_DECAL, borderType: 'dotted' };
  return {};
}

/**
 * A region's figure as the range formatters read it, or null when it has none. `words` passes the
 * source's words through (builders give `plainText`, so data never becomes rich-text markup).
 */
export function regionAmount(v: RegionValue, words: (s: string) => string = (s) => s): Amount | null {
  if (v.status !== 'value' || v.low === null || v.qualifier === null) return null;
  return {
    low: v.low,
    high: v.high,
    qualifier: v.qualifier,
    figure: v.figure === null ? null : words(v.figure),
    includesApprox: v.includesApprox,
  };
}

/** Round to three significant digits for spoken descriptions (168,432 → 168,000). */
export function roundForDescription(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const factor = 10 ** Math.max(0, magnitude - 2);
  return Math.round(value / factor) * factor;
}

/** "3 efforts" / "行动 3 项". */
export function effortCountText(n: number, lang: Lang): string {
  return translate(lang, 'effortCount', { count: n });
}

/**
 * The height (px) a chart with a category axis of `labels` needs so that no two labels overlap and
 * each band holds its bars: every band is as tall as the tallest label (its lines, `\n`-separated,
 * at `lineHeight`, plus `padding`) and at least `minBand`; `chrome` is what the chart draws besides
 * the bands (legend, value axis, margins). Axes give every band the same height, so the tallest
 * label sets them all. The container's CSS height stays the floor: this only ever makes it taller.
 */
export function categoryAxisHeight(
  labels: readonly string[],
  {
    minBand,
    lineHeight,
    padding,
    chrome,
  }: { minBand: number; lineHeight: number; padding: number; chrome: number },
): number {
  const lines = labels.reduce((most, label) => Math.max(most, label.split('\n').length), 1);
  return Math.ceil(labels.length * Math.max(minBand, lines * lineHeight + padding) + chrome);
}

/** Break a long axis label into lines (Han text by characters, Latin text at spaces). */
export function wrapLabel(text: string, lang: Lang, width: number): string {
  if (SCRIPTS[lang].breaksAnywhere) {
    const chars = [...text];
    const lines: string[] = [];
    for (let i = 0; i < chars.length; i += width) lines.push(chars.slice(i, i + width).join(''));
    return lines.join('\n');
  }
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.length > 0 ? `${line} ${word}` : word;
  }
  if (line.length > 0) lines.push(line);
  return lines.join('\n');
}

/** "行动数：3" / "efforts: 3"; just the figure when the metric is the unit itself ("200余人次"). */
export function metricLine(
  metricLabel: string,
  unitLabel: string | null,
  figure: string,
  lang: Lang,
): string {
  if (unitLabel !== null && metricLabel === unitLabel) return figure;
  return `${metricLabel}${translate(lang, 'labelSep')}${figure}`;
}

/** "志愿服务 (人次)", or one label when metric and unit are the same. */
export function metricTitle(metricLabel: string, unitLabel: string | null): string {
  return unitLabel === null || unitLabel === metricLabel ? metricLabel : `${metricLabel} (${unitLabel})`;
}

/** A "#rrggbb" colour mixed with white (amount 0 → unchanged, 1 → white); other formats pass through. */
export function lighten(color: string, amount: number): string {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  if (!m) return color;
  const n = parseInt(m[1]!, 16);
  const mix = (c: number): string =>
    Math.round(c + (255 - c) * amount)
      .toString(16)
      .padStart(2, '0');
  return `#${mix((n >> 16) & 255)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
}

/** True for a "#rrggbb" colour dark enough to need white text on it (relative luminance < 0.45). */
export function isDark(color: string): boolean {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  if (!m) return false;
  const n = parseInt(m[1]!, 16);
  const lin = (c: number): number => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
  return l < 0.45;
}
