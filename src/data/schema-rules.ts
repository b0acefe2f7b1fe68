/**
 * The rules of schema 2 that a field's type alone cannot say, as small pure functions: the schema
 * (`schema.ts`) reports each broken rule as a located issue, e.g. `efforts[3].measures[1].value`.
 */
import type { LocalizedText, Qualifier, TypeBasis } from './schema';

/** A broken rule: the field it concerns (relative to the object checked) and what was expected. */
export type Rule = { field: string; message: string };

export type RawTypeBasis = { kind: TypeBasis['kind']; reason?: LocalizedText | undefined };

/** An inference must say what it rests on; the other kinds carry no reason. */
export function typeBasisRules(b: RawTypeBasis): Rule[] {
  if (b.kind === 'inferred' && !b.reason) {
    return [
      { field: 'reason', message: 'an inferred type needs a reason {zh, en}: what it is inferred from' },
    ];
  }
  if (b.kind !== 'inferred' && b.reason) {
    return [{ field: 'reason', message: `only an inferred type has a reason, not a "${b.kind}" one` }];
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
      rules.push({
        field: 'value',
        message:
          'an approximate figure (数千, 数家) has no single value: give "low" (and "high" where the words imply one)',
      });
    }
    if (m.low === undefined) {
      rules.push({
        field: 'low',
        message: 'expected "low", the smallest amount the words of an approximate figure allow',
      });
    } else if (m.high !== undefined && m.high < m.low) {
      rules.push({ field: 'high', message: 'expected "high" to be at least "low"' });
    }
    return rules;
  }
  if (m.value === undefined)
    rules.push({ field: 'value', message: `expected a number: a "${m.qualifier}" figure has a value` });
  for (const field of ['low', 'high'] as const) {
    if (m[field] !== undefined) {
      rules.push({
        field,
        message: `only an approximate figure has "${field}"; a "${m.qualifier}" figure has "value"`,
      });
    }
  }
  return rules;
}
