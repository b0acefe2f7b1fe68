import { describe, expect, it } from 'vitest';
import { parseDatasetCsv, type Vocabularies } from '../../../src/import/csv-import';
import { datasetToCsv } from '../../../src/import/csv-export';
import { decodeText, importText } from '../../../src/import/import-file';
import { IMPORT_LIMITS } from '../../../src/import/limits';
import type { DatasetJson } from '../../../src/data/schema';
import type { ImportIssue } from '../../../src/import/issues';
import { bundledJson } from '../../fixtures/load';
import { defaultOrganisationId } from '../../../src/data/organisation-id';
import { buildDataset, type Dataset } from '../../../src/data/model';
import { buildUnion, findClashes } from '../../../src/aggregates/union';

/**
 * One test per rule of data/IMPORT.md (the CSV part), in the order of that file, each named after
 * the rule. Rows are written as objects and turned into CSV here, so each test shows only what it
 * is about.
 */
const bundled = bundledJson();
const vocabularies: Vocabularies = bundled;
const NOW = '2024-01-02T03:04:05+00:00';
const opts = { vocabularies, fileName: 'My File 2.csv', now: NOW };

type Cells = Record<string, string>;
/** An effort row that imports on its own: one exact figure. */
const EFFORT: Cells = {
  effort_id: 'a',
  region_code: '510400',
  organisation_names: '某公司',
  organisation_types: 'private-enterprise',
  activities: 'donations',
  summary_zh: '捐款',
  summary_en: 'Donation',
  quote: '捐款16.8万元，志愿者200余人次',
};
const FIGURE: Cells = {
  value: '168000',
  unit: 'yuan',
  qualifier: 'exact',
  figure: '16.8万元',
  label_zh: '捐款',
};
const SECOND: Cells = {
  value: '200',
  unit: 'person-times',
  qualifier: 'at-least',
  figure: '200余人次',
  label_zh: '志愿者',
};

const quoteCell = (v: string): string => (/[",\n\r\t]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
/** CSV text of rows; the header is the union of their columns, in first-seen order. */
function csvOf(rows: Cells[], options: { header?: string[]; sep?: string } = {}): string {
  const header = options.header ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const sep = options.sep ?? ',';
  return [header.join(sep), ...rows.map((r) => header.map((h) => quoteCell(r[h] ?? '')).join(sep))].join(
    '\n',
  );
}
function parse(text: string): ReturnType<typeof parseDatasetCsv> {
  return parseDatasetCsv(text, opts);
}
function ok(text: string): DatasetJson {
  const r = parse(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}
/** Issues as "row:column:code" (or "file:code"). */
function issues(text: string): string[] {
  const r = parse(text);
  return r.ok ? [] : r.errors.map(where);
}
function where(e: ImportIssue): string {
  const l = e.location;
  if (l.kind === 'row') return `${l.row}:${l.column ?? ''}:${e.code}`;
  return `${l.kind}:${e.code}`;
}

describe('data/IMPORT.md, CSV rules', () => {
  it('CSV is UTF-8, comma-separated', () => {
    expect(ok(csvOf([{ ...EFFORT, ...FIGURE }])).efforts).toHaveLength(1);
  });

  it('CSV may be tab-separated', () => {
    const ds = ok(csvOf([{ ...EFFORT, ...FIGURE }], { sep: '\t' }));
    expect(ds.efforts[0]!.measures[0]).toMatchObject({ value: 168000, figure: '16.8万元' });
  });

  it('a UTF-8 BOM is read', () => {
    const text = `\uFEFF${csvOf([{ ...EFFORT, ...FIGURE }])}`;
    const bytes = new TextEncoder().encode(text);
    const decoded = decodeText(bytes);
    const r = importText(decoded, { fileName: 'x.csv', vocabularies, now: NOW });
    expect(r.ok).toBe(true);
  });

  it('GB18030 files from Excel are read', () => {
    // "捐款" in GB18030 is BE E8 BF EE: not valid UTF-8, so the file is decoded as GB18030.
    const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
    const juankuan = [0xbe, 0xe8, 0xbf, 0xee];
    const bytes = Uint8Array.from([
      ...ascii(
        'effort_id,region_code,organisation_names,organisation_types,activities,summary_zh,summary_en,quote\n',
      ),
      ...ascii('a,510400,Firm,private-enterprise,donations,'),
      ...juankuan,
      ...ascii(',Donation,'),
      ...juankuan,
      ...ascii('\n'),
    ]);
    const r = importText(decodeText(bytes), { fileName: 'excel.csv', vocabularies, now: NOW });
    expect(r.ok && r.value.dataset.efforts[0]!.summary.zh).toBe('捐款');
  });

  it('if anything is wrong, nothing is loaded and every problem is listed (up to 50)', () => {
    const rows = Array.from({ length: 80 }, (_, i) => ({
      ...EFFORT,
      effort_id: `e${i}`,
      region_code: '5104',
    }));
    const r = parse(csvOf(rows));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // 80 bad rows, 50 listed (and a last line saying how many more).
    expect(r.errors.length).toBeGreaterThanOrEqual(50);
    expect(r.errors.length).toBeLessThanOrEqual(51);
    expect(r.errors.slice(0, 2).map(where)).toEqual(['2:region_code:badCode', '3:region_code:badCode']);
  });

  it('CSV problems are located by spreadsheet row (the header is row 1) and column', () => {
    expect(
      issues(
        csvOf([
          { ...EFFORT, ...FIGURE },
          { ...EFFORT, effort_id: 'b', ...FIGURE, unit: 'bananas' },
        ]),
      ),
    ).toEqual(['3:unit:badChoice']);
  });

  it('limit: CSV columns (64)', () => {
    const header = [...Object.keys(EFFORT), ...Array.from({ length: 60 }, (_, i) => `x${i}`)];
    expect(issues(csvOf([EFFORT], { header }))).toEqual(['file:tooMany']);
    expect(IMPORT_LIMITS.maxCsvColumns).toBe(64);
  });

  it('limit: one text value (200,000 characters)', () => {
    const long = '长'.repeat(IMPORT_LIMITS.maxTextLength + 1);
    expect(issues(csvOf([{ ...EFFORT, summary_en: long }]))).toEqual(['2:summary_en:textTooLong']);
    expect(IMPORT_LIMITS.maxTextLength).toBe(200_000);
  });

  it('limit: CSV data rows (100,000), checked while parsing', () => {
    const text = csvOf([EFFORT]) + '\n,'.repeat(IMPORT_LIMITS.maxCsvRows + 5);
    expect(issues(text)).toEqual(['file:tooMany']);
    expect(IMPORT_LIMITS.maxCsvRows).toBe(100_000);
  });

  it('one row per measure, or one row for an effort without figures', () => {
    const ds = ok(
      csvOf([
        { ...EFFORT, ...FIGURE },
        { ...EFFORT, ...SECOND },
        { ...EFFORT, effort_id: 'b' },
      ]),
    );
    expect(ds.efforts.map((e) => [e.id, e.measures.map((m) => m.figure)])).toEqual([
      ['a', ['16.8万元', '200余人次']],
      ['b', []],
    ]);
  });

  it('continuation rows: effort columns may be left empty on the following rows', () => {
    const ds = ok(
      csvOf([
        { ...EFFORT, ...FIGURE },
        { effort_id: 'a', ...SECOND },
      ]),
    );
    expect(ds.efforts).toHaveLength(1);
    expect(ds.efforts[0]!.measures).toHaveLength(2);
  });

  it('continuation rows: effort columns may be repeated identically', () => {
    const ds = ok(
      csvOf([
        { ...EFFORT, ...FIGURE },
        { ...EFFORT, ...SECOND },
      ]),
    );
    expect(ds.efforts[0]!.measures.map((m) => m.figure)).toEqual(['16.8万元', '200余人次']);
  });

  it('continuation rows: a different value is an error (located, naming the first row)', () => {
    const r = parse(
      csvOf([
        { ...EFFORT, ...FIGURE },
        { effort_id: 'a', summary_en: 'Other', ...SECOND },
      ]),
    );
    expect(r.ok ? [] : r.errors.map((e) => [where(e), e.params])).toEqual([
      ['3:summary_en:conflict', { row: 2, effort: 'a' }],
    ]);
  });

  it('continuation rows of an effort whose first row has an error are not reported as empty again', () => {
    // The issue of this rule: a refused region on the first row made every empty effort cell of the
    // second row "required" (此处不能为空). Only the first row's problem is reported.
    const text = csvOf([
      { ...EFFORT, region_code: '519999', ...FIGURE },
      { effort_id: 'a', ...SECOND },
    ]);
    expect(issues(text)).toEqual(['2:region_code:badChoice']);
    // A figure error on such a continuation row is still found.
    const bad = csvOf([
      { ...EFFORT, region_code: '519999', ...FIGURE },
      { effort_id: 'a', ...SECOND, unit: 'x' },
    ]);
    expect(issues(bad)).toEqual(['2:region_code:badChoice', '3:unit:badChoice']);
  });

  it('lists are separated by ";"; items are trimmed; empty items are ignored', () => {
    const ds = ok(
      csvOf([{ ...EFFORT, activities: ' donations ; ;coordination;', place_codes: '510421; ;' }]),
    );
    expect(ds.efforts[0]!.activities).toEqual(['donations', 'coordination']);
    expect(ds.efforts[0]!.placeCodes).toEqual(['510421']);
  });

  it('every cell is trimmed', () => {
    const ds = ok(
      csvOf([{ ...EFFORT, effort_id: '  a ', summary_zh: '  捐款  ', ...FIGURE, unit: ' yuan ' }]),
    );
    expect(ds.efforts[0]).toMatchObject({ id: 'a', summary: { zh: '捐款' } });
    expect(ds.efforts[0]!.measures[0]!.unit).toBe('yuan');
  });

  it("a leading apostrophe before =, +, -, @ or ' is removed (the formula escape)", () => {
    for (const c of ['=', '+', '-', '@', "'"]) {
      const ds = ok(csvOf([{ ...EFFORT, summary_en: `'${c}SUM(1)` }]));
      expect(ds.efforts[0]!.summary.en, c).toBe(`${c}SUM(1)`);
    }
    // Before anything else the apostrophe is kept.
    expect(ok(csvOf([{ ...EFFORT, summary_en: "'Tis" }])).efforts[0]!.summary.en).toBe("'Tis");
  });

  it('column names are case-insensitive', () => {
    const upper = Object.fromEntries(
      Object.entries({ ...EFFORT, ...FIGURE }).map(([k, v]) => [k.toUpperCase(), v]),
    );
    expect(ok(csvOf([upper])).efforts[0]!.measures).toHaveLength(1);
  });

  it('column order does not matter', () => {
    const row = { ...EFFORT, ...FIGURE };
    const reversed = Object.fromEntries(Object.entries(row).reverse());
    expect(ok(csvOf([reversed]))).toEqual(ok(csvOf([row])));
  });

  it('unknown columns are an error', () => {
    expect(issues(csvOf([{ ...EFFORT, summery_en: 'x' }]))).toEqual(['1:summery_en:unknownColumn']);
  });

  it('required columns (*) must be present', () => {
    const { quote: _quote, ...rest } = EFFORT;
    expect(issues(csvOf([rest]))).toEqual(['1::missingColumn']);
  });

  it('effort_id: lower-case letters, digits, "-"', () => {
    expect(issues(csvOf([{ ...EFFORT, effort_id: 'Pzh_1' }]))).toEqual(['2:effort_id:badId']);
  });

  it('region_code: six digits, one of the regions', () => {
    expect(issues(csvOf([{ ...EFFORT, region_code: '5104' }]))).toEqual(['2:region_code:badCode']);
    expect(issues(csvOf([{ ...EFFORT, region_code: '519999' }]))).toEqual(['2:region_code:badChoice']);
  });

  it('place_codes: further region codes, ";"-separated', () => {
    expect(ok(csvOf([{ ...EFFORT, place_codes: '510421;510411' }])).efforts[0]!.placeCodes).toEqual([
      '510421',
      '510411',
    ]);
    expect(issues(csvOf([{ ...EFFORT, place_codes: '510421;519999' }]))).toEqual(['2:place_codes:badChoice']);
  });

  it('organisation_names_en: same order and count, default the Chinese names', () => {
    const ds = ok(
      csvOf([{ ...EFFORT, organisation_names: '甲;乙', organisation_types: 'private-enterprise' }]),
    );
    expect(ds.organisations.map((o) => o.name)).toEqual([
      { zh: '甲', en: '甲' },
      { zh: '乙', en: '乙' },
    ]);
    const en = ok(csvOf([{ ...EFFORT, organisation_names: '甲;乙', organisation_names_en: 'A;B' }]));
    expect(en.organisations.map((o) => o.name.en)).toEqual(['A', 'B']);
    expect(issues(csvOf([{ ...EFFORT, organisation_names: '甲;乙', organisation_names_en: 'A' }]))).toEqual([
      '2:organisation_names_en:countMismatch',
    ]);
  });

  it('organisation_types: one for all names or one per name, by id, Chinese or English label', () => {
    const all = ok(csvOf([{ ...EFFORT, organisation_names: '甲;乙', organisation_types: '民营企业' }]));
    expect(all.organisations.map((o) => o.type)).toEqual(['private-enterprise', 'private-enterprise']);
    const each = ok(
      csvOf([
        {
          ...EFFORT,
          organisation_names: '甲;乙',
          organisation_types: 'private enterprise;united-front-department',
        },
      ]),
    );
    expect(each.organisations.map((o) => o.type)).toEqual(['private-enterprise', 'united-front-department']);
  });

  it('organisation_ids: default made from the Chinese name and type; the same Chinese name is the same organisation', () => {
    const ds = ok(
      csvOf([
        { ...EFFORT, organisation_names: '甲;乙' },
        {
          ...EFFORT,
          effort_id: 'b',
          region_code: '510100',
          organisation_names: '乙;丙',
          organisation_types: 'democratic-party',
        },
      ]),
    );
    const id = (zh: string, type: string): string => defaultOrganisationId(zh, type, () => false);
    expect(ds.organisations.map((o) => [o.id, o.name.zh])).toEqual([
      [id('甲', 'private-enterprise'), '甲'],
      [id('乙', 'private-enterprise'), '乙'],
      // 丙 is first named by the second effort: its type is that effort's.
      [id('丙', 'democratic-party'), '丙'],
    ]);
    expect(ds.efforts[1]!.organisationIds).toEqual([
      id('乙', 'private-enterprise'),
      id('丙', 'democratic-party'),
    ]);
    // Another report naming 乙 the same way gives it the same id: the union shows one body.
    const other = ok(csvOf([{ ...EFFORT, effort_id: 'z', organisation_names: '乙' }]));
    expect(other.organisations[0]!.id).toBe(ds.organisations[1]!.id);
    // An organisation's region and type are those of the first effort that names it.
    expect(ds.organisations[1]).toMatchObject({ regionCode: '510400', type: 'private-enterprise' });
    const given = ok(csvOf([{ ...EFFORT, organisation_ids: 'my-firm' }]));
    expect(given.organisations[0]!.id).toBe('my-firm');
  });

  it('two reports imported without organisation_ids load together: no clash, the same body merged', () => {
    const report = (id: string, names: string): Dataset =>
      buildDataset({ ...ok(csvOf([{ ...EFFORT, organisation_names: names }])), id });
    const first = report('report-one', '甲公司;乙公司');
    // Numbered ids gave this report's 丙公司 the id org-1, which is 甲公司's in the first: refused.
    expect(findClashes([first], report('report-two', '丙公司'))).toEqual([]);
    const both = buildUnion([first, report('report-two', '丙公司;甲公司')]);
    expect(both.organisations.map((o) => o.name.zh)).toEqual(['甲公司', '乙公司', '丙公司']);
  });

  it('organisation_roles: actor or addressee, default actor; addressees are not actors; at least one actor', () => {
    expect(ok(csvOf([{ ...EFFORT, organisation_names: '甲;乙' }])).efforts[0]!.addresseeIds).toBeUndefined();
    const ds = ok(csvOf([{ ...EFFORT, organisation_names: '甲;乙', organisation_roles: 'actor;addressee' }]));
    const [a, b] = ds.organisations.map((o) => o.id);
    expect(ds.efforts[0]).toMatchObject({ organisationIds: [a], addresseeIds: [b] });
    expect(issues(csvOf([{ ...EFFORT, organisation_roles: 'addressee' }]))).toEqual([
      '2:organisation_roles:noActor',
    ]);
  });

  it('organisation_type_basis: stated, inferred or unrecorded; default (absent or empty) unrecorded', () => {
    expect(ok(csvOf([EFFORT])).organisations[0]!.typeBasis).toEqual({ kind: 'unrecorded' });
    expect(ok(csvOf([{ ...EFFORT, organisation_type_basis: '' }])).organisations[0]!.typeBasis).toEqual({
      kind: 'unrecorded',
    });
    expect(ok(csvOf([{ ...EFFORT, organisation_type_basis: 'stated' }])).organisations[0]!.typeBasis).toEqual(
      {
        kind: 'stated',
      },
    );
    expect(issues(csvOf([{ ...EFFORT, organisation_type_basis: 'guessed' }]))).toEqual([
      '2:organisation_type_basis:notOneOf',
    ]);
  });

  it('organisation_type_reasons_zh: required for an inferred name; _en defaults to the Chinese reasons', () => {
    const ds = ok(
      csvOf([
        {
          ...EFFORT,
          organisation_names: '甲;乙',
          organisation_type_basis: 'stated;inferred',
          organisation_type_reasons_zh: '名称含“公司”',
        },
      ]),
    );
    expect(ds.organisations[1]!.typeBasis).toEqual({
      kind: 'inferred',
      reason: { zh: '名称含“公司”', en: '名称含“公司”' },
    });
    expect(issues(csvOf([{ ...EFFORT, organisation_type_basis: 'inferred' }]))).toEqual([
      '2:organisation_type_reasons_zh:reasonCount',
    ]);
  });

  it('activities: ";"-separated, by id, Chinese or English label', () => {
    const ds = ok(
      csvOf([{ ...EFFORT, activities: 'donations;coordination and mobilisation;核酸检测点协助' }]),
    );
    expect(ds.efforts[0]!.activities).toEqual(['donations', 'coordination', 'testing-site-support']);
    expect(issues(csvOf([{ ...EFFORT, activities: 'juggling' }]))).toEqual(['2:activities:badChoice']);
  });

  it('date_kind: on, range or since; empty = undated, then date_start and date_end must be empty', () => {
    expect(ok(csvOf([EFFORT])).efforts[0]!.date).toBeNull();
    expect(issues(csvOf([{ ...EFFORT, date_kind: 'around', date_start: '2020-02-05' }]))).toEqual([
      '2:date_kind:badChoice',
    ]);
    // A start or end without a kind is refused (at the date_kind cell: a kind is missing).
    expect(issues(csvOf([{ ...EFFORT, date_start: '2020-02-05' }]))).toEqual(['2:date_kind:badChoice']);
    expect(issues(csvOf([{ ...EFFORT, date_end: '2020-02-05' }]))).toEqual(['2:date_kind:badChoice']);
  });

  it('date_start: YYYY-MM-DD, a real day, required with date_kind', () => {
    expect(issues(csvOf([{ ...EFFORT, date_kind: 'on' }]))).toEqual(['2:date_start:required']);
    expect(issues(csvOf([{ ...EFFORT, date_kind: 'on', date_start: '2021-02-29' }]))).toEqual([
      '2:date_start:badDate',
    ]);
  });

  it('date_end: for "on" empty or = date_start; for "range" required, not before the start; for "since" empty', () => {
    const date = (cells: Cells): unknown => ok(csvOf([{ ...EFFORT, ...cells }])).efforts[0]!.date;
    expect(date({ date_kind: 'on', date_start: '2020-02-05' })).toMatchObject({ end: '2020-02-05' });
    expect(date({ date_kind: 'on', date_start: '2020-02-05', date_end: '2020-02-05' })).toMatchObject({
      end: '2020-02-05',
    });
    expect(
      issues(csvOf([{ ...EFFORT, date_kind: 'on', date_start: '2020-02-05', date_end: '2020-02-06' }])),
    ).toEqual(['2:date_end:dateEndNotStart']);
    expect(date({ date_kind: 'range', date_start: '2020-02-03', date_end: '2020-02-20' })).toMatchObject({
      end: '2020-02-20',
    });
    expect(issues(csvOf([{ ...EFFORT, date_kind: 'range', date_start: '2020-02-03' }]))).toEqual([
      '2:date_end:dateEndMissing',
    ]);
    expect(
      issues(csvOf([{ ...EFFORT, date_kind: 'range', date_start: '2020-02-03', date_end: '2020-02-01' }])),
    ).toEqual(['2:date_end:dateEndBeforeStart']);
    expect(date({ date_kind: 'since', date_start: '2020-02-12' })).toMatchObject({
      kind: 'since',
      end: null,
    });
    expect(
      issues(csvOf([{ ...EFFORT, date_kind: 'since', date_start: '2020-02-12', date_end: '2020-02-13' }])),
    ).toEqual(['2:date_end:dateEndNotNull']);
  });

  it('date_quote: the words that give the date, default date_start', () => {
    const date = (cells: Cells): unknown => ok(csvOf([{ ...EFFORT, ...cells }])).efforts[0]!.date;
    expect(date({ date_kind: 'on', date_start: '2020-02-05' })).toMatchObject({ quote: '2020-02-05' });
    expect(date({ date_kind: 'on', date_start: '2020-02-05', date_quote: '2月5日' })).toMatchObject({
      quote: '2月5日',
    });
  });

  it('summary_zh, summary_en and quote are required', () => {
    expect(issues(csvOf([{ ...EFFORT, summary_en: '' }]))).toEqual(['2:summary_en:required']);
    expect(issues(csvOf([{ ...EFFORT, quote: ' ' }]))).toEqual(['2:quote:required']);
  });

  it('measure columns all empty = no figure in this row', () => {
    expect(ok(csvOf([{ ...EFFORT, value: '', unit: '', qualifier: '' }])).efforts[0]!.measures).toEqual([]);
  });

  it('value: 万 expanded; 16800, 16,800, 0.5 and 1e6 are read; required with exact or at-least', () => {
    for (const [text, n] of [
      ['16800', 16800],
      ['16,800', 16800],
      ['0.5', 0.5],
      ['1e6', 1e6],
    ] as const) {
      expect(ok(csvOf([{ ...EFFORT, ...FIGURE, value: text }])).efforts[0]!.measures[0], text).toMatchObject({
        value: n,
      });
    }
    expect(issues(csvOf([{ ...EFFORT, ...FIGURE, value: '16.8万' }]))).toEqual(['2:value:badNumber']);
    expect(issues(csvOf([{ ...EFFORT, ...FIGURE, value: '' }]))).toEqual(['2:value:required']);
  });

  const APPROX: Cells = {
    unit: 'persons',
    qualifier: 'approx',
    figure: '数千',
    label_zh: '群众',
    value_low: '2000',
  };
  const approxEffort = { ...EFFORT, quote: '数千群众' };

  it('value must be empty for an approx figure', () => {
    expect(issues(csvOf([{ ...approxEffort, ...APPROX, value: '2000' }]))).toEqual(['2:value:approxValue']);
  });

  it('value_low: approx only, required with approx', () => {
    expect(ok(csvOf([{ ...approxEffort, ...APPROX }])).efforts[0]!.measures[0]).toEqual({
      low: 2000,
      unit: 'persons',
      qualifier: 'approx',
      figure: '数千',
      label: { zh: '群众', en: '群众' },
      quote: '数千群众',
    });
    expect(issues(csvOf([{ ...approxEffort, ...APPROX, value_low: '' }]))).toEqual(['2:value_low:required']);
    expect(issues(csvOf([{ ...EFFORT, ...FIGURE, value_low: '1' }]))).toEqual([
      '2:value_low:csvRangeOnlyApprox',
    ]);
  });

  it('value_high: approx only, inclusive, empty = no upper bound, not below value_low', () => {
    const m = ok(csvOf([{ ...approxEffort, ...APPROX, value_high: '9999' }])).efforts[0]!.measures[0]!;
    expect(m).toMatchObject({ low: 2000, high: 9999 });
    expect(issues(csvOf([{ ...approxEffort, ...APPROX, value_high: '1000' }]))).toEqual([
      '2:value_high:rangeOrder',
    ]);
    expect(issues(csvOf([{ ...EFFORT, ...FIGURE, value_high: '1' }]))).toEqual([
      '2:value_high:csvRangeOnlyApprox',
    ]);
  });

  it('unit: id, Chinese or English label; required with a figure', () => {
    expect(ok(csvOf([{ ...EFFORT, ...FIGURE, unit: '元' }])).efforts[0]!.measures[0]!.unit).toBe('yuan');
    expect(issues(csvOf([{ ...EFFORT, ...FIGURE, unit: '' }]))).toEqual(['2:unit:required']);
  });

  it('qualifier: exact, at-least or approx; required with a figure', () => {
    expect(issues(csvOf([{ ...EFFORT, ...FIGURE, qualifier: 'about' }]))).toEqual(['2:qualifier:badChoice']);
    expect(issues(csvOf([{ ...EFFORT, ...FIGURE, qualifier: '' }]))).toEqual(['2:qualifier:required']);
  });

  it('figure: as written, must occur in the measure quote; required with a figure', () => {
    expect(issues(csvOf([{ ...EFFORT, ...FIGURE, figure: '17万元' }]))).toEqual([
      '2:figure:figureNotInQuote',
    ]);
    expect(issues(csvOf([{ ...EFFORT, ...FIGURE, figure: '' }]))).toEqual(['2:figure:required']);
  });

  it('label_zh is required with a figure; label_en defaults to label_zh', () => {
    expect(ok(csvOf([{ ...EFFORT, ...FIGURE }])).efforts[0]!.measures[0]!.label).toEqual({
      zh: '捐款',
      en: '捐款',
    });
    expect(issues(csvOf([{ ...EFFORT, ...FIGURE, label_zh: '' }]))).toEqual(['2:label_zh:required']);
  });

  it("measure_quote: the sentence containing the figure, default the effort's quote", () => {
    expect(ok(csvOf([{ ...EFFORT, ...FIGURE }])).efforts[0]!.measures[0]!.quote).toBe(EFFORT.quote);
    const own = ok(csvOf([{ ...EFFORT, ...FIGURE, measure_quote: '捐款16.8万元' }]));
    expect(own.efforts[0]!.measures[0]!.quote).toBe('捐款16.8万元');
  });

  it('dataset columns: read from the first row where they are filled in', () => {
    const ds = ok(
      csvOf([
        { ...EFFORT, dataset_title_zh: '' },
        { ...EFFORT, effort_id: 'b', dataset_title_zh: '标题一' },
        { ...EFFORT, effort_id: 'c', dataset_title_zh: '标题二' },
      ]),
    );
    expect(ds.title).toEqual({ zh: '标题一', en: '标题一' });
  });

  it('dataset defaults: id import-<file name>, no version, titles from the file name, 用户导入, example.invalid, import time', () => {
    const ds = ok(csvOf([EFFORT]));
    expect(ds.id).toBe('import-my-file-2');
    expect(ds.datasetVersion).toBeUndefined();
    expect(ds.title).toEqual({ zh: 'My File 2', en: 'My File 2' });
    expect(ds.source).toMatchObject({
      title: 'My File 2',
      titleEn: 'My File 2',
      publisher: { zh: '用户导入', en: 'Imported by the user' },
      url: 'https://example.invalid/',
      publishedAt: NOW,
    });
  });

  it("dataset_id must not be the bundled dataset's id", () => {
    const r = importText(csvOf([{ ...EFFORT, dataset_id: bundled.id }]), {
      fileName: 'x.csv',
      vocabularies,
      reservedIds: [bundled.id],
      now: NOW,
    });
    expect(r.ok ? [] : r.errors.map((e) => [where(e), e.params])).toEqual([
      ['path:idTaken', { id: bundled.id }],
    ]);
  });

  it('dataset_version: a version such as 1.0.0', () => {
    expect(ok(csvOf([{ ...EFFORT, dataset_version: '1.2.3' }])).datasetVersion).toBe('1.2.3');
    expect(issues(csvOf([{ ...EFFORT, dataset_version: 'v1' }]))).toEqual([
      '2:dataset_version:datasetVersion',
    ]);
  });

  it('vocabularies are those given to the importer (the bundled ones in the app)', () => {
    const ds = ok(csvOf([EFFORT]));
    expect(ds.units).toEqual(bundled.units);
    expect(ds.regions).toEqual(bundled.regions);
    const own = parseDatasetCsv(csvOf([EFFORT]), {
      ...opts,
      vocabularies: { ...vocabularies, regions: bundled.regions.slice(0, 1) },
    });
    expect(own.ok ? [] : own.errors.map(where)).toEqual(['2:region_code:badChoice']);
  });

  it('files written before dataset 2.0.0 (no role, type-basis or range columns) still import', () => {
    const ds = ok(csvOf([{ ...EFFORT, organisation_names: '甲;乙', ...FIGURE }]));
    expect(ds.efforts[0]!.organisationIds).toEqual(ds.organisations.map((o) => o.id));
    expect(ds.organisations.map((o) => o.name.zh)).toEqual(['甲', '乙']);
    expect(ds.organisations.every((o) => o.typeBasis.kind === 'unrecorded')).toBe(true);
    // …but an approx row with its number in `value` is refused.
    const old = {
      ...approxEffort,
      unit: 'persons',
      qualifier: 'approx',
      figure: '数千',
      label_zh: '群众',
      value: '2000',
    };
    expect(issues(csvOf([old]))).toEqual(['2:value_low:required', '2:value:approxValue']);
  });

  it('round trip: reading what csv-export writes gives the same dataset back', () => {
    const text = datasetToCsv(bundled);
    const r = parseDatasetCsv(text, { vocabularies, fileName: 'x.csv', now: NOW });
    expect(r.ok && r.value.efforts).toEqual(bundled.efforts);
  });
});
