/**
 * The rules of schema 2 that a field's type alone cannot say, as small pure functions: the schema
 * (`schema.ts`) reports each broken rule as a located issue, e.g. `efforts[3].measures[1].value`.
 */
import type { DatasetErrorCode, DatasetErrorParams } from './dataset-errors';
import type { LocalizedText, Qualifier, TypeBasis } from './schema';

/** A broken rule: the field it concerns (relative to the object checked), its code and parameters. */
export type Rule = { field: string; code: DatasetErrorCode; params: DatasetErrorParams };

const rule = <C extends DatasetErrorCode>(field: string, code: C, params: DatasetErrorParams<C>): Rule => ({
  field,
  code,
  params,
});

export type RawTypeBasis = { kind: TypeBasis['kind']; reason?: LocalizedText | undefined };

/** An inference must say what it rests on; the other kinds carry no reason. */
export function typeBasisRules(b: RawTypeBasis): Rule[] {
  if (b.kind === 'inferred' && !b.reason) {
    return [rule('reason', 'inferredNeedsReason', {})];
  }
  if (b.kind !== 'inferred' && b.reason) {
    return [rule('reason', 'reasonOnlyInferred', { kind: b.kind })];
  }
  return [];
}

export type RawMeasure = {
  qualifier: Qualifier;
  value?: number | undefined;
  low?: number | undefined;
  high?: number | undefined;
};

/** An approximate figure has a range and no value; an exact or at-least one a value and no range. */
export function measureShapeRules(m: RawMeasure): Rule[] {
  const rules: Rule[] = [];
  if (m.qualifier === 'approx') {
    if (m.value !== undefined) {
      rules.push(rule('value', 'approxHasValue', {}));
    }
    if (m.low === undefined) {
      rules.push(rule('low', 'approxNeedsLow', {}));
    } else if (m.high !== undefined && m.high < m.low) {
      rules.push(rule('high', 'rangeOrder', {}));
    }
    return rules;
  }
  if (m.value === undefined) rules.push(rule('value', 'valueMissing', { qualifier: m.qualifier }));
  for (const field of ['low', 'high'] as const) {
    if (m[field] !== undefined) {
      rules.push(rule(field, 'rangeOnlyApprox', { field, qualifier: m.qualifier }));
    }
  }
  return rules;
}

export type RawEffortDate = { kind: 'on' | 'range' | 'since'; start: string; end: string | null };

/** A date's end agrees with its kind: none "since", one on or after the start otherwise, the start "on". */
export function effortDateRules(d: RawEffortDate): Rule[] {
  const rules: Rule[] = [];
  if (d.kind === 'since' && d.end !== null) rules.push(rule('end', 'dateEndNotNull', {}));
  if (d.kind !== 'since' && d.end === null) rules.push(rule('end', 'dateEndMissing', { kind: d.kind }));
  if (d.kind === 'on' && d.end !== null && d.end !== d.start) rules.push(rule('end', 'dateEndNotStart', {}));
  if (d.end !== null && d.end < d.start) rules.push(rule('end', 'dateEndBeforeStart', {}));
  return rules;
}
