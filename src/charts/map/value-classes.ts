import type { Lang } from '../../domain/view';
import { formatNumber } from '../../i18n/format';

/**
 * One class of a choropleth: `min <= v < max`, or `min <= v <= max` when `closed` (the last class,
 * and the class of zero alone, `min = max = 0`).
 */
export interface ValueClass {
  min: number;
  max: number;
  last: boolean;
  /** The class includes `max`. */
  closed: boolean;
  label: string;
}

/** The ECharts piecewise bounds of a class. */
export function classBounds(c: ValueClass): { gte: number; lte: number } | { gte: number; lt: number } {
  return c.closed ? { gte: c.min, lte: c.max } : { gte: c.min, lt: c.max };
}

const NICE_MANTISSAS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The nearest "round" number (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ). */
export function niceRound(x: number): number {
  if (x <= 0 || !Number.isFinite(x)) return x;
  const p = 10 ** Math.floor(Math.log10(x));
  let best = p;
  for (const m of NICE_MANTISSAS) if (Math.abs(m * p - x) < Math.abs(best - x)) best = m * p;
  return best;
}

function rangeLabel(min: number, max: number, last: boolean, integers: boolean, lang: Lang): string {
  const f = (v: number): string => formatNumber(v, lang);
  if (last) return max <= min ? f(min) : `${f(min)}–${f(max)}`;
  // Integers: inclusive "1–4" for [1, 5), unless rounding (4.99万 → "5万") would blur the upper end.
  if (integers && f(max - 1) !== f(max)) return max - 1 <= min ? f(min) : `${f(min)}–${f(max - 1)}`;
  return `${f(min)}–<${f(max)}`;
}

/**
 * Up to `maxClasses` classes with rounded breaks from quantiles of the distinct values, so one very large
 * region (Chengdu) does not squash all others into the first class. Equal values give one class.
 */
export function valueClasses(values: readonly number[], lang: Lang, maxClasses = 5): ValueClass[] {
  const finite = values.filter((v) => Number.isFinite(v));
  // Zero never shares a class with a positive value ("0–1" would say nothing happened where one did).
  const positive = finite.filter((v) => v > 0);
  if (finite.some((v) => v === 0) && positive.length > 0 && finite.every((v) => v >= 0)) {
    const zero: ValueClass = { min: 0, max: 0, last: false, closed: true, label: formatNumber(0, lang) };
    return [zero, ...valueClasses(positive, lang, Math.max(1, maxClasses - 1))];
  }
  const sorted = finite.sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const lo = sorted[0]!;
  const hi = sorted[sorted.length - 1]!;
  const integers = sorted.every((v) => Number.isInteger(v));
  if (lo === hi) return [{ min: lo, max: hi, last: true, closed: true, label: formatNumber(lo, lang) }];
  // Quantiles of the distinct values: many equal small counts (lots of 1s) must not swallow all classes.
  const distinct = [...new Set(sorted)];
  const k = Math.min(maxClasses, distinct.length);
  const breaks = new Set<number>();
  for (let i = 1; i < k; i += 1) {
    const q = distinct[Math.floor((i * distinct.length) / k)]!;
    const nice = integers ? Math.max(1, Math.round(niceRound(q))) : niceRound(q);
    if (nice > lo && nice <= hi) breaks.add(nice);
  }
  if (breaks.size === 0) breaks.add(hi);
  const edges = [lo, ...[...breaks].sort((a, b) => a - b)];
  return edges.map((min, i) => {
    const last = i === edges.length - 1;
    const max = last ? hi : edges[i + 1]!;
    return { min, max, last, closed: last, label: rangeLabel(min, max, last, integers, lang) };
  });
}

/** `count` colours spread evenly over a light → dark ramp. */
export function spreadColors(ramp: readonly string[], count: number): string[] {
  if (ramp.length === 0) return [];
  if (count <= 1) return [ramp[Math.floor((ramp.length - 1) * 0.6)]!];
  return Array.from({ length: count }, (_, i) => ramp[Math.round((i * (ramp.length - 1)) / (count - 1))]!);
}
