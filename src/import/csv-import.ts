import Papa from 'papaparse';
import { parseDatasetJson } from '../data/parse-dataset';
import type { RegionRegistry } from '../data/region-registry';
import type { DatasetJson, Measure, Organisation, Qualifier, Region } from '../data/schema';
import { CSV_COLUMN_NAMES, REQUIRED_COLUMNS, type CsvColumnName } from './csv-columns';
import { unescapeCell } from './csv-cell';
import {
  capIssues,
  clip,
  fileIssue,
  fromDatasetErrors,
  type ImportIssue,
  type IssueLocation,
} from './issues';
import { IMPORT_LIMITS } from './limits';

/** The vocabularies a CSV file refers to (the bundled dataset's, unless the caller gives others). */
export type Vocabularies = Pick<DatasetJson, 'units' | 'organisationTypes' | 'activities' | 'regions'>;

export interface CsvImportOptions {
  vocabularies: Vocabularies;
  /** The file name: the default dataset id and title. */
  fileName: string;
  /** The import time, ISO 8601 with offset: the default `source.publishedAt`. */
  now?: string;
  /** The app's region registry: with it, a row may name any region of Sichuan (data/geo). */
  registry?: RegionRegistry;
  /** The report's text, imported with the file (a .txt or .md): every quote is checked against it. */
  sourceText?: SourceTextFile;
}

/** A report's full text and the name of the file it came from. */
export interface SourceTextFile {
  name: string;
  text: string;
}

export type CsvResult = { ok: true; value: DatasetJson } | { ok: false; errors: ImportIssue[] };

import {
  ID,
  NUMBER,
  QUALIFIERS,
  type Row,
  datasetIdFromFileName,
  titleFromFileName,
  vocabularyLookup,
  allowedList,
  nowIso,
} from './csv-values';
import { locate, type EffortDraft, type SourceMap } from './csv-source-map';
import { buildEffort } from './csv-build-effort';

export { datasetIdFromFileName, splitList } from './csv-values';

/** Pick the delimiter from the header line: a tab-separated export, or comma-separated. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

/**
 * Parse a CSV file (text) into a dataset in our schema, or a list of issues located by row and
 * column. Never throws. Limits are enforced before and while parsing, never after.
 */
export function parseDatasetCsv(input: string, options: CsvImportOptions): CsvResult {
  try {
    return parseCsvUnsafe(input, options);
  } catch (e) {
    // A bug must not take the page down: report it as a problem with the file.
    return { ok: false, errors: [fileIssue('unexpected', { message: clip(String(e), 200) })] };
  }
}

function parseCsvUnsafe(input: string, options: CsvImportOptions): CsvResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, errors: [fileIssue('fileEmpty')] };
  const { vocabularies } = options;
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    delimiter: delimiterOf(text),
    skipEmptyLines: false,
    // Stop early: a file with too many rows is rejected without reading all of it.
    preview: IMPORT_LIMITS.maxCsvRows + 2,
  });
  const issues: ImportIssue[] = [];
  for (const err of parsed.errors.slice(0, 10)) {
    const location: IssueLocation =
      typeof err.row === 'number' ? { kind: 'row', row: err.row + 1 } : { kind: 'file' };
    issues.push({ location, code: 'csvSyntax', params: { message: err.message } });
  }
  if (issues.length) return { ok: false, errors: issues };

  const records = parsed.data;
  if (records.length > IMPORT_LIMITS.maxCsvRows + 1) {
    return {
      ok: false,
      errors: [
        fileIssue('tooMany', {
          what: 'rows',
          count: `> ${IMPORT_LIMITS.maxCsvRows}`,
          max: IMPORT_LIMITS.maxCsvRows,
        }),
      ],
    };
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  if (header.length > IMPORT_LIMITS.maxCsvColumns) {
    return {
      ok: false,
      errors: [
        fileIssue('tooMany', { what: 'columns', count: header.length, max: IMPORT_LIMITS.maxCsvColumns }),
      ],
    };
  }

  // Header: known, unique, complete.
  const columnIndex = new Map<CsvColumnName, number>();
  const known = new Set<string>(CSV_COLUMN_NAMES);
  header.forEach((name, i) => {
    const at: IssueLocation = { kind: 'row', row: 1, column: clip(name) };
    if (name === '') return;
    if (!known.has(name))
      issues.push({ location: at, code: 'unknownColumn', params: { column: clip(name) } });
    else if (columnIndex.has(name as CsvColumnName))
      issues.push({ location: at, code: 'duplicateColumn', params: { column: name } });
    else columnIndex.set(name as CsvColumnName, i);
  });
  for (const name of REQUIRED_COLUMNS) {
    if (!columnIndex.has(name))
      issues.push({ location: { kind: 'row', row: 1 }, code: 'missingColumn', params: { column: name } });
  }
  if (issues.length) return { ok: false, errors: capIssues(issues) };

  // Rows: cells trimmed, the formula-escape apostrophe removed, lengths checked.
  const rows: Array<{ row: number; cells: Row }> = [];
  for (let r = 1; r < records.length; r += 1) {
    const record = records[r] ?? [];
    const rowNumber = r + 1;
    if (record.every((c) => c.trim() === '')) continue;
    if (record.length > header.length && record.slice(header.length).some((c) => c.trim() !== '')) {
      issues.push({
        location: { kind: 'row', row: rowNumber },
        code: 'csvSyntax',
        params: { message: `${record.length} cells, but the header has ${header.length} columns` },
      });
      continue;
    }
    const cells: Row = {};
    for (const [name, i] of columnIndex) {
      const raw = record[i] ?? '';
      if (raw.length > IMPORT_LIMITS.maxTextLength) {
        issues.push({
          location: { kind: 'row', row: rowNumber, column: name },
          code: 'textTooLong',
          params: { length: raw.length, max: IMPORT_LIMITS.maxTextLength },
        });
        continue;
      }
      cells[name] = unescapeCell(raw.trim());
    }
    rows.push({ row: rowNumber, cells });
    if (issues.length > 200) break;
  }
  if (issues.length) return { ok: false, errors: capIssues(issues) };
  if (rows.length === 0) return { ok: false, errors: [fileIssue('fileEmpty')] };

  return buildFromRows(rows, options, vocabularies);
}

function buildFromRows(
  rows: Array<{ row: number; cells: Row }>,
  options: CsvImportOptions,
  vocabularies: Vocabularies,
): CsvResult {
  const issues: ImportIssue[] = [];
  const unitOf = vocabularyLookup(vocabularies.units);
  const typeOf = vocabularyLookup(vocabularies.organisationTypes);
  const activityOf = vocabularyLookup(vocabularies.activities);
  const { registry } = options;
  const regionCodes = new Set([
    ...vocabularies.regions.map((r: Region) => r.code),
    ...(registry?.regions.map((r) => r.code) ?? []),
  ]);

  const efforts = new Map<string, EffortDraft>();
  /**
   * Efforts whose first row had errors (already reported there): their following rows are still
   * continuation rows — empty effort cells are not "required" again, a differing one is a conflict.
   */
  const failed = new Map<string, { row: number; raw: Row }>();
  const organisations = new Map<string, { org: Organisation; row: number }>();
  const organisationIds = new Set<string>();
  const map: SourceMap = {
    effortRow: [],
    measureRow: [],
    organisationRow: [],
    datasetRow: null,
    hasMeasureQuote: false,
  };
  const datasetCells: Row = {};
  let measureCount = 0;

  for (const { row, cells } of rows) {
    if (issues.length > 200) break;
    const at = (column: CsvColumnName): IssueLocation => ({ kind: 'row', row, column });
    const need = (column: CsvColumnName): string | null => {
      const v = cells[column] ?? '';
      if (v === '') {
        issues.push({ location: at(column), code: 'required', params: {} });
        return null;
      }
      return v;
    };

    for (const column of [
      'dataset_id',
      'dataset_version',
      'dataset_title_zh',
      'dataset_title_en',
      'source_title',
      'source_title_en',
      'source_publisher_zh',
      'source_publisher_en',
      'source_url',
      'source_published_at',
    ] as const) {
      const v = cells[column] ?? '';
      if (v !== '' && datasetCells[column] === undefined) {
        datasetCells[column] = v;
        map.datasetRow ??= row;
      }
    }

    const effortId = need('effort_id');
    if (effortId === null) continue;
    if (!ID.test(effortId)) {
      issues.push({ location: at('effort_id'), code: 'badId', params: { value: clip(effortId) } });
      continue;
    }

    let draft = efforts.get(effortId);
    const first = draft ?? failed.get(effortId);
    if (first) {
      // A later row of the same effort: effort columns are empty or repeat the first row's values.
      for (const column of [
        'region_code',
        'place_codes',
        'organisation_names',
        'organisation_names_en',
        'organisation_types',
        'organisation_ids',
        'organisation_roles',
        'organisation_type_basis',
        'organisation_type_reasons_zh',
        'organisation_type_reasons_en',
        'activities',
        'date_kind',
        'date_start',
        'date_end',
        'date_quote',
        'summary_zh',
        'summary_en',
        'quote',
      ] as const) {
        const v = cells[column] ?? '';
        if (v !== '' && v !== (first.raw[column] ?? '')) {
          issues.push({
            location: at(column),
            code: 'conflict',
            params: { row: first.row, effort: effortId },
          });
        }
      }
    } else {
      if (efforts.size >= IMPORT_LIMITS.maxEfforts) {
        return {
          ok: false,
          errors: [
            fileIssue('tooMany', {
              what: 'efforts',
              count: `> ${IMPORT_LIMITS.maxEfforts}`,
              max: IMPORT_LIMITS.maxEfforts,
            }),
          ],
        };
      }
      const effort = buildEffort(effortId, row, cells, need, at, issues, {
        typeOf,
        activityOf,
        regionCodes,
        registry,
        organisations,
        organisationIds,
        map,
        vocabularies,
      });
      if (!effort) {
        failed.set(effortId, { row, raw: cells });
        continue;
      }
      draft = { effort, index: efforts.size, row, raw: cells };
      efforts.set(effortId, draft);
      map.effortRow.push(row);
      map.measureRow.push([]);
    }

    // The measure of this row, if any.
    const measureColumns = [
      'value',
      'value_low',
      'value_high',
      'unit',
      'qualifier',
      'figure',
      'label_zh',
      'label_en',
      'measure_quote',
    ] as const;
    if (measureColumns.every((c) => (cells[c] ?? '') === '')) continue;
    if ((cells.measure_quote ?? '') !== '') map.hasMeasureQuote = true;
    measureCount += 1;
    if (measureCount > IMPORT_LIMITS.maxMeasures) {
      return {
        ok: false,
        errors: [
          fileIssue('tooMany', {
            what: 'measures',
            count: `> ${IMPORT_LIMITS.maxMeasures}`,
            max: IMPORT_LIMITS.maxMeasures,
          }),
        ],
      };
    }
    // An approximate figure has a range (value_low, value_high) and no value; the others a value.
    const approx = (cells.qualifier ?? '').toLowerCase() === 'approx';
    const amountText = need(approx ? 'value_low' : 'value');
    const unitText = need('unit');
    const qualifierText = need('qualifier');
    const figure = need('figure');
    const labelZh = need('label_zh');
    const numberIn = (column: 'value' | 'value_low' | 'value_high', text: string): number | null => {
      const n = Number(text.replace(/,/g, ''));
      if (NUMBER.test(text) && Number.isFinite(n)) return n;
      issues.push({ location: at(column), code: 'badNumber', params: { value: clip(text) } });
      return null;
    };
    const amount = amountText === null ? null : numberIn(approx ? 'value_low' : 'value', amountText);
    const highText = cells.value_high ?? '';
    const high = approx && highText !== '' ? numberIn('value_high', highText) : undefined;
    const misplaced: Array<'value' | 'value_low' | 'value_high'> = approx
      ? ['value']
      : QUALIFIERS.includes((cells.qualifier ?? '').toLowerCase() as Qualifier)
        ? ['value_low', 'value_high']
        : [];
    for (const column of misplaced) {
      if ((cells[column] ?? '') !== '') {
        issues.push({
          location: at(column),
          code: approx ? 'approxValue' : 'csvRangeOnlyApprox',
          params: {},
        });
      }
    }
    let unit: string | undefined;
    if (unitText !== null) {
      unit = unitOf(unitText);
      if (!unit) {
        issues.push({
          location: at('unit'),
          code: 'badChoice',
          params: { value: clip(unitText), allowed: allowedList(vocabularies.units) },
        });
      }
    }
    let qualifier: Qualifier | undefined;
    if (qualifierText !== null) {
      qualifier = QUALIFIERS.find((q) => q === qualifierText.toLowerCase());
      if (!qualifier) {
        issues.push({
          location: at('qualifier'),
          code: 'badChoice',
          params: { value: clip(qualifierText), allowed: QUALIFIERS.join(', ') },
        });
      }
    }
    // A figure of an effort whose first row failed is checked, but there is nothing to attach it to.
    if (
      !draft ||
      amount === null ||
      high === null ||
      !unit ||
      !qualifier ||
      figure === null ||
      labelZh === null
    )
      continue;
    const text = {
      unit,
      figure,
      label: { zh: labelZh, en: (cells.label_en ?? '') || labelZh },
      quote: (cells.measure_quote ?? '') || draft.effort.quote,
    };
    const measure: Measure =
      qualifier === 'approx'
        ? { low: amount, ...(high === undefined ? {} : { high }), qualifier, ...text }
        : { value: amount, qualifier, ...text };
    draft.effort.measures.push(measure);
    map.measureRow[draft.index]?.push(row);
  }
  if (issues.length) return { ok: false, errors: capIssues(issues) };

  const orgList = [...organisations.values()];
  map.organisationRow = orgList.map((o) => o.row);
  const title = titleFromFileName(options.fileName);
  const d = datasetCells;
  const json: DatasetJson = {
    schemaVersion: 2,
    id: d.dataset_id ?? datasetIdFromFileName(options.fileName),
    ...(d.dataset_version === undefined ? {} : { datasetVersion: d.dataset_version }),
    title: { zh: d.dataset_title_zh ?? title, en: d.dataset_title_en ?? d.dataset_title_zh ?? title },
    source: {
      title: d.source_title ?? title,
      titleEn: d.source_title_en ?? d.source_title ?? title,
      publisher: {
        zh: d.source_publisher_zh ?? '用户导入',
        en: d.source_publisher_en ?? d.source_publisher_zh ?? 'Imported by the user',
      },
      reprintedFrom: null,
      url: d.source_url ?? 'https://example.invalid/',
      publishedAt: d.source_published_at ?? options.now ?? nowIso(),
      textFile: options.sourceText?.name ?? 'imported',
      language: 'zh',
      ...(options.sourceText ? { text: options.sourceText.text } : {}),
    },
    units: vocabularies.units,
    organisationTypes: vocabularies.organisationTypes,
    activities: vocabularies.activities,
    // With the registry, the dataset lists only what the registry lacks; the parser adds the
    // registry regions the rows name, with their prefectures and the province.
    regions: registry
      ? vocabularies.regions.filter((r) => !registry.byCode.has(r.code))
      : vocabularies.regions,
    organisations: orgList.map((o) => o.org),
    efforts: [...efforts.values()].map((e) => e.effort),
  };
  // Whatever the row checks did not catch (dates out of order, a figure missing from its quote…),
  // the dataset parser does; its paths are mapped back to rows and columns.
  const checked = parseDatasetJson(json, registry);
  if (checked.ok) return checked;
  const located = fromDatasetErrors(checked.errors).map((issue) =>
    issue.location.kind === 'path' ? { ...issue, location: locate(issue.location.path, map) } : issue,
  );
  return { ok: false, errors: capIssues(located) };
}
