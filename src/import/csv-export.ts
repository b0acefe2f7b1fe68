import Papa from 'papaparse';
import type { DatasetJson, Effort, Measure } from '../data/schema';
import { CSV_COLUMN_NAMES, LIST_SEPARATOR, type CsvColumnName } from './csv-columns';
import { escapeCell } from './csv-cell';

type Row = Record<CsvColumnName, string>;

const emptyRow = (): Row => Object.fromEntries(CSV_COLUMN_NAMES.map((c) => [c, ''])) as Row;

/** A list item may not contain the separator: it becomes the full-width "；". */
const item = (s: string): string => s.replaceAll(LIST_SEPARATOR, '；');
const list = (items: readonly string[]): string => items.map(item).join(`${LIST_SEPARATOR} `);

function effortCells(ds: DatasetJson, effort: Effort, row: Row): void {
  const orgById = new Map(ds.organisations.map((o) => [o.id, o]));
  // Actors first, then addressees, each named once with its role.
  const ids = [...effort.organisationIds, ...(effort.addresseeIds ?? [])];
  const orgs = ids.map((id) => orgById.get(id));
  const bases = orgs.map((o) => o?.typeBasis);
  const reasons = bases.flatMap((b) => (b?.kind === 'inferred' ? [b.reason] : []));
  row.effort_id = effort.id;
  row.region_code = effort.regionCode;
  row.place_codes = list(effort.placeCodes ?? []);
  row.organisation_names = list(orgs.map((o, k) => o?.name.zh ?? ids[k] ?? ''));
  row.organisation_names_en = list(orgs.map((o, k) => o?.name.en ?? ids[k] ?? ''));
  row.organisation_types = list(orgs.map((o) => o?.type ?? ''));
  row.organisation_ids = list(ids);
  row.organisation_roles = list(
    ids.map((_, k) => (k < effort.organisationIds.length ? 'actor' : 'addressee')),
  );
  row.organisation_type_basis = list(bases.map((b) => b?.kind ?? 'unrecorded'));
  row.organisation_type_reasons_zh = list(reasons.map((r) => r.zh));
  row.organisation_type_reasons_en = list(reasons.map((r) => r.en));
  row.activities = list(effort.activities);
  if (effort.date) {
    row.date_kind = effort.date.kind;
    row.date_start = effort.date.start;
    row.date_end = effort.date.end ?? '';
    row.date_quote = effort.date.quote;
  }
  row.summary_zh = effort.summary.zh;
  row.summary_en = effort.summary.en;
  row.quote = effort.quote;
}

function measureCells(m: Measure, row: Row): void {
  if (m.qualifier === 'approx') {
    row.value_low = String(m.low);
    row.value_high = m.high === undefined ? '' : String(m.high);
  } else row.value = String(m.value);
  row.unit = m.unit;
  row.qualifier = m.qualifier;
  row.figure = m.figure;
  row.label_zh = m.label.zh;
  row.label_en = m.label.en;
  row.measure_quote = m.quote;
}

function datasetCells(ds: DatasetJson, row: Row): void {
  row.dataset_id = ds.id;
  row.dataset_version = ds.datasetVersion ?? '';
  row.dataset_title_zh = ds.title.zh;
  row.dataset_title_en = ds.title.en;
  row.source_title = ds.source.title;
  row.source_title_en = ds.source.titleEn;
  row.source_publisher_zh = ds.source.publisher.zh;
  row.source_publisher_en = ds.source.publisher.en;
  row.source_url = ds.source.url;
  row.source_published_at = ds.source.publishedAt;
}

/**
 * The rows of a dataset in the CSV column set: one row per measure, one row for an effort without
 * measures, effort columns repeated on every row of the effort, dataset columns on the first row.
 * Organisation notes, `collective` and organisations no effort names are not represented in CSV.
 * Addressees follow the actors in the organisation columns, marked by `organisation_roles`.
 */
export function datasetToCsvRows(ds: DatasetJson, options: { datasetColumns?: boolean } = {}): Row[] {
  const rows: Row[] = [];
  for (const effort of ds.efforts) {
    const measures: Array<Measure | null> = effort.measures.length ? effort.measures : [null];
    for (const m of measures) {
      const row = emptyRow();
      effortCells(ds, effort, row);
      if (m) measureCells(m, row);
      rows.push(row);
    }
  }
  const first = rows[0];
  if (first && options.datasetColumns !== false) datasetCells(ds, first);
  return rows;
}

/** Rows to CSV text: every cell formula-escaped (see csv-cell.ts), CRLF line ends, a UTF-8 BOM for Excel. */
export function rowsToCsv(rows: readonly Row[]): string {
  const data = rows.map((r) => CSV_COLUMN_NAMES.map((c) => escapeCell(r[c])));
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMN_NAMES], data }, { newline: '\r\n', quotes: false })}\r\n`;
}

export function datasetToCsv(ds: DatasetJson): string {
  return rowsToCsv(datasetToCsvRows(ds));
}

/**
 * The downloadable template: the header and two example rows from the given (bundled) dataset, one
 * figure of an effort with figures and one effort without. Dataset columns are left empty.
 */
export function templateCsv(ds: DatasetJson): string {
  const rows = datasetToCsvRows(ds, { datasetColumns: false });
  const withFigure = rows.find((r) => r.figure !== '');
  const withoutFigure = rows.find((r) => r.figure === '');
  return rowsToCsv([withFigure, withoutFigure].filter((r): r is Row => r !== undefined));
}
