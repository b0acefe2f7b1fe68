/**
 * The structural check of `datasetSchema` (schema.ts), hand-written for speed: zod, run without
 * code generation under the app's CSP, takes ≈ 1.4 s for 100,000 efforts; this takes a small part of
 * that. It never reports anything: it answers "valid, and here is what zod would return" or "ask zod".
 * `validateStructure` then runs zod only when this gives up, for its located messages. So it may
 * give up on a valid file (zod accepts it, slower) but must never accept what zod rejects, and what
 * it returns must equal zod's output (same keys, same order: tests/unit/data/fast-structure.test.ts
 * compares the two on mutated datasets). The patterns, vocabularies and rules are zod's own; the
 * keys and which are optional are written again below: a field added to `schema.ts` must be added
 * here too (until then every file that uses it takes the slow path: correct, but slow).
 *
 * Objects already in the schema's key order are returned as they are (no copy: a 100,000-effort
 * file is not duplicated in memory); others are copied in that order, as zod does.
 */
import type { DatasetJson } from './schema';
import { ENUMS, PATTERNS, isCalendarDate, isNonBlank } from './schema';
import { effortDateRules, measureShapeRules, typeBasisRules, type RawMeasure } from './schema-rules';

type Json = Record<string, unknown>;
/** A checked value, or GIVE_UP. */
type Check = (value: unknown) => unknown;
const GIVE_UP = undefined;

/** An object as JSON.parse makes it (zod's output objects are such objects too). */
const isPlain = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

const text: Check = (v) => (typeof v === 'string' && isNonBlank(v) ? v : GIVE_UP);
const matching =
  (pattern: RegExp): Check =>
  (v) =>
    typeof v === 'string' && pattern.test(v) ? v : GIVE_UP;
const id = matching(PATTERNS.id);
const regionCode = matching(PATTERNS.regionCode);
const isoDate: Check = (v) =>
  typeof v === 'string' && PATTERNS.isoDate.test(v) && isCalendarDate(v) ? v : GIVE_UP;
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? v : GIVE_UP;
const amount: Check = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : GIVE_UP);
const bool: Check = (v) => (typeof v === 'boolean' ? v : GIVE_UP);
const nullable =
  (check: Check): Check =>
  (v) =>
    v === null ? null : check(v);

function arrayOf(item: Check, min = 0): Check {
  return (v) => {
    if (!Array.isArray(v) || v.length < min) return GIVE_UP;
    let out: unknown[] | null = null;
    for (let i = 0; i < v.length; i += 1) {
      const x: unknown = v[i]; // a hole (not JSON) reads as undefined: every check gives up on it
      const checked = item(x);
      if (checked === GIVE_UP) return GIVE_UP;
      if (checked !== x) (out ??= v.slice(0, i)).push(checked);
      else out?.push(x);
    }
    return out ?? v;
  };
}

/**
 * A strict object: every key known, every key without `?` present, no value undefined (zod would
 * keep such a key; JSON never has one). Keys are listed in the schema's order.
 */
function object(fields: Record<string, Check>, rules?: (o: Json) => readonly unknown[]): Check {
  const keys = Object.keys(fields).map((k) => k.replace(/\?$/, ''));
  const checks = Object.values(fields);
  const position = new Map(keys.map((k, i) => [k, i]));
  const isRequired = Object.keys(fields).map((k) => !k.endsWith('?'));
  const required = isRequired.filter(Boolean).length;
  return (v) => {
    if (!isPlain(v)) return GIVE_UP;
    let last = -1;
    let inOrder = true;
    let requiredSeen = 0;
    for (const key in v) {
      if (!Object.hasOwn(v, key)) return GIVE_UP;
      const at = position.get(key);
      if (at === undefined) return GIVE_UP;
      if (at < last) inOrder = false;
      last = at;
      if (isRequired[at]) requiredSeen += 1;
    }
    if (requiredSeen !== required) return GIVE_UP;
    let changed = !inOrder;
    const values: unknown[] = [];
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i]!;
      if (!Object.hasOwn(v, key)) {
        values.push(GIVE_UP);
        continue;
      }
      const x = v[key];
      // Every check gives up on undefined (zod would keep an optional key that holds it).
      const checked = checks[i]!(x);
      if (checked === GIVE_UP) return GIVE_UP;
      if (checked !== x) changed = true;
      values.push(checked);
    }
    let out: Json = v;
    if (changed) {
      out = {};
      keys.forEach((key, i) => {
        if (values[i] !== GIVE_UP) out[key] = values[i];
      });
    }
    return rules && rules(out).length > 0 ? GIVE_UP : out;
  };
}

const localized = object({ zh: text, en: text });

const vocabularyEntry = object({ id, zh: text, en: text, 'description?': localized });

const region = object({
  code: regionCode,
  zh: text,
  en: text,
  level: oneOf(ENUMS.regionLevel),
  parent: nullable(regionCode),
});

const typeBasis = object({ kind: oneOf(ENUMS.typeBasisKind), 'reason?': localized }, (b) =>
  typeBasisRules(b as Parameters<typeof typeBasisRules>[0]),
);

const organisation = object({
  id,
  name: localized,
  type: id,
  typeBasis,
  regionCode,
  'collective?': bool,
  'note?': localized,
});

/**
 * zod's transform rebuilds a measure as `{ low, high?, … }` or `{ value, … }`: the schema's order
 * with the absent keys left out, which is what `object` returns.
 */
const measure = object(
  {
    'value?': amount,
    'low?': amount,
    'high?': amount,
    unit: id,
    qualifier: oneOf(ENUMS.qualifier),
    figure: text,
    label: localized,
    quote: text,
  },
  (m) => measureShapeRules(m as RawMeasure),
);

const effortDate = object(
  { kind: oneOf(ENUMS.dateKind), start: isoDate, end: nullable(isoDate), quote: text },
  (d) => effortDateRules(d as Parameters<typeof effortDateRules>[0]),
);

const effort = object({
  id,
  regionCode,
  'placeCodes?': arrayOf(regionCode),
  organisationIds: arrayOf(id, 1),
  'addresseeIds?': arrayOf(id, 1),
  activities: arrayOf(id, 1),
  date: nullable(effortDate),
  summary: localized,
  quote: text,
  measures: arrayOf(measure),
});

const source = object({
  title: text,
  titleEn: text,
  publisher: localized,
  reprintedFrom: nullable(localized),
  url: matching(PATTERNS.httpUrl),
  publishedAt: matching(PATTERNS.isoDateTime),
  textFile: text,
  'text?': text,
  language: oneOf(ENUMS.language),
});

const dataset = object({
  schemaVersion: (v) => (v === 2 ? v : GIVE_UP),
  id,
  'datasetVersion?': matching(PATTERNS.datasetVersion),
  title: localized,
  source,
  units: arrayOf(vocabularyEntry, 1),
  organisationTypes: arrayOf(vocabularyEntry, 1),
  activities: arrayOf(vocabularyEntry, 1),
  regions: arrayOf(region),
  organisations: arrayOf(organisation),
  efforts: arrayOf(effort),
});

/** What `datasetSchema` would return for `json` (a schema-2 value), or null: then ask zod. */
export function fastStructure(json: unknown): DatasetJson | null {
  const out = dataset(json);
  return out === GIVE_UP ? null : (out as DatasetJson);
}
