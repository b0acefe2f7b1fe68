/** Where each part of a dataset built from CSV came from: schema errors are reported by row and column. */
import type { Effort } from '../data/schema';
import type { CsvColumnName } from './csv-columns';
import type { IssueLocation } from './issues';
import type { Row } from './csv-values';

export interface EffortDraft {
  effort: Effort;
  /** Position in the dataset's `efforts`. */
  index: number;
  row: number;
  raw: Row;
}

/** Where each part of the built dataset came from, to locate schema errors by row and column. */
export interface SourceMap {
  effortRow: number[];
  measureRow: number[][];
  organisationRow: number[];
  datasetRow: number | null;
  hasMeasureQuote: boolean;
}

export const MEASURE_FIELD: Record<string, CsvColumnName> = {
  value: 'value',
  low: 'value_low',
  high: 'value_high',
  unit: 'unit',
  qualifier: 'qualifier',
  figure: 'figure',
  'label.zh': 'label_zh',
  'label.en': 'label_en',
};

export const EFFORT_FIELD: Record<string, CsvColumnName> = {
  id: 'effort_id',
  regionCode: 'region_code',
  placeCodes: 'place_codes',
  organisationIds: 'organisation_names',
  addresseeIds: 'organisation_roles',
  activities: 'activities',
  'date.kind': 'date_kind',
  'date.start': 'date_start',
  'date.end': 'date_end',
  'date.quote': 'date_quote',
  date: 'date_kind',
  'summary.zh': 'summary_zh',
  'summary.en': 'summary_en',
  quote: 'quote',
};

export const DATASET_FIELD: Record<string, CsvColumnName> = {
  id: 'dataset_id',
  datasetVersion: 'dataset_version',
  'title.zh': 'dataset_title_zh',
  'title.en': 'dataset_title_en',
  'source.title': 'source_title',
  'source.titleEn': 'source_title_en',
  'source.publisher.zh': 'source_publisher_zh',
  'source.publisher.en': 'source_publisher_en',
  'source.url': 'source_url',
  'source.publishedAt': 'source_published_at',
};

/** `efforts[3].measures[1].label.zh` → row 12, column "label_zh". */
export function locate(path: string, map: SourceMap): IssueLocation {
  const m = /^efforts\[(\d+)\](?:\.measures\[(\d+)\])?\.?(.*)$/.exec(path);
  if (m) {
    const i = Number(m[1]);
    const rest = (m[3] ?? '').replace(/\[\d+\]$/, '');
    if (m[2] !== undefined) {
      const row = map.measureRow[i]?.[Number(m[2])] ?? map.effortRow[i] ?? 0;
      const column =
        rest === 'quote' ? (map.hasMeasureQuote ? 'measure_quote' : 'quote') : MEASURE_FIELD[rest];
      return column ? { kind: 'row', row, column } : { kind: 'row', row };
    }
    const row = map.effortRow[i] ?? 0;
    const column = EFFORT_FIELD[rest];
    return column ? { kind: 'row', row, column } : { kind: 'row', row };
  }
  const o = /^organisations\[(\d+)\]\.?(.*)$/.exec(path);
  if (o) {
    const row = map.organisationRow[Number(o[1])] ?? 0;
    const field = o[2] ?? '';
    const column: CsvColumnName = field.startsWith('name.en')
      ? 'organisation_names_en'
      : field.startsWith('typeBasis')
        ? 'organisation_type_basis'
        : field.startsWith('type')
          ? 'organisation_types'
          : field.startsWith('id')
            ? 'organisation_ids'
            : 'organisation_names';
    return { kind: 'row', row, column };
  }
  const column = DATASET_FIELD[path];
  if (column && map.datasetRow !== null) return { kind: 'row', row: map.datasetRow, column };
  return { kind: 'path', path };
}
