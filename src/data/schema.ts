import * as z from 'zod/mini';
import type { DatasetErrorCode, DatasetErrorParams, SchemaCheckCode } from './dataset-errors';

// The production build runs under a strict CSP (no 'unsafe-eval'): zod must not compile
// validators with `new Function`. This must run before any schema below is built.
// zod/mini (same core, functional API) keeps the first-load bundle small.
z.config({ jitless: true });

/**
 * A check's error code travels as the zod issue's message (never an English sentence) and becomes a
 * `DatasetError` in `parse-dataset.ts`; the interface words it from `src/i18n/messages-validation.ts`.
 */
const code = (c: SchemaCheckCode): string => c;

const nonEmpty = z.string().check(z.refine((s) => s.trim().length > 0, code('nonEmpty')));

/** A text in both interface languages. */
export const localizedTextSchema = z.strictObject({ zh: nonEmpty, en: nonEmpty });

/** A GB/T 2260 administrative division code, kept as a string ("510100"). */
export const regionCodeSchema = z.string().check(z.regex(/^\d{6}$/, code('regionCode')));

/** 2022-09-31 is well-formed but not a day (Date.parse would roll it over to 1 October). */
function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const isoDateSchema = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, code('isoDate')), z.refine(isCalendarDate, code('calendarDate')));

const idSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, code('idFormat')));

export const qualifierSchema = z.enum(['exact', 'at-least', 'approx']);

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
  level: z.enum(['province', 'prefecture', 'county']),
  parent: z.nullable(regionCodeSchema),
});

export const organisationSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  type: idSchema,
  regionCode: regionCodeSchema,
  /** A group the text counts or names only collectively ("6个民主党派"), not one named body. */
  collective: z.optional(z.boolean()),
  note: z.optional(localizedTextSchema),
});

export const measureSchema = z.strictObject({
  /** The number as stated: 16.8万元 → 168000, 350余万元 → 3500000, 数千 → 2000 (see data/README.md). */
  value: z.number().check(z.gte(0, code('nonNegative'))),
  unit: idSchema,
  qualifier: qualifierSchema,
  /** The figure exactly as written in the source, e.g. "350余万元" (a substring of `quote`). */
  figure: nonEmpty,
  /** What is counted, e.g. 志愿服务 / volunteer service. */
  label: localizedTextSchema,
  /** A verbatim substring of the source text that contains `figure`. */
  quote: nonEmpty,
});

export const effortDateSchema = z
  .strictObject({
    kind: z.enum(['on', 'range', 'since']),
    start: isoDateSchema,
    end: z.nullable(isoDateSchema),
    /** The words of the source that give the date, e.g. "9月3日至4日". */
    quote: nonEmpty,
  })
  .check(
    z.superRefine((d, ctx) => {
      const fail = <C extends DatasetErrorCode>(c: C, params: DatasetErrorParams<C>): void => {
        ctx.issues.push({ code: 'custom', path: ['end'], message: c, params, input: d.end });
      };
      if (d.kind === 'since' && d.end !== null) fail('dateEndNotNull', {});
      if (d.kind !== 'since' && d.end === null) fail('dateEndMissing', { kind: d.kind });
      if (d.kind === 'on' && d.end !== null && d.end !== d.start) fail('dateEndNotStart', {});
      if (d.end !== null && d.end < d.start) fail('dateEndBeforeStart', {});
    }),
  );

export const effortSchema = z.strictObject({
  id: idSchema,
  /** The most specific region the text names for this effort (a county when it names one). */
  regionCode: regionCodeSchema,
  /** Further named places inside the region (e.g. several counties), for map markers. */
  placeCodes: z.optional(z.array(regionCodeSchema)),
  organisationIds: z.array(idSchema).check(z.minLength(1)),
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
  url: z.string().check(z.regex(/^https?:\/\/[^\s"'<>]+$/, code('httpUrl'))),
  /** ISO 8601 with offset, e.g. 2022-09-09T11:30:43+08:00 */
  publishedAt: z
    .string()
    .check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/, code('isoDateTime'))),
  /** Path of the bundled full text, relative to data/. */
  textFile: nonEmpty,
  language: z.enum(['zh', 'en']),
});

export const datasetSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: idSchema,
  title: localizedTextSchema,
  source: sourceSchema,
  units: z.array(vocabularyEntrySchema).check(z.minLength(1)),
  organisationTypes: z.array(vocabularyEntrySchema).check(z.minLength(1)),
  activities: z.array(vocabularyEntrySchema).check(z.minLength(1)),
  regions: z.array(regionSchema).check(z.minLength(1)),
  organisations: z.array(organisationSchema),
  efforts: z.array(effortSchema),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;
export type Region = z.infer<typeof regionSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type EffortDate = z.infer<typeof effortDateSchema>;
export type Effort = z.infer<typeof effortSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type DatasetJson = z.infer<typeof datasetSchema>;
