/* eslint-disable @typescript-eslint/no-explicit-any -- fixtures are mutated freely to make them invalid */
import { describe, expect, it } from 'vitest';
import { formatPath, parseDatasetJson, parseDatasetText } from '../../../src/data/parse-dataset';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

/** Apply a mutation to a fresh copy of the mini dataset and return the located errors. */
function errorsAfter(mutate: (ds: Record<string, any>) => void): Array<{ path: string; message: string }> {
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

  it('locates a missing field', () => {
    const errors = errorsAfter((ds) => delete ds.efforts[1].measures[0].quote);
    expect(errors).toEqual([
      {
        path: 'efforts[1].measures[0].quote',
        message: 'expected string, got nothing (the field is missing)',
      },
    ]);
  });

  it('locates a wrong type', () => {
    const errors = errorsAfter((ds) => (ds.efforts[0].measures[0].value = '200'));
    expect(errors).toEqual([
      { path: 'efforts[0].measures[0].value', message: 'expected number, got the text "200"' },
    ]);
  });

  it('locates a bad qualifier and lists the allowed ones', () => {
    const errors = errorsAfter((ds) => (ds.efforts[2].measures[1].qualifier = 'roughly'));
    expect(errors).toEqual([
      {
        path: 'efforts[2].measures[1].qualifier',
        message: 'expected one of "exact", "at-least", "approx", got the text "roughly"',
      },
    ]);
  });

  it('locates an unknown region code', () => {
    const errors = errorsAfter((ds) => (ds.efforts[1].regionCode = '519999'));
    expect(errors).toEqual([{ path: 'efforts[1].regionCode', message: 'unknown region code "519999"' }]);
  });

  it('locates a malformed region code', () => {
    const errors = errorsAfter((ds) => (ds.efforts[1].regionCode = 'Chengdu'));
    expect(errors[0]).toMatchObject({ path: 'efforts[1].regionCode' });
    expect(errors[0]!.message).toMatch(/six-digit GB\/T 2260 region code/);
  });

  it('locates a dangling organisation reference', () => {
    const errors = errorsAfter((ds) => ds.efforts[2].organisationIds.push('ghost-org'));
    expect(errors).toEqual([
      { path: 'efforts[2].organisationIds[2]', message: 'unknown organisation id "ghost-org"' },
    ]);
  });

  it('locates an unknown unit, activity and organisation type separately', () => {
    const errors = errorsAfter((ds) => {
      ds.efforts[0].measures[0].unit = 'bananas';
      ds.efforts[0].activities = ['juggling'];
      ds.organisations[0].type = 'guild';
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: 'efforts[0].measures[0].unit', message: 'unknown unit "bananas"' },
        { path: 'efforts[0].activities[0]', message: 'unknown activity "juggling"' },
        { path: 'organisations[0].type', message: 'unknown organisation type "guild"' },
      ]),
    );
    expect(errors).toHaveLength(3);
  });

  it('rejects a figure that is not in its quote', () => {
    const errors = errorsAfter((ds) => (ds.efforts[0].measures[0].figure = '300余人次'));
    expect(errors).toEqual([
      { path: 'efforts[0].measures[0].figure', message: 'the figure does not occur in its quote' },
    ]);
  });

  it('rejects unknown fields (typos do not pass silently)', () => {
    const errors = errorsAfter((ds) => (ds.efforts[0].measures[0].qualifer = 'exact'));
    expect(errors).toEqual([{ path: 'efforts[0].measures[0]', message: 'unknown field "qualifer"' }]);
  });

  it('rejects duplicate ids and inconsistent dates', () => {
    const errors = errorsAfter((ds) => {
      ds.efforts[1].date = { kind: 'range', start: '2022-09-04', end: '2022-09-03', quote: 'x' };
    });
    expect(errors).toEqual([{ path: 'efforts[1].date.end', message: 'expected end on or after start' }]);
    const dupes = errorsAfter((ds) => (ds.organisations[1].id = 'cd-ufd'));
    expect(dupes).toContainEqual({ path: 'organisations[1]', message: 'duplicate id "cd-ufd"' });
  });

  it('rejects a day that does not exist', () => {
    const errors = errorsAfter((ds) => {
      ds.efforts[1].date = { kind: 'on', start: '2022-09-31', end: '2022-09-31', quote: 'x' };
    });
    expect(errors).toContainEqual({
      path: 'efforts[1].date.start',
      message: 'expected a real calendar date',
    });
  });

  it('reports non-objects and broken JSON without throwing', () => {
    expect(parseDatasetJson(null)).toEqual({
      ok: false,
      errors: [{ path: '(root)', message: 'expected object, got null' }],
    });
    const text = parseDatasetText('{"schemaVersion": 1,');
    expect(text.ok).toBe(false);
    if (!text.ok) expect(text.errors[0]!.message).toMatch(/^not valid JSON/);
  });

  it('caps the number of reported errors for a hostile file', () => {
    const errors = errorsAfter((ds) => {
      ds.efforts = Array.from({ length: 500 }, () => ({ id: 'BAD ID' }));
    });
    expect(errors.length).toBeLessThanOrEqual(50);
    expect(errors[0]!.path).toBe('efforts[0].id');
  });
});
