import Papa from 'papaparse';
import type { Dataset, EffortRecord } from '../data/model';
import { memberById } from '../aggregates/union';
import type { Measure } from '../data/schema';

/**
 * One row per figure (measure); an effort without figures is one row with the measure columns
 * empty, so every visible effort appears. Multi-valued cells (organisations, types, activities)
 * are joined with "; ". Column names are stable ASCII identifiers in both languages.
 * `organisations_*` are the actors; `organisation_type_bases` says, actor by actor in the same
 * order, whether the text states the type (`stated`) or it is `inferred` (reasons: JSON export);
 * `addressees_*` are bodies an appeal was addressed to, never actors. An approximate figure (数千)
 * has no `value`, only `low` and `high` (inclusive; `high` empty when the words set no bound).
 */
export const CSV_COLUMNS = [
  'effort_id',
  'region_code',
  'region_zh',
  'region_en',
  'prefecture_code',
  'prefecture_zh',
  'prefecture_en',
  'organisations_zh',
  'organisations_en',
  'organisation_types',
  'organisation_type_bases',
  'addressees_zh',
  'addressees_en',
  'activities',
  'date_kind',
  'date_start',
  'date_end',
  'date_quote',
  'summary_zh',
  'summary_en',
  'value',
  'low',
  'high',
  'unit',
  'unit_zh',
  'unit_en',
  'qualifier',
  'figure',
  'label_zh',
  'label_en',
  'quote',
  'provenance_path',
  'dataset_id',
  'dataset_version',
  'source_title',
  'source_url',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string | number>;

/**
 * Spreadsheet formula injection: a text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return would be run as a formula by Excel, LibreOffice or Sheets. Such cells get a leading `'`
 * (OWASP's recommendation), which spreadsheets show as text. Numbers are left as numbers.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const JOIN = '; ';

/** value for exact and at-least figures; low and high (inclusive) for an approximate one. */
function amountCells(m: Measure): { value: number | ''; low: number | ''; high: number | '' } {
  if (m.qualifier === 'approx') return { value: '', low: m.low, high: m.high ?? '' };
  return { value: m.value, low: '', high: '' };
}

/** The CSV rows of the given efforts (in dataset order), with provenance. */
export function csvRows(dataset: Dataset, efforts: readonly EffortRecord[]): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const e of efforts) {
    const region = dataset.regionByCode.get(e.regionCode);
    const prefecture = e.prefectureCode ? dataset.regionByCode.get(e.prefectureCode) : undefined;
    const orgs = e.organisationIds.map((id) => dataset.organisationById.get(id));
    const addresseeIds = e.addresseeIds ?? [];
    const addressees = addresseeIds.map((id) => dataset.organisationById.get(id));
    // The report the effort comes from (its own in the union of reports): provenance is per report.
    const report = memberById(dataset, e.datasetId) ?? dataset;
    const base = {
      effort_id: e.id,
      region_code: e.regionCode,
      region_zh: region?.zh ?? '',
      region_en: region?.en ?? '',
      prefecture_code: e.prefectureCode ?? '',
      prefecture_zh: prefecture?.zh ?? '',
      prefecture_en: prefecture?.en ?? '',
      organisations_zh: orgs.map((o, i) => o?.name.zh ?? e.organisationIds[i]).join(JOIN),
      organisations_en: orgs.map((o, i) => o?.name.en ?? e.organisationIds[i]).join(JOIN),
      organisation_types: e.organisationTypes.join(JOIN),
      organisation_type_bases: orgs.map((o) => o?.typeBasis.kind ?? '').join(JOIN),
      addressees_zh: addressees.map((o, i) => o?.name.zh ?? addresseeIds[i]).join(JOIN),
      addressees_en: addressees.map((o, i) => o?.name.en ?? addresseeIds[i]).join(JOIN),
      activities: e.activities.join(JOIN),
      date_kind: e.date?.kind ?? '',
      date_start: e.date?.start ?? '',
      date_end: e.date?.end ?? '',
      date_quote: e.date?.quote ?? '',
      summary_zh: e.summary.zh,
      summary_en: e.summary.en,
      dataset_id: report.id,
      dataset_version: report.datasetVersion ?? '',
      source_title: report.source.title,
      source_url: report.source.url,
    };
    const empty = {
      value: '',
      low: '',
      high: '',
      unit: '',
      unit_zh: '',
      unit_en: '',
      qualifier: '',
      figure: '',
      label_zh: '',
      label_en: '',
    };
    if (e.measures.length === 0) {
      rows.push({ ...base, ...empty, quote: e.quote, provenance_path: `efforts[${e.index}]` });
      continue;
    }
    e.measures.forEach((m, j) => {
      const unit = dataset.unitById.get(m.unit);
      rows.push({
        ...base,
        ...amountCells(m),
        unit: m.unit,
        unit_zh: unit?.zh ?? '',
        unit_en: unit?.en ?? '',
        qualifier: m.qualifier,
        figure: m.figure,
        label_zh: m.label.zh,
        label_en: m.label.en,
        quote: m.quote,
        provenance_path: `efforts[${e.index}].measures[${j}]`,
      });
    });
  }
  return rows.map((row) => {
    const safe = {} as CsvRow;
    for (const c of CSV_COLUMNS) {
      const v = row[c];
      safe[c] = typeof v === 'string' ? neutraliseCell(v) : v;
    }
    return safe;
  });
}

/** UTF-8 byte order mark: Excel reads a CSV as UTF-8 (Chinese intact) only with it. */
export const BOM = '\uFEFF';

/** CSV text (RFC 4180 quoting by papaparse, CRLF line ends) with a UTF-8 BOM. */
export function toCsv(rows: readonly CsvRow[]): string {
  return (
    BOM +
    Papa.unparse(
      { fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => r[c])) },
      { newline: '\r\n', quotes: false },
    )
  );
}
