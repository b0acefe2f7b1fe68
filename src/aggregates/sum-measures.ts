import type { Qualifier } from '../data/schema';

/** A figure to add: a value, or (approximate figures) the low end of its range, which the total adds. */
export type Addend = { unit: string; qualifier: Qualifier } & ({ value: number } | { low: number });

export interface Total {
  value: number;
  /** "exact" only if every addend is exact; otherwise the total is a lower bound. */
  qualifier: Qualifier;
  /** Some addend is a vague amount (数千…): the total must be shown as approximate. */
  includesApprox: boolean;
  count: number;
}

/**
 * Add figures of ONE unit. Lower bounds ("200余") and vague amounts ("数千") make the total a lower
 * bound: it is never presented as exact. Throws if asked to add different units — that is a bug in
 * the caller, not a data problem.
 */
export function sumMeasures(measures: readonly Addend[]): Total | null {
  if (measures.length === 0) return null;
  const unit = measures[0]!.unit;
  let value = 0;
  let exact = true;
  let includesApprox = false;
  for (const m of measures) {
    if (m.unit !== unit) throw new Error(`sumMeasures: cannot add ${m.unit} to ${unit}`);
    value += 'value' in m ? m.value : m.low;
    if (m.qualifier !== 'exact') exact = false;
    if (m.qualifier === 'approx') includesApprox = true;
  }
  const qualifier: Qualifier = exact
    ? 'exact'
    : includesApprox && measures.length === 1
      ? 'approx'
      : 'at-least';
  return { value, qualifier, includesApprox, count: measures.length };
}
