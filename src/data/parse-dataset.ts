import type { $ZodIssue } from 'zod/v4/core';
import { datasetSchema, type DatasetJson } from './schema';
import { upgradeSchema1 } from './upgrade';

/** One problem found in a dataset, located by a JSON path such as `efforts[3].measures[1].qualifier`. */
export interface DatasetError {
  path: string;
  message: string;
}

export type Result<T, E> = { ok: true; value: T } | { ok: false; errors: E };

/** At most this many errors are reported: a hostile file must not flood the UI. */
export const MAX_REPORTED_ERRORS = 50;

/** `["efforts", 3, "measures", 1, "qualifier"]` → `efforts[3].measures[1].qualifier` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

function describeReceived(input: unknown): string {
  if (input === undefined) return 'nothing (the field is missing)';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') {
    const shown = input.length > 40 ? `${input.slice(0, 40)}…` : input;
    return `the text ${JSON.stringify(shown)}`;
  }
  return `${typeof input === 'object' ? 'an object' : `the ${typeof input} ${String(input)}`}`;
}

function describeIssue(issue: $ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, got ${describeReceived(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeReceived(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
        : issue.message;
    default:
      return issue.message;
  }
}

/** Structural validation only (schema 1 is upgraded first); see `checkReferences` for cross-references. */
export function validateStructure(json: unknown): Result<DatasetJson, DatasetError[]> {
  const parsed = datasetSchema.safeParse(upgradeSchema1(json), { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = parsed.error.issues
    .slice(0, MAX_REPORTED_ERRORS)
    .map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
  return { ok: false, errors };
}

function duplicates<T>(items: readonly T[], key: (item: T) => string, where: string): DatasetError[] {
  const seen = new Set<string>();
  const errors: DatasetError[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) errors.push({ path: `${where}[${i}]`, message: `duplicate id "${k}"` });
    seen.add(k);
  });
  return errors;
}

/** Cross-reference checks: every code and id a record uses must be defined in the dataset. */
export function checkReferences(ds: DatasetJson): DatasetError[] {
  const errors: DatasetError[] = [
    ...duplicates(ds.units, (u) => u.id, 'units'),
    ...duplicates(ds.organisationTypes, (t) => t.id, 'organisationTypes'),
    ...duplicates(ds.activities, (a) => a.id, 'activities'),
    ...duplicates(ds.regions, (r) => r.code, 'regions'),
    ...duplicates(ds.organisations, (o) => o.id, 'organisations'),
    ...duplicates(ds.efforts, (e) => e.id, 'efforts'),
  ];
  const regions = new Set(ds.regions.map((r) => r.code));
  const units = new Set(ds.units.map((u) => u.id));
  const types = new Set(ds.organisationTypes.map((t) => t.id));
  const activities = new Set(ds.activities.map((a) => a.id));
  const orgs = new Set(ds.organisations.map((o) => o.id));
  const unknownRegion = (path: string, code: string): void => {
    if (!regions.has(code)) errors.push({ path, message: `unknown region code "${code}"` });
  };

  ds.regions.forEach((r, i) => {
    if (r.parent !== null) unknownRegion(`regions[${i}].parent`, r.parent);
    if ((r.level === 'province') !== (r.parent === null)) {
      errors.push({
        path: `regions[${i}].parent`,
        message: 'a province has no parent; every other region has one',
      });
    }
  });
  ds.organisations.forEach((o, i) => {
    if (!types.has(o.type)) {
      errors.push({ path: `organisations[${i}].type`, message: `unknown organisation type "${o.type}"` });
    }
    unknownRegion(`organisations[${i}].regionCode`, o.regionCode);
  });
  ds.efforts.forEach((e, i) => {
    const at = `efforts[${i}]`;
    unknownRegion(`${at}.regionCode`, e.regionCode);
    e.placeCodes?.forEach((c, j) => unknownRegion(`${at}.placeCodes[${j}]`, c));
    e.organisationIds.forEach((id, j) => {
      if (!orgs.has(id))
        errors.push({ path: `${at}.organisationIds[${j}]`, message: `unknown organisation id "${id}"` });
    });
    e.activities.forEach((id, j) => {
      if (!activities.has(id))
        errors.push({ path: `${at}.activities[${j}]`, message: `unknown activity "${id}"` });
    });
    errors.push(...checkAddressees(e, at, orgs));
    e.measures.forEach((m, j) => {
      if (!units.has(m.unit))
        errors.push({ path: `${at}.measures[${j}].unit`, message: `unknown unit "${m.unit}"` });
      if (!m.quote.includes(m.figure)) {
        errors.push({
          path: `${at}.measures[${j}].figure`,
          message: 'the figure does not occur in its quote',
        });
      }
    });
  });
  return errors.slice(0, MAX_REPORTED_ERRORS);
}

/**
 * An effort's addressees (the bodies an appeal was addressed to) must be known organisations, listed
 * once, and never also its actors: an actor is counted as involved, an addressee is not.
 */
export function checkAddressees(
  e: DatasetJson['efforts'][number],
  at: string,
  organisationIds: ReadonlySet<string>,
): DatasetError[] {
  const errors: DatasetError[] = [];
  const seen = new Set<string>();
  e.addresseeIds?.forEach((id, j) => {
    const path = `${at}.addresseeIds[${j}]`;
    if (!organisationIds.has(id)) errors.push({ path, message: `unknown organisation id "${id}"` });
    else if (e.organisationIds.includes(id)) {
      errors.push({ path, message: `"${id}" is an actor of this effort; an addressee is not also an actor` });
    } else if (seen.has(id)) errors.push({ path, message: `"${id}" is listed twice` });
    seen.add(id);
  });
  return errors;
}

/**
 * The boundary of the app: unknown JSON in, a validated dataset or a list of located errors out.
 * Never throws.
 */
export function parseDatasetJson(json: unknown): Result<DatasetJson, DatasetError[]> {
  const structural = validateStructure(json);
  if (!structural.ok) return structural;
  const refErrors = checkReferences(structural.value);
  return refErrors.length > 0 ? { ok: false, errors: refErrors } : structural;
}

/** Parse text (a file's contents) as JSON, then validate. */
export function parseDatasetText(text: string): Result<DatasetJson, DatasetError[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '(file)', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return parseDatasetJson(json);
}

/** Thrown from query functions so TanStack Query carries the located errors to the UI. */
export class DatasetValidationError extends Error {
  readonly errors: DatasetError[];
  constructor(errors: DatasetError[]) {
    super(`The dataset is not valid (${errors.length} problem${errors.length === 1 ? '' : 's'})`);
    this.name = 'DatasetValidationError';
    this.errors = errors;
  }
}
