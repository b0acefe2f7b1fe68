import * as z from 'zod/mini';
import type { SchemaCheckCode } from './dataset-errors';
import { effortDateRules, measureShapeRules, typeBasisRules, type Rule } from './schema-rules';

// The production build runs under a strict CSP (no 'unsafe-eval'): zod must not compile
// validators with `new Function`. This must run before any schema below is built.
// zod/mini (same core, functional API) keeps the first-load bundle small.
z.config({ jitless: true });

/**
 * The patterns of the schema's strings, shared with the fast path (`fast-structure.ts`) so the two
 * cannot drift apart.
 */
export const PATTERNS = {
  /** A GB/T 2260 administrative division code, kept as a string ("510100"). */
  regionCode: /^\d{6}$/,
  isoDate: /^\d{4}-\d{2}-\d{2}$/,
  id: /^[a-z0-9][a-z0-9-]*$/,
  httpUrl: /^https?:\/\/[^\s"'<>]+$/,
  isoDateTime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/,
  datasetVersion: /^\d+\.\d+\.\d+$/,
} as const;

/** The schema's closed vocabularies (shared with the fast path, as the patterns). */
export const ENUMS = {
  qualifier: ['exact', 'at-least', 'approx'],
  regionLevel: ['province', 'prefecture', 'county'],
  typeBasisKind: ['stated', 'inferred', 'unrecorded'],
  dateKind: ['on', 'range', 'since'],
  language: ['zh', 'en'],
} as const;

/** Text that is not only white space (the `nonEmpty` check). */
export const isNonBlank = (s: string): boolean => s.trim().length > 0;

/**
 * A check's error code travels as the zod issue's message (never an English sentence) and becomes a
 * `DatasetError` in `parse-dataset.ts`; the interface words it from `src/i18n/messages-validation.ts`.
 */
const code = (c: SchemaCheckCode): string => c;

const nonEmpty = z.string().check(z.refine(isNonBlank, code('nonEmpty')));

/** A text in both interface languages. */
export const localizedTextSchema = z.strictObject({ zh: nonEmpty, en: nonEmpty });

/** A GB/T 2260 administrative division code, kept as a string ("510100"). */
export const regionCodeSchema = z.string().check(z.regex(PATTERNS.regionCode, code('regionCode')));

/** 2022-09-31 is well-formed but not a day (Date.parse would roll it over to 1 October). */
export function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const isoDateSchema = z
  .string()
  .check(z.regex(PATTERNS.isoDate, code('isoDate')), z.refine(isCalendarDate, code('calendarDate')));

const idSchema = z.string().check(z.regex(PATTERNS.id, code('idFormat')));

export const qualifierSchema = z.enum(ENUMS.qualifier);

export const vocabularyEntrySchema = z.strictObject({
  id: idSchema,
  zh: nonEmpty,
  en: nonEmpty,
  description: z.optional(localizedTextSchema),
});

export const regionSchema = z.strictObject({
  code: regionCodeSchema,
  zh: nonEmpty,
  en: nonEmpty,
  level: z.enum(ENUMS.regionLevel),
  parent: z.nullable(regionCodeSchema),
});

/** How an organisation's type is known: see "Reading rules" in data/README.md. */
export type TypeBasis =
  /** The text's own words for the body name its kind (民革四川省委, 区民宗局, 民营企业, 宗教活动场所…). */
  | { kind: 'stated' }
  /** The type rests on something else (context, a name, the body that formed it); `reason` says what. */
  | { kind: 'inferred'; reason: LocalizedText }
  /** Not recorded: schema-1 files and CSV files without the column (never in the bundled dataset). */
  | { kind: 'unrecorded' };

/** Report each rule as a zod issue at `field` (so paths read `organisations[3].typeBasis.reason`). */
function rulesCheck<T>(rules: (value: T) => Rule[]) {
  return z.superRefine<T>((value, ctx) => {
    for (const r of rules(value))
      ctx.issues.push({ code: 'custom', path: [r.field], message: r.code, params: r.params, input: value });
  });
}

export const typeBasisSchema = z.pipe(
  z
    .strictObject({
      kind: z.enum(ENUMS.typeBasisKind),
      reason: z.optional(localizedTextSchema),
    })
    .check(rulesCheck(typeBasisRules)),
  // The rules above guarantee an inferred basis has its reason.
  z.transform((b): TypeBasis =>
    b.kind === 'inferred' ? { kind: 'inferred', reason: b.reason! } : { kind: b.kind },
  ),
);

export const organisationSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  type: idSchema,
  /** Whether the text states the type or it is inferred (and from what). */
  typeBasis: typeBasisSchema,
  regionCode: regionCodeSchema,
  /** A group the text counts or names only collectively ("6个民主党派"), not one named body. */
  collective: z.optional(z.boolean()),
  note: z.optional(localizedTextSchema),
});

interface MeasureText {
  unit: string;
  /** The figure exactly as written in the source, e.g. "350余万元" (a substring of `quote`). */
  figure: string;
  /** What is counted, e.g. 志愿服务 / volunteer service. */
  label: LocalizedText;
  /** A verbatim substring of the source text that contains `figure`. */
  quote: string;
}

/** An exact or at-least figure: the number as stated (16.8万元 → 168000; 350余万元 → 3500000). */
export interface ValueMeasure extends MeasureText {
  qualifier: 'exact' | 'at-least';
  value: number;
}

/**
 * A vague amount (数千, 数家): no single number, only the range its words allow, bounds inclusive:
 * 数千 → low 2000, high 9999; 数家 → low 2, high 9. `high` is absent when the words set no upper bound.
 */
export interface RangeMeasure extends MeasureText {
  qualifier: 'approx';
  low: number;
  high?: number;
}

export type Measure = ValueMeasure | RangeMeasure;

const amount = z.number().check(z.gte(0, code('nonNegative')));

export const measureSchema = z.pipe(
  z
    .strictObject({
      value: z.optional(amount),
      low: z.optional(amount),
      high: z.optional(amount),
      unit: idSchema,
      qualifier: qualifierSchema,
      figure: nonEmpty,
      label: localizedTextSchema,
      quote: nonEmpty,
    })
    .check(rulesCheck(measureShapeRules)),
  // Rebuilt in file order; the rules above guarantee the bounds each branch reads.
  z.transform(({ value, low, high, unit, qualifier, figure, label, quote }): Measure =>
    qualifier === 'approx'
      ? { low: low!, ...(high === undefined ? {} : { high }), unit, qualifier, figure, label, quote }
      : { value: value!, unit, qualifier, figure, label, quote },
  ),
);

export const effortDateSchema = z
  .strictObject({
    kind: z.enum(ENUMS.dateKind),
    start: isoDateSchema,
    end: z.nullable(isoDateSchema),
    /** The words of the source that give the date, e.g. "9月3日至4日". */
    quote: nonEmpty,
  })
  .check(rulesCheck(effortDateRules));

export const effortSchema = z.strictObject({
  id: idSchema,
  /** The most specific region the text names for this effort (a county when it names one). */
  regionCode: regionCodeSchema,
  /** Further named places inside the region (e.g. several counties), for map markers. */
  placeCodes: z.optional(z.array(regionCodeSchema)),
  /** The actors (≥ 1): the bodies that did what the effort reports. */
  organisationIds: z.array(idSchema).check(z.minLength(1)),
  /** Bodies an appeal or mobilisation was addressed to: never counted as actors. Omitted when none. */
  addresseeIds: z.optional(z.array(idSchema).check(z.minLength(1))),
  activities: z.array(idSchema).check(z.minLength(1)),
  date: z.nullable(effortDateSchema),
  summary: localizedTextSchema,
  /** The verbatim source passage the effort is drawn from. */
  quote: nonEmpty,
  measures: z.array(measureSchema),
});

export const sourceSchema = z.strictObject({
  title: nonEmpty,
  titleEn: nonEmpty,
  publisher: localizedTextSchema,
  reprintedFrom: z.nullable(localizedTextSchema),
  url: z.string().check(z.regex(PATTERNS.httpUrl, code('httpUrl'))),
  /** ISO 8601 with offset, e.g. 2022-09-09T11:30:43+08:00 */
  publishedAt: z.string().check(z.regex(PATTERNS.isoDateTime, code('isoDateTime'))),
  /**
   * Where the full text is: for the bundled dataset its path relative to data/; for an import, the
   * name of the file the text came from (or any name). Only `text` is ever read as the report.
   */
  textFile: nonEmpty,
  /**
   * The full text of the report, embedded (optional). When present, every quote of the dataset must
   * be verbatim in it (`checkQuotes` in source-text.ts) and the source reader shows it.
   */
  text: z.optional(nonEmpty),
  language: z.enum(ENUMS.language),
});

// A field added or changed here must be added or changed in fast-structure.ts too (see its header).
export const datasetSchema = z.strictObject({
  /** 2; files in schema 1 are upgraded on reading (src/data/upgrade.ts). */
  schemaVersion: z.literal(2),
  id: idSchema,
  /** The version of the data (data/CHANGELOG.md), cited in every export; e.g. "2.0.0". */
  datasetVersion: z.optional(z.string().check(z.regex(PATTERNS.datasetVersion, code('datasetVersion')))),
  title: localizedTextSchema,
  source: sourceSchema,
  units: z.array(vocabularyEntrySchema).check(z.minLength(1)),
  organisationTypes: z.array(vocabularyEntrySchema).check(z.minLength(1)),
  activities: z.array(vocabularyEntrySchema).check(z.minLength(1)),
  /** May be empty: any region of the app's registry (data/geo) can be named without being listed. */
  regions: z.array(regionSchema),
  organisations: z.array(organisationSchema),
  efforts: z.array(effortSchema),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;
export type Region = z.infer<typeof regionSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type EffortDate = z.infer<typeof effortDateSchema>;
export type Effort = z.infer<typeof effortSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type DatasetJson = z.infer<typeof datasetSchema>;
