/**
 * The CSV column set for importing a dataset from a spreadsheet. One row per measure (a figure),
 * or one row for an effort that has no figure. Rows with the same `effort_id` make up one effort:
 * the effort columns are given on its first row and may be repeated (identically) or left empty on
 * the following rows. Lists inside a cell are separated by ";". Documented in data/IMPORT.md.
 */
export interface CsvColumn {
  name: string;
  required: boolean;
  /** What goes in the cell (English; the README has the full table). */
  doc: string;
}

export const LIST_SEPARATOR = ';';

export const EFFORT_COLUMNS = [
  {
    name: 'effort_id',
    required: true,
    doc: 'id of the effort (a-z, 0-9, "-"); rows with the same id form one effort',
  },
  { name: 'region_code', required: true, doc: 'six-digit GB/T 2260 code of the most specific region named' },
  { name: 'place_codes', required: false, doc: 'further region codes inside the effort, ";"-separated' },
  { name: 'organisation_names', required: true, doc: 'Chinese names of the organisations, ";"-separated' },
  {
    name: 'organisation_names_en',
    required: false,
    doc: 'English names, same order (default: the Chinese names)',
  },
  {
    name: 'organisation_types',
    required: true,
    doc: 'one organisation type for all names, or one per name (id or label)',
  },
  {
    name: 'organisation_ids',
    required: false,
    doc: 'ids of the organisations, same order (default: made from the Chinese name and type)',
  },
  {
    name: 'organisation_roles',
    required: false,
    doc: 'actor | addressee, one for all names or one per name (default: actor; at least one actor)',
  },
  {
    name: 'organisation_type_basis',
    required: false,
    doc: 'stated | inferred | unrecorded, one for all names or one per name (default: unrecorded)',
  },
  {
    name: 'organisation_type_reasons_zh',
    required: false,
    doc: 'why each inferred type is inferred, in Chinese: one per "inferred" name, in order',
  },
  {
    name: 'organisation_type_reasons_en',
    required: false,
    doc: 'the same in English (default: the Chinese reasons)',
  },
  { name: 'activities', required: true, doc: 'activity ids or labels, ";"-separated' },
  { name: 'date_kind', required: false, doc: 'on | range | since; empty = undated' },
  { name: 'date_start', required: false, doc: 'YYYY-MM-DD (required with date_kind)' },
  {
    name: 'date_end',
    required: false,
    doc: 'YYYY-MM-DD; = date_start for "on" (may be empty), empty for "since"',
  },
  {
    name: 'date_quote',
    required: false,
    doc: 'the words of the source that give the date (default: date_start)',
  },
  { name: 'summary_zh', required: true, doc: 'one or two factual sentences in Chinese' },
  { name: 'summary_en', required: true, doc: 'the same in English' },
  { name: 'quote', required: true, doc: 'the verbatim source passage of the effort' },
] as const satisfies readonly CsvColumn[];

export const MEASURE_COLUMNS = [
  {
    name: 'value',
    required: false,
    doc: 'the number as stated, 万 expanded (16.8万 → 168000); empty for an approx figure',
  },
  {
    name: 'value_low',
    required: false,
    doc: 'approx figures only: the smallest amount the words allow (数千 → 2000)',
  },
  {
    name: 'value_high',
    required: false,
    doc: 'approx figures only: the largest amount, inclusive (数千 → 9999); empty = no upper bound',
  },
  { name: 'unit', required: false, doc: 'unit id or label (required with a figure)' },
  { name: 'qualifier', required: false, doc: 'exact | at-least | approx (required with a figure)' },
  {
    name: 'figure',
    required: false,
    doc: 'the figure exactly as written, e.g. 200余人次 (required with a figure; must occur in the quote)',
  },
  { name: 'label_zh', required: false, doc: 'what is counted, in Chinese (required with a figure)' },
  { name: 'label_en', required: false, doc: 'what is counted, in English (default: label_zh)' },
  { name: 'measure_quote', required: false, doc: 'the sentence containing the figure (default: quote)' },
] as const satisfies readonly CsvColumn[];

/** Dataset columns: read from the first row where they are filled in; all optional. */
export const DATASET_COLUMNS = [
  { name: 'dataset_id', required: false, doc: 'id of the dataset (default: from the file name)' },
  { name: 'dataset_version', required: false, doc: 'version of the data, e.g. 2.0.0 (default: none)' },
  { name: 'dataset_title_zh', required: false, doc: 'title in Chinese (default: the file name)' },
  { name: 'dataset_title_en', required: false, doc: 'title in English (default: the file name)' },
  { name: 'source_title', required: false, doc: 'title of the source report (default: the file name)' },
  { name: 'source_title_en', required: false, doc: 'English title of the source (default: source_title)' },
  { name: 'source_publisher_zh', required: false, doc: 'publisher in Chinese (default: 用户导入)' },
  {
    name: 'source_publisher_en',
    required: false,
    doc: 'publisher in English (default: Imported by the user)',
  },
  {
    name: 'source_url',
    required: false,
    doc: 'http(s) address of the source (default: https://example.invalid/)',
  },
  { name: 'source_published_at', required: false, doc: 'ISO 8601 with offset (default: the import time)' },
] as const satisfies readonly CsvColumn[];

export const CSV_COLUMNS: readonly CsvColumn[] = [...EFFORT_COLUMNS, ...MEASURE_COLUMNS, ...DATASET_COLUMNS];

export type CsvColumnName =
  | (typeof EFFORT_COLUMNS)[number]['name']
  | (typeof MEASURE_COLUMNS)[number]['name']
  | (typeof DATASET_COLUMNS)[number]['name'];

export const CSV_COLUMN_NAMES: readonly CsvColumnName[] = CSV_COLUMNS.map((c) => c.name as CsvColumnName);
export const REQUIRED_COLUMNS: readonly CsvColumnName[] = CSV_COLUMNS.filter((c) => c.required).map(
  (c) => c.name as CsvColumnName,
);
