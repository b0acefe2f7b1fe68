/* eslint-disable @typescript-eslint/no-explicit-any -- fixtures are mutated freely to make them invalid */
import { describe, expect, it, vi } from 'vitest';
import {
  formatPath,
  parseDatasetJson,
  parseDatasetText,
  type DatasetError,
} from '../../../src/data/parse-dataset';
import { datasetSchema } from '../../../src/data/schema';
import { upgradeSchema1 } from '../../../src/data/upgrade';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

// One malformed field → one code is tabulated in dataset-errors.test.ts; these are the parser's
// other promises (several errors at once, caps, never throwing).

/** Apply a mutation to a fresh copy of the mini dataset and return the located errors. */
function errorsAfter(mutate: (ds: Record<string, any>) => void): DatasetError[] {
  const ds = structuredClone(miniDatasetJson()) as unknown as Record<string, any>;
  mutate(ds);
  const result = parseDatasetJson(ds);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.errors;
}

describe('parseDatasetJson', () => {
  it('accepts a valid dataset', () => {
    const result = parseDatasetJson(miniDatasetJson());
    expect(result.ok).toBe(true);
  });

  it('validates a valid file without zod (the fast path) and an invalid one with it (for its messages)', () => {
    const zod = vi.spyOn(datasetSchema, 'safeParse');
    try {
      const text = JSON.stringify(miniDatasetJson());
      expect(parseDatasetText(text).ok).toBe(true);
      expect(zod).not.toHaveBeenCalled();
      const broken = JSON.parse(text) as Record<string, any>;
      broken.efforts[0].quote = ' ';
      const result = parseDatasetJson(broken);
      expect(zod).toHaveBeenCalledTimes(1);
      expect(result).toEqual({
        ok: false,
        errors: [expect.objectContaining({ path: 'efforts[0].quote', code: 'nonEmpty' })],
      });
    } finally {
      zod.mockRestore();
    }
  });

  it('formats paths the way people read them', () => {
    expect(formatPath(['efforts', 3, 'measures', 1, 'qualifier'])).toBe('efforts[3].measures[1].qualifier');
    expect(formatPath([])).toBe('(root)');
  });

  it('locates an unknown unit, activity and organisation type separately', () => {
    const errors = errorsAfter((ds) => {
      ds.efforts[0].measures[0].unit = 'bananas';
      ds.efforts[0].activities = ['juggling'];
      ds.organisations[0].type = 'guild';
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'efforts[0].measures[0].unit', code: 'unknownUnit', params: { id: 'bananas' } },
        { path: 'efforts[0].activities[0]', code: 'unknownActivity', params: { id: 'juggling' } },
        { path: 'organisations[0].type', code: 'unknownOrganisationType', params: { id: 'guild' } },
      ]),
    );
    expect(errors).toHaveLength(3);
  });

  it('reports a renamed organisation as a duplicate and as dangling references', () => {
    const errors = errorsAfter((ds) => (ds.organisations[1].id = 'cd-ufd'));
    expect(errors).toEqual([
      { path: 'organisations[1]', code: 'duplicateId', params: { id: 'cd-ufd' } },
      { path: 'efforts[1].organisationIds[0]', code: 'unknownOrganisation', params: { id: 'pzh-firm' } },
      { path: 'efforts[2].organisationIds[0]', code: 'unknownOrganisation', params: { id: 'pzh-firm' } },
    ]);
  });

  it('reports non-objects and broken JSON without throwing', () => {
    expect(parseDatasetJson(null)).toEqual({
      ok: false,
      errors: [
        { path: '(root)', code: 'wrongType', params: { expected: 'object', received: 'null', value: '' } },
      ],
    });
    const text = parseDatasetText('{"schemaVersion": 1,');
    expect(text.ok).toBe(false);
    if (!text.ok) expect(text.errors[0]!.code).toBe('jsonSyntax');
  });

  it('caps the number of reported errors for a hostile file', () => {
    const errors = errorsAfter((ds) => {
      ds.efforts = Array.from({ length: 500 }, () => ({ id: 'BAD ID' }));
    });
    expect(errors).toHaveLength(50);
    expect(errors[0]).toEqual({ path: 'efforts[0].id', code: 'idFormat', params: {} });
  });

  it('caps unknown fields too, although one zod issue can name many', () => {
    const errors = errorsAfter((ds) => {
      for (let i = 0; i < 80; i += 1) ds.efforts[0][`extra${i}`] = i;
    });
    expect(errors).toHaveLength(50);
    expect(errors.every((e) => e.code === 'unknownKey')).toBe(true);
  });

  it('refuses an approximate figure with a single value, and an exact one without', () => {
    // mini: efforts[2].measures[1] is 数千人次 (approx 2000..9999), efforts[0].measures[0] 200余人次.
    expect(errorsAfter((ds) => (ds.efforts[2].measures[1].value = 2000))).toEqual([
      {
        path: 'efforts[2].measures[1].value',
        code: 'approxHasValue',
        params: {},
      },
    ]);
    expect(errorsAfter((ds) => delete ds.efforts[2].measures[1].low)).toEqual([
      {
        path: 'efforts[2].measures[1].low',
        code: 'approxNeedsLow',
        params: {},
      },
    ]);
    expect(errorsAfter((ds) => (ds.efforts[2].measures[1].high = 1000))).toEqual([
      { path: 'efforts[2].measures[1].high', code: 'rangeOrder', params: {} },
    ]);
    expect(
      errorsAfter((ds) => {
        delete ds.efforts[0].measures[0].value;
        ds.efforts[0].measures[0].low = 200;
      }),
    ).toEqual([
      {
        path: 'efforts[0].measures[0].value',
        code: 'valueMissing',
        params: { qualifier: 'at-least' },
      },
      {
        path: 'efforts[0].measures[0].low',
        code: 'rangeOnlyApprox',
        params: { field: 'low', qualifier: 'at-least' },
      },
    ]);
  });

  it('gives an approximate figure its range and no value in the parsed dataset', () => {
    const result = parseDatasetJson(miniDatasetJson());
    if (!result.ok) throw new Error('expected the mini dataset to parse');
    const m = result.value.efforts[2]!.measures[1]!;
    expect(m).toEqual({
      low: 2000,
      high: 9999,
      unit: 'person-times',
      qualifier: 'approx',
      figure: '数千人次',
      label: { zh: '检测', en: 'tests' },
      quote: '协助完成核酸检测数千人次',
    });
  });

  it('requires a type basis for every organisation, with a reason exactly when inferred', () => {
    expect(errorsAfter((ds) => delete ds.organisations[0].typeBasis)).toEqual([
      {
        path: 'organisations[0].typeBasis',
        code: 'wrongType',
        params: { expected: 'object', received: 'missing', value: '' },
      },
    ]);
    expect(errorsAfter((ds) => (ds.organisations[0].typeBasis = { kind: 'inferred' }))).toEqual([
      {
        path: 'organisations[0].typeBasis.reason',
        code: 'inferredNeedsReason',
        params: {},
      },
    ]);
    expect(
      errorsAfter(
        (ds) => (ds.organisations[0].typeBasis = { kind: 'stated', reason: { zh: '因', en: 'as' } }),
      ),
    ).toEqual([
      {
        path: 'organisations[0].typeBasis.reason',
        code: 'reasonOnlyInferred',
        params: { kind: 'stated' },
      },
    ]);
    expect(errorsAfter((ds) => (ds.organisations[0].typeBasis = { kind: 'guessed' }))).toEqual([
      {
        path: 'organisations[0].typeBasis.kind',
        code: 'notOneOf',
        params: { allowed: '"stated", "inferred", "unrecorded"', received: 'string', value: '"guessed"' },
      },
    ]);
  });

  it('checks the dataset version and refuses an empty addressee list', () => {
    expect(errorsAfter((ds) => (ds.datasetVersion = 'v2'))).toEqual([
      { path: 'datasetVersion', code: 'datasetVersion', params: {} },
    ]);
    expect(errorsAfter((ds) => (ds.efforts[0].addresseeIds = []))).toEqual([
      {
        path: 'efforts[0].addresseeIds',
        code: 'tooFew',
        params: { minimum: 1 },
      },
    ]);
  });

  it('reads a schema-1 file by upgrading it, saying no more than it said', () => {
    const v1 = structuredClone(miniDatasetJson()) as unknown as Record<string, any>;
    v1.schemaVersion = 1;
    for (const o of v1.organisations) delete o.typeBasis;
    const approx = v1.efforts[2].measures[1];
    delete approx.low;
    delete approx.high;
    approx.value = 2000;
    const before = JSON.stringify(v1);
    const result = parseDatasetJson(v1);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(JSON.stringify(v1)).toBe(before);
    expect(result.value.schemaVersion).toBe(2);
    expect(result.value.organisations.map((o) => o.typeBasis.kind)).toEqual([
      'unrecorded',
      'unrecorded',
      'unrecorded',
    ]);
    expect(result.value.efforts[2]!.measures[1]).toMatchObject({ qualifier: 'approx', low: 2000 });
    expect(result.value.efforts[2]!.measures[1]).not.toHaveProperty('high');
    expect(result.value.efforts[2]!.measures[1]).not.toHaveProperty('value');
    // A schema-2 file is not touched; a malformed one is left for validation to locate.
    expect(upgradeSchema1(miniDatasetJson())).toEqual(miniDatasetJson());
    expect(upgradeSchema1({ schemaVersion: 1, efforts: 'none' })).toEqual({
      schemaVersion: 2,
      efforts: 'none',
    });
    expect(upgradeSchema1(null)).toBeNull();
  });
});
