import type { Qualifier } from '../data/schema';

/** A figure to add, as the dataset records it: a value, or (approximate figures) a range. */
export type Addend = { unit: string; figure?: string } & (
  { qualifier: 'exact' | 'at-least'; value: number } | { qualifier: 'approx'; low: number; high?: number }
);

/**
 * A total of figures in ONE unit, as a range: it is never a single number unless every figure was.
 * - every figure exact → `exact`, `low === high`;
 * - some figure a lower bound (余/多/超) → `at-least`, `high` null (no upper bound);
 * - otherwise, some figure approximate (数千) → `approx`: from the sum of the lows to the sum of the
 *   highs (`high` null when some range has no upper end).
 */
export interface Total {
  /** The least the total can be: the sum of the values and of the ranges' lows. */
  low: number;
  /** The most it can be; null when unbounded. */
  high: number | null;
  qualifier: Qualifier;
  /** Some figure is a vague amount (数千…): a reader must be told. */
  includesApprox: boolean;
  /** The source's words when the total is one approximate figure ("数千人次"), else null. */
  figure: string | null;
  count: number;
}

/**
 * Running sums of the parts of a total, so that the object path here and the columnar path
 * (`aggregate-regions.ts`) finish a total by the same rule. `high` is +Infinity once unbounded.
 */
export interface TotalParts {
  low: number;
  high: number;
  atLeast: boolean;
  approx: boolean;
  count: number;
  /** The figure of the last approximate addend (used only when `count` is 1). */
  figure: string | null;
}

export function emptyParts(): TotalParts {
  return { low: 0, high: 0, atLeast: false, approx: false, count: 0, figure: null };
}

/** The parts' total, or null when nothing was added ("not reported" is not zero). */
export function totalOf(p: TotalParts): Total | null {
  if (p.count === 0) return null;
  const qualifier: Qualifier = p.atLeast ? 'at-least' : p.approx ? 'approx' : 'exact';
  return {
    low: p.low,
    high: qualifier === 'at-least' || !Number.isFinite(p.high) ? null : p.high,
    qualifier,
    includesApprox: p.approx,
    figure: p.count === 1 && p.approx ? p.figure : null,
    count: p.count,
  };
}

/**
 * Add figures of ONE unit into a range (see `Total`). Throws if asked to add different units —
 * that is a bug in the caller, not a data problem.
 */
export function sumMeasures(measures: readonly Addend[]): Total | null {
  const parts = emptyParts();
  const unit = measures[0]?.unit;
  for (const m of measures) {
    if (m.unit !== unit) throw new Error(`sumMeasures: cannot add ${m.unit} to ${unit}`);
    parts.count += 1;
    if (m.qualifier === 'approx') {
      parts.low += m.low;
      parts.high += m.high ?? Infinity;
      parts.approx = true;
      parts.figure = m.figure ?? null;
    } else {
      parts.low += m.value;
      parts.high += m.qualifier === 'exact' ? m.value : Infinity;
      if (m.qualifier === 'at-least') parts.atLeast = true;
    }
  }
  return totalOf(parts);
}
