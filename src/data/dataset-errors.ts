/**
 * The problems the dataset validator reports, as codes with parameters — never as sentences. The
 * interface renders them in Chinese or English from `src/i18n/messages-validation.ts`, so no text
 * is ever parsed back and rewording a message cannot change what a code means.
 *
 * To add a code: add one line to `DATASET_ERRORS` below with the type of its parameters, then
 * its zh and en templates in `src/i18n/messages-validation.ts` (the compiler refuses to build
 * until both languages have it), and a row in the malformed-dataset table of
 * `tests/unit/data/dataset-errors.test.ts` (a test fails until some dataset produces it).
 */

/** What a field held instead of what was expected (rendered as words in each language). */
export type ReceivedKind =
  'missing' | 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean' | 'other';

type Params = Record<string, string | number>;

/** Declares a code's parameters; the value is an empty object, only its type matters. */
const takes = <P extends Params>(): P => ({}) as P;
const none = takes<Record<never, never>>();
/** `value` is the received value as JSON ("\"200\"", "5", "true"), or '' for missing/null/list/object. */
type Received = { received: ReceivedKind; value: string };

export const DATASET_ERRORS = {
  // The file itself
  /** `JSON.parse` failed; `message` is the JavaScript engine's own explanation (not ours to translate). */
  jsonSyntax: takes<{ message: string }>(),

  // Structure (zod's own issue codes, mapped in `fromZodIssue`)
  /** `expected` is a zod type name: string, number, boolean, object, array, … */
  wrongType: takes<{ expected: string } & Received>(),
  /** `allowed` is the list of allowed values as JSON, e.g. `"exact", "at-least", "approx"`. */
  notOneOf: takes<{ allowed: string } & Received>(),
  tooFew: takes<{ minimum: number }>(),
  unknownKey: takes<{ key: string }>(),
  /** Any other zod issue (none of the current schema's checks produce one). */
  invalidValue: none,

  // Field formats (custom checks in `schema.ts`, which carry the code as their message)
  nonEmpty: none,
  regionCode: none,
  isoDate: none,
  calendarDate: none,
  idFormat: none,
  nonNegative: none,
  httpUrl: none,
  isoDateTime: none,
  /** A "since" date has no end. */
  dateEndNotNull: none,
  /** "on" and "range" dates need an end; `kind` is the date's kind. */
  dateEndMissing: takes<{ kind: string }>(),
  /** An "on" date ends the day it starts. */
  dateEndNotStart: none,
  dateEndBeforeStart: none,
  /** `datasetVersion` is not a version such as "2.0.0". */
  datasetVersion: none,

  // Figures and organisation types (rules in `schema-rules.ts`)
  /** An approximate figure (数千) has a range (`low`, `high`), never a single value. */
  approxHasValue: none,
  approxNeedsLow: none,
  /** `high` is below `low`. */
  rangeOrder: none,
  /** An exact or at-least figure has a value; `qualifier` is its qualifier. */
  valueMissing: takes<{ qualifier: string }>(),
  /** Only an approximate figure has `field` (low or high). */
  rangeOnlyApprox: takes<{ field: string; qualifier: string }>(),
  inferredNeedsReason: none,
  /** Only an inferred organisation type has a reason; `kind` is the basis given. */
  reasonOnlyInferred: takes<{ kind: string }>(),

  // Cross-references (`checkReferences`)
  duplicateId: takes<{ id: string }>(),
  unknownRegion: takes<{ code: string }>(),
  /** A province has no parent; every other region has one. */
  regionParent: none,
  /** A dataset region's `field` (level or parent) is not what the app's region registry (data/geo) says. */
  regionDisagrees: takes<{ code: string; field: string; expected: string; received: string }>(),
  unknownOrganisationType: takes<{ id: string }>(),
  unknownOrganisation: takes<{ id: string }>(),
  unknownActivity: takes<{ id: string }>(),
  unknownUnit: takes<{ id: string }>(),
  figureNotInQuote: none,
  /**
   * A quote is not verbatim in the dataset's report text (`source.text`), under the whitespace rule
   * of `source-text.ts`; `quote` is the quote (clipped), `matched` how many of its first characters
   * do occur in the text.
   */
  quoteNotInSource: takes<{ quote: string; matched: number }>(),
  /** An addressee of an effort is also one of its actors. */
  addresseeIsActor: takes<{ id: string }>(),
  /** An id is listed twice among an effort's addressees. */
  addresseeTwice: takes<{ id: string }>(),
};

export type DatasetErrorCode = keyof typeof DATASET_ERRORS;
export type DatasetErrorParams<C extends DatasetErrorCode = DatasetErrorCode> = (typeof DATASET_ERRORS)[C];

/** One problem found in a dataset, located by a JSON path such as `efforts[3].measures[1].qualifier`. */
export type DatasetError = {
  [C in DatasetErrorCode]: { path: string; code: C; params: DatasetErrorParams<C> };
}[DatasetErrorCode];

/** Every code, in declaration order (for tests and for checking a code carried by a zod issue). */
export const DATASET_ERROR_CODES = Object.keys(DATASET_ERRORS) as DatasetErrorCode[];

export function isDatasetErrorCode(value: unknown): value is DatasetErrorCode {
  return typeof value === 'string' && Object.hasOwn(DATASET_ERRORS, value);
}

/** Build an error; the compiler checks that `params` are the ones `code` takes. */
export function datasetError<C extends DatasetErrorCode>(
  path: string,
  code: C,
  params: DatasetErrorParams<C>,
): DatasetError {
  // TypeScript cannot narrow a generic `C` to one member of the union; the signature is the check.
  return { path, code, params } as DatasetError;
}

/** Codes whose check lives in the zod schema and takes no parameters (the code is the message). */
export type SchemaCheckCode = {
  [C in DatasetErrorCode]: keyof DatasetErrorParams<C> extends never ? C : never;
}[DatasetErrorCode];

/** Thrown from query functions so TanStack Query carries the located errors to the UI. */
export class DatasetValidationError extends Error {
  readonly errors: DatasetError[];
  constructor(errors: DatasetError[]) {
    super(`The dataset is not valid (${errors.length} problem${errors.length === 1 ? '' : 's'})`);
    this.name = 'DatasetValidationError';
    this.errors = errors;
  }
}
