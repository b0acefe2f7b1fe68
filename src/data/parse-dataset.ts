import type { $ZodIssue } from 'zod/v4/core';
import {
  datasetError,
  isDatasetErrorCode,
  type DatasetError,
  type DatasetErrorParams,
  type ReceivedKind,
} from './dataset-errors';
import { fastStructure } from './fast-structure';
import { registryConflicts, withRegistryRegions, type RegionRegistry } from './region-registry';
import { datasetSchema, type DatasetJson } from './schema';
import { checkQuotes } from './source-text';
import { upgradeSchema1 } from './upgrade';

export type { DatasetError, DatasetErrorCode } from './dataset-errors';
// The error class lives apart from zod so the first screen can name it without loading the validator.
export { DatasetValidationError } from './dataset-errors';

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

/** What a field held, as a kind and (for scalars) the value as JSON, clipped to 40 characters. */
function received(input: unknown): { received: ReceivedKind; value: string } {
  if (input === undefined) return { received: 'missing', value: '' };
  if (input === null) return { received: 'null', value: '' };
  if (Array.isArray(input)) return { received: 'array', value: '' };
  switch (typeof input) {
    case 'string': {
      const chars = [...input];
      const shown = chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : input;
      return { received: 'string', value: JSON.stringify(shown) };
    }
    case 'number':
      return { received: 'number', value: String(input) };
    case 'boolean':
      return { received: 'boolean', value: String(input) };
    case 'object':
      return { received: 'object', value: '' };
    default:
      return { received: 'other', value: '' };
  }
}

/** A literal from zod's list of allowed values (strings quoted, as in JSON; never throws on bigint). */
const literal = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : String(v));

/**
 * The one place where zod's issues become our codes. The schema's own checks carry their code as
 * the issue's message (and their parameters as `params`); zod's built-in issues are mapped by kind.
 */
export function fromZodIssue(issue: $ZodIssue): DatasetError[] {
  const path = formatPath(issue.path);
  if (isDatasetErrorCode(issue.message)) {
    const params = issue.code === 'custom' ? (issue.params ?? {}) : {};
    // The schema's `code()` and `fail()` helpers type-check a code against its parameters.
    return [{ path, code: issue.message, params } as DatasetError];
  }
  switch (issue.code) {
    case 'invalid_type':
      return [datasetError(path, 'wrongType', { expected: issue.expected, ...received(issue.input) })];
    case 'invalid_value': {
      const params: DatasetErrorParams<'notOneOf'> = {
        allowed: issue.values.map(literal).join(', '),
        ...received(issue.input),
      };
      return [datasetError(path, 'notOneOf', params)];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => datasetError(path, 'unknownKey', { key }));
    case 'too_small':
      if (issue.origin === 'array') return [datasetError(path, 'tooFew', { minimum: Number(issue.minimum) })];
      return [datasetError(path, 'invalidValue', {})];
    default:
      return [datasetError(path, 'invalidValue', {})];
  }
}

/** Structural validation only (schema 1 is upgraded first); see `checkReferences` for cross-references. */
export function validateStructure(json: unknown): Result<DatasetJson, DatasetError[]> {
  const upgraded = upgradeSchema1(json);
  // The fast path accepts only what zod accepts, and returns what zod would; zod runs when it gives up.
  const fast = fastStructure(upgraded);
  if (fast) return { ok: true, value: fast };
  const parsed = datasetSchema.safeParse(upgraded, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = parsed.error.issues
    .slice(0, MAX_REPORTED_ERRORS)
    .flatMap(fromZodIssue)
    .slice(0, MAX_REPORTED_ERRORS);
  return { ok: false, errors };
}

function duplicates<T>(items: readonly T[], key: (item: T) => string, where: string): DatasetError[] {
  const seen = new Set<string>();
  const errors: DatasetError[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) errors.push(datasetError(`${where}[${i}]`, 'duplicateId', { id: k }));
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
    if (!regions.has(code)) errors.push(datasetError(path, 'unknownRegion', { code }));
  };

  ds.regions.forEach((r, i) => {
    if (r.parent !== null) unknownRegion(`regions[${i}].parent`, r.parent);
    if ((r.level === 'province') !== (r.parent === null)) {
      errors.push(datasetError(`regions[${i}].parent`, 'regionParent', {}));
    }
  });
  ds.organisations.forEach((o, i) => {
    if (!types.has(o.type)) {
      errors.push(datasetError(`organisations[${i}].type`, 'unknownOrganisationType', { id: o.type }));
    }
    unknownRegion(`organisations[${i}].regionCode`, o.regionCode);
  });
  ds.efforts.forEach((e, i) => {
    const at = `efforts[${i}]`;
    unknownRegion(`${at}.regionCode`, e.regionCode);
    e.placeCodes?.forEach((c, j) => unknownRegion(`${at}.placeCodes[${j}]`, c));
    e.organisationIds.forEach((id, j) => {
      if (!orgs.has(id))
        errors.push(datasetError(`${at}.organisationIds[${j}]`, 'unknownOrganisation', { id }));
    });
    e.activities.forEach((id, j) => {
      if (!activities.has(id)) errors.push(datasetError(`${at}.activities[${j}]`, 'unknownActivity', { id }));
    });
    errors.push(...checkAddressees(e, at, orgs));
    e.measures.forEach((m, j) => {
      if (!units.has(m.unit))
        errors.push(datasetError(`${at}.measures[${j}].unit`, 'unknownUnit', { id: m.unit }));
      if (!m.quote.includes(m.figure)) {
        errors.push(datasetError(`${at}.measures[${j}].figure`, 'figureNotInQuote', {}));
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
    if (!organisationIds.has(id)) errors.push(datasetError(path, 'unknownOrganisation', { id }));
    else if (e.organisationIds.includes(id)) errors.push(datasetError(path, 'addresseeIsActor', { id }));
    else if (seen.has(id)) errors.push(datasetError(path, 'addresseeTwice', { id }));
    seen.add(id);
  });
  return errors;
}

/**
 * The boundary of the app: unknown JSON in, a validated dataset or a list of located errors out.
 * Never throws. With the region `registry` (every region of data/geo), a dataset may name any region
 * of it without listing it: its own regions must agree with the registry, and the result lists the
 * registry regions it needs (see `withRegistryRegions`). Without it, only the dataset's own list counts.
 */
export function parseDatasetJson(
  json: unknown,
  registry?: RegionRegistry,
): Result<DatasetJson, DatasetError[]> {
  const structural = validateStructure(json);
  if (!structural.ok) return structural;
  const { text } = structural.value.source;
  // A dataset that brings its report's text is held to it: every quote must be verbatim there.
  const quoteErrors = text === undefined ? [] : checkQuotes(structural.value, text);
  if (registry === undefined) {
    const errors = [...checkReferences(structural.value), ...quoteErrors].slice(0, MAX_REPORTED_ERRORS);
    return errors.length > 0 ? { ok: false, errors } : structural;
  }
  const conflicts = registryConflicts(structural.value.regions, registry);
  const value = withRegistryRegions(structural.value, registry);
  const errors = [...conflicts, ...checkReferences(value), ...quoteErrors].slice(0, MAX_REPORTED_ERRORS);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** Parse text (a file's contents) as JSON, then validate (with the region registry when given). */
export function parseDatasetText(
  text: string,
  registry?: RegionRegistry,
): Result<DatasetJson, DatasetError[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    return { ok: false, errors: [datasetError('(file)', 'jsonSyntax', { message })] };
  }
  return parseDatasetJson(json, registry);
}
