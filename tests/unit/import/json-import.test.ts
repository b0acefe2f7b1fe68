import { describe, expect, it } from 'vitest';
import { parseDatasetJsonFile, checkJsonLimits } from '../../../src/import/json-import';
import { formatIssue } from '../../../src/i18n/import-issues';
import { IMPORT_LIMITS } from '../../../src/import/limits';
import { miniDatasetJson } from '../../fixtures/mini-dataset';
import { readJson } from '../../fixtures/load';

describe('JSON import', () => {
  it('accepts the mini dataset and the hostile fixture', () => {
    expect(parseDatasetJsonFile(JSON.stringify(miniDatasetJson())).ok).toBe(true);
    const hostile = parseDatasetJsonFile(JSON.stringify(readJson('tests/fixtures/hostile-dataset.json')));
    expect(hostile.ok ? 'ok' : hostile.errors.map((e) => formatIssue(e, 'en'))).toBe('ok');
  });

  it('accepts a UTF-8 BOM', () => {
    expect(parseDatasetJsonFile(`\uFEFF${JSON.stringify(miniDatasetJson())}`).ok).toBe(true);
  });

  it('reports a syntax error in both languages', () => {
    const r = parseDatasetJsonFile('{"schemaVersion": 1,');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.code).toBe('jsonSyntax');
    expect(formatIssue(r.errors[0]!, 'en')).toMatch(/^not valid JSON: /);
    expect(formatIssue(r.errors[0]!, 'zh')).toMatch(/^不是有效的 JSON：/);
  });

  it('locates schema and reference errors by path, in zh and en', () => {
    const ds = miniDatasetJson();
    (ds.efforts[1]!.measures[0] as { qualifier: string }).qualifier = 'roughly';
    const r = parseDatasetJsonFile(JSON.stringify(ds));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatIssue(r.errors[0]!, 'en')).toBe(
      'efforts[1].measures[0].qualifier: expected one of "exact", "at-least", "approx", got the text "roughly"',
    );
    expect(formatIssue(r.errors[0]!, 'zh')).toBe(
      'efforts[1].measures[0].qualifier：应为以下之一："exact", "at-least", "approx"；实际为文本 "roughly"',
    );
    const ds2 = miniDatasetJson();
    ds2.efforts[0]!.measures[0]!.unit = 'bananas';
    const r2 = parseDatasetJsonFile(JSON.stringify(ds2));
    expect(!r2.ok && formatIssue(r2.errors[0]!, 'zh')).toBe(
      'efforts[0].measures[0].unit：未知的单位“bananas”',
    );
  });

  it('rejects too many efforts before validating them', () => {
    const ds = miniDatasetJson() as unknown as { efforts: unknown[] };
    ds.efforts = Array.from({ length: IMPORT_LIMITS.maxEfforts + 1 }, () => ({}));
    const issues = checkJsonLimits(ds);
    expect(issues).toHaveLength(1);
    expect(formatIssue(issues[0]!, 'en')).toBe('efforts: too many efforts (20001); the limit is 20000');
  });

  it('rejects an over-long text with its path', () => {
    const ds = miniDatasetJson();
    ds.efforts[2]!.summary.en = 'x'.repeat(IMPORT_LIMITS.maxTextLength + 1);
    const r = parseDatasetJsonFile(JSON.stringify(ds));
    expect(!r.ok && r.errors.map((e) => formatIssue(e, 'en'))).toEqual([
      'efforts[2].summary.en: the text is too long (200001 characters); the limit is 200000',
    ]);
  });

  it('survives deep nesting and non-object roots', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(parseDatasetJsonFile(deep).ok).toBe(false);
    for (const text of ['null', '1', '"x"', '[]', '{}', ''])
      expect(parseDatasetJsonFile(text).ok).toBe(false);
  });
});
