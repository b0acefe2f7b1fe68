import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMN_NAMES } from '../../../src/import/csv-columns';
import { datasetToCsv } from '../../../src/import/csv-export';
import { parseDatasetCsv, type CsvResult } from '../../../src/import/csv-import';
import { formatIssue } from '../../../src/i18n/import-issues';
import { parseDatasetJson } from '../../../src/data/parse-dataset';
import { miniDatasetJson } from '../../fixtures/mini-dataset';
import { validDataset } from './arbitraries';

const RUNS = Math.max(1000, Number(process.env.FUZZ_RUNS ?? 0));
const SEED = Number(process.env.FUZZ_SEED ?? 20220909);
const params = { numRuns: RUNS, seed: SEED };
/** Generous: the runs take a few seconds, more on a busy machine or with FUZZ_RUNS raised. */
const TIMEOUT = 60_000 + RUNS * 30;

const options = { vocabularies: miniDatasetJson(), fileName: 'fuzz.csv', now: '2024-01-01T00:00:00+00:00' };
const parse = (text: string): CsvResult => parseDatasetCsv(text, options);

/** Either a dataset that passes the dataset parser, or issues that render in both languages with a location. */
function wellFormed(result: CsvResult): void {
  if (result.ok) {
    expect(parseDatasetJson(result.value).ok).toBe(true);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const issue of result.errors) {
    // The importer's safety net must never be what answered: that would be a bug.
    expect(issue.code).not.toBe('unexpected');
    expect(formatIssue(issue, 'zh').length).toBeGreaterThan(0);
    expect(formatIssue(issue, 'en').length).toBeGreaterThan(0);
    if (issue.location.kind === 'row') expect(issue.location.row).toBeGreaterThanOrEqual(1);
  }
}

const withEfforts = validDataset.filter((ds) => ds.efforts.length > 0);

describe('CSV import (property-based)', () => {
  it(
    `imports the CSV of every generated dataset, and serialize → parse round-trips (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(withEfforts, (ds) => {
          const first = parse(datasetToCsv(ds));
          if (!first.ok) throw new Error(first.errors.map((e) => formatIssue(e, 'en')).join('\n'));
          expect(first.value.efforts.map((e) => e.id)).toEqual(ds.efforts.map((e) => e.id));
          const amounts = (d: typeof ds): unknown[][] =>
            d.efforts.map((e) => e.measures.map((m) => ('value' in m ? m.value : [m.low, m.high])));
          expect(amounts(first.value)).toEqual(amounts(ds));
          expect(first.value.efforts.map((e) => e.addresseeIds?.length ?? 0)).toEqual(
            ds.efforts.map((e) => e.addresseeIds?.length ?? 0),
          );
          const second = parse(datasetToCsv(first.value));
          expect(second).toEqual(first);
        }),
        params,
      );
    },
    TIMEOUT,
  );

  const EDIT = fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(40) }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.constantFrom('"', ',', '\n', '\r\n', ';', '=cmd()', 'bananas', '-1', '2022-13-45', '\uFEFF'),
      ),
    }),
    fc.record({
      kind: fc.constant('cell' as const),
      row: fc.nat(),
      column: fc.nat(),
      text: fc.string({ maxLength: 12 }),
    }),
  );

  it(
    `returns a dataset or located errors for mutated CSV, never throws (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(withEfforts, fc.array(EDIT, { minLength: 1, maxLength: 4 }), (ds, edits) => {
          let text = datasetToCsv(ds);
          for (const edit of edits) {
            if (edit.kind === 'delete') {
              const at = edit.at % (text.length + 1);
              text = text.slice(0, at) + text.slice(at + edit.length);
            } else if (edit.kind === 'insert') {
              const at = edit.at % (text.length + 1);
              text = text.slice(0, at) + edit.text + text.slice(at);
            } else {
              const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',' }).data;
              const row = rows[edit.row % rows.length];
              if (row && row.length) row[edit.column % row.length] = edit.text;
              text = Papa.unparse(rows);
            }
          }
          wellFormed(parse(text));
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    `returns located errors for truncated CSV, never throws (${RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(withEfforts, fc.double({ min: 0, max: 1, noNaN: true }), (ds, at) => {
          const text = datasetToCsv(ds);
          wellFormed(parse(text.slice(0, Math.floor(text.length * at))));
        }),
        params,
      );
    },
    TIMEOUT,
  );

  it(
    `handles random unicode and random tables with our column names, never throws (${RUNS} runs)`,
    () => {
      const table = fc
        .tuple(
          fc.subarray([...CSV_COLUMN_NAMES], { minLength: 1 }),
          fc.array(
            fc.array(
              fc.oneof(
                fc.string({ maxLength: 15 }),
                fc.constantFrom('510100', 'persons', 'exact', 'on', '2022-09-04', '12'),
              ),
              { maxLength: 30 },
            ),
            { maxLength: 6 },
          ),
        )
        .map(([header, rows]) =>
          Papa.unparse({ fields: header, data: rows.map((r) => header.map((_, i) => r[i] ?? '')) }),
        );
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), table), (text) => {
          wellFormed(parse(text));
        }),
        params,
      );
    },
    TIMEOUT,
  );
});
