/* eslint-disable @typescript-eslint/no-explicit-any -- fixtures are mutated freely to make them invalid */
import { describe, expect, it } from 'vitest';
import { formatPath, parseDatasetJson, parseDatasetText } from '../../../src/data/parse-dataset';
import { upgradeSchema1 } from '../../../src/data/upgrade';
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

  it('refuses an approximate figure with a single value, and an exact one without', () => {
    // mini: efforts[2].measures[1] is 数千人次 (approx 2000..9999), efforts[0].measures[0] 200余人次.
    expect(errorsAfter((ds) => (ds.efforts[2].measures[1].value = 2000))).toEqual([
      {
        path: 'efforts[2].measures[1].value',
        message:
          'an approximate figure (数千, 数家) has no single value: give "low" (and "high" where the words imply one)',
      },
    ]);
    expect(errorsAfter((ds) => delete ds.efforts[2].measures[1].low)).toEqual([
      {
        path: 'efforts[2].measures[1].low',
        message: 'expected "low", the smallest amount the words of an approximate figure allow',
      },
    ]);
    expect(errorsAfter((ds) => (ds.efforts[2].measures[1].high = 1000))).toEqual([
      { path: 'efforts[2].measures[1].high', message: 'expected "high" to be at least "low"' },
    ]);
    expect(
      errorsAfter((ds) => {
        delete ds.efforts[0].measures[0].value;
        ds.efforts[0].measures[0].low = 200;
      }),
    ).toEqual([
      {
        path: 'efforts[0].measures[0].value',
        message: 'expected a number: a "at-least" figure has a value',
      },
      {
        path: 'efforts[0].measures[0].low',
        message: 'only an approximate figure has "low"; a "at-least" figure has "value"',
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
      { path: 'organisations[0].typeBasis', message: 'expected object, got nothing (the field is missing)' },
    ]);
    expect(errorsAfter((ds) => (ds.organisations[0].typeBasis = { kind: 'inferred' }))).toEqual([
      {
        path: 'organisations[0].typeBasis.reason',
        message: 'an inferred type needs a reason {zh, en}: what it is inferred from',
      },
    ]);
    expect(
      errorsAfter(
        (ds) => (ds.organisations[0].typeBasis = { kind: 'stated', reason: { zh: '因', en: 'as' } }),
      ),
    ).toEqual([
      {
        path: 'organisations[0].typeBasis.reason',
        message: 'only an inferred type has a reason, not a "stated" one',
      },
    ]);
    expect(errorsAfter((ds) => (ds.organisations[0].typeBasis = { kind: 'guessed' }))).toEqual([
      {
        path: 'organisations[0].typeBasis.kind',
        message: 'expected one of "stated", "inferred", "unrecorded", got the text "guessed"',
      },
    ]);
  });

  it('checks the dataset version and refuses an empty addressee list', () => {
    expect(errorsAfter((ds) => (ds.datasetVersion = 'v2'))).toEqual([
      { path: 'datasetVersion', message: 'expected a version such as "2.0.0"' },
    ]);
    expect(errorsAfter((ds) => (ds.efforts[0].addresseeIds = []))).toEqual([
      {
        path: 'efforts[0].addresseeIds',
        message: 'expected at least 1 item',
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
