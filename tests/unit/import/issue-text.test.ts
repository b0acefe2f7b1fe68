import { describe, expect, it } from 'vitest';
import { DATASET_ERROR_CODES, datasetError } from '../../../src/data/dataset-errors';
import { formatBytes, formatIssue, formatLocation } from '../../../src/i18n/import-issues';
import {
  capIssues,
  clip,
  fileIssue,
  fromDatasetErrors,
  MAX_ISSUES,
  type ImportIssue,
  type ImportIssueCode,
} from '../../../src/import/issues';

/** Parameters that fill every template of the import's own codes. */
const PARAMS = {
  size: 6 * 1024 * 1024,
  max: 5 * 1024 * 1024,
  name: 'a.xlsx',
  message: 'boom',
  what: 'efforts',
  count: 3,
  length: 300000,
  column: 'unit',
  allowed: 'a, b',
  value: 'x',
  expected: 2,
  row: 7,
  effort: 'e-1',
  id: 'mini',
  data: 2,
  texts: 0,
};

const IMPORT_CODES: ImportIssueCode[] = [
  'fileTooLarge',
  'fileEmpty',
  'unsupportedType',
  'csvSyntax',
  'tooMany',
  'textTooLong',
  'missingColumn',
  'unknownColumn',
  'duplicateColumn',
  'required',
  'badChoice',
  'badNumber',
  'badDate',
  'badCode',
  'badId',
  'countMismatch',
  'conflict',
  'idTaken',
  'sourceTextAlone',
  'tooManyFiles',
  'sourceTextTwice',
  'sourceTextEmpty',
  'sourceTextTooLong',
  'moreIssues',
  'unexpected',
];

describe('import issues in words', () => {
  it('has a distinct sentence for every code of the import, in both languages', () => {
    const text = Object.fromEntries(
      IMPORT_CODES.map((code) => [
        code,
        ['zh', 'en'].map((lang) => formatIssue(fileIssue(code, PARAMS), lang as 'zh' | 'en')),
      ]),
    );
    expect(text).toMatchSnapshot();
    const all = Object.values(text).flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('names what there is too much of, in both languages, and unknown kinds as given', () => {
    const tooMany = (what: string, lang: 'zh' | 'en'): string =>
      formatIssue(fileIssue('tooMany', { what, count: 9, max: 5 }), lang);
    const kinds = [
      'efforts',
      'measures',
      'organisations',
      'regions',
      'units',
      'organisationTypes',
      'activities',
      'rows',
      'columns',
      'datasets',
    ];
    expect(kinds.map((k) => tooMany(k, 'zh'))).toMatchSnapshot();
    expect(kinds.map((k) => tooMany(k, 'en'))).toMatchSnapshot();
    expect(tooMany('widgets', 'en')).toBe('too many widgets (9); the limit is 5');
  });

  it('locates issues by path, row and column', () => {
    expect(formatLocation({ kind: 'file' }, 'zh')).toBe('');
    expect(formatLocation({ kind: 'path', path: 'efforts[1].unit' }, 'zh')).toBe('efforts[1].unit：');
    expect(formatLocation({ kind: 'path', path: 'id' }, 'en')).toBe('id: ');
    expect(formatLocation({ kind: 'row', row: 12 }, 'zh')).toBe('第 12 行：');
    expect(formatLocation({ kind: 'row', row: 12, column: 'unit' }, 'zh')).toBe('第 12 行，“unit”列：');
    expect(formatLocation({ kind: 'row', row: 12 }, 'en')).toBe('row 12: ');
    expect(formatLocation({ kind: 'row', row: 12, column: 'unit' }, 'en')).toBe('row 12, column "unit": ');
    const issue: ImportIssue = {
      location: { kind: 'row', row: 3, column: 'value' },
      code: 'badNumber',
      params: { value: '-1' },
    };
    expect(formatIssue(issue, 'en')).toBe(
      'row 3, column "value": expected a number ≥ 0 (such as 16800 or 16,800); got "-1"',
    );
  });

  it('renders the validator codes through the validation catalogue', () => {
    for (const code of DATASET_ERROR_CODES) {
      const zh = formatIssue(fileIssue(code, {}), 'zh');
      expect(zh.length, code).toBeGreaterThan(0);
      expect(zh, code).not.toBe(formatIssue(fileIssue(code, {}), 'en'));
    }
  });

  it('writes sizes in MB from 0.1 MB and in whole KB below', () => {
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
    expect(formatBytes(0.1 * 1024 * 1024)).toBe('0.1 MB');
    expect(formatBytes(0.1 * 1024 * 1024 - 1)).toBe('102 KB');
    expect(formatBytes(1536)).toBe('2 KB');
    expect(formatBytes(10)).toBe('1 KB');
    expect(formatBytes('2048')).toBe('2 KB');
  });

  it('clips long values by character and caps the list with a count of the rest', () => {
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abcd', 3)).toBe('ab…');
    expect(clip('同心地图', 3)).toBe('同心…');
    expect(clip('x'.repeat(60))).toBe('x'.repeat(60));
    expect(clip('x'.repeat(61))).toBe(`${'x'.repeat(59)}…`);
    const issues = Array.from({ length: MAX_ISSUES + 3 }, (_, i) => fileIssue('required', { i }));
    const capped = capIssues(issues);
    expect(capped).toHaveLength(MAX_ISSUES + 1);
    expect(capped.at(-1)).toEqual(fileIssue('moreIssues', { count: 3 }));
    expect(capIssues(issues.slice(0, MAX_ISSUES))).toHaveLength(MAX_ISSUES);
    expect(fileIssue('fileEmpty')).toEqual({ location: { kind: 'file' }, code: 'fileEmpty', params: {} });
  });

  it('locates validator errors by path, the file-level ones at the file', () => {
    const errors = [
      datasetError('(file)', 'jsonSyntax', { message: 'x' }),
      datasetError('(root)', 'invalidValue', {}),
      datasetError('efforts[0].id', 'idFormat', {}),
    ];
    expect(fromDatasetErrors(errors).map((i) => i.location)).toEqual([
      { kind: 'file' },
      { kind: 'file' },
      { kind: 'path', path: 'efforts[0].id' },
    ]);
    expect(fromDatasetErrors(errors)[0]).toMatchObject({ code: 'jsonSyntax', params: { message: 'x' } });
  });
});
