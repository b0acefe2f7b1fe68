/* eslint-disable @typescript-eslint/no-explicit-any -- fixtures are mutated freely to make them invalid */
import { describe, expect, it } from 'vitest';
import {
  formatPath,
  parseDatasetJson,
  parseDatasetText,
  type DatasetError,
} from '../../../src/data/parse-dataset';
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
});
