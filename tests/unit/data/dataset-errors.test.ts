/* eslint-disable @typescript-eslint/no-explicit-any -- fixtures are mutated freely to make them invalid */
import { describe, expect, it } from 'vitest';
import {
  DATASET_ERROR_CODES,
  isDatasetErrorCode,
  type DatasetError,
  type DatasetErrorCode,
} from '../../../src/data/dataset-errors';
import { fromZodIssue, parseDatasetJson, parseDatasetText } from '../../../src/data/parse-dataset';
import { miniDatasetJson } from '../../fixtures/mini-dataset';
import { regionRegistry } from '../../fixtures/load';

const registry = regionRegistry();

type Row = [name: string, mutate: (ds: Record<string, any>) => void, expected: DatasetError[]];

const missing = { received: 'missing', value: '' } as const;

/** Malformed datasets (one mutation of the mini dataset each) and exactly the errors they produce. */
const TABLE: Row[] = [
  [
    'a missing field',
    (ds) => delete ds.efforts[1].measures[0].quote,
    [{ path: 'efforts[1].measures[0].quote', code: 'wrongType', params: { expected: 'string', ...missing } }],
  ],
  [
    'text where a number belongs',
    (ds) => (ds.efforts[0].measures[0].value = '200'),
    [
      {
        path: 'efforts[0].measures[0].value',
        code: 'wrongType',
        params: { expected: 'number', received: 'string', value: '"200"' },
      },
    ],
  ],
  [
    'a number where a region code belongs',
    (ds) => (ds.regions[1].parent = 5),
    [
      {
        path: 'regions[1].parent',
        code: 'wrongType',
        params: { expected: 'string', received: 'number', value: '5' },
      },
    ],
  ],
  [
    'a list where an object belongs',
    (ds) => (ds.efforts[0].summary = ['x']),
    [
      {
        path: 'efforts[0].summary',
        code: 'wrongType',
        params: { expected: 'object', received: 'array', value: '' },
      },
    ],
  ],
  [
    'a qualifier not in the list',
    (ds) => (ds.efforts[2].measures[1].qualifier = 'roughly'),
    [
      {
        path: 'efforts[2].measures[1].qualifier',
        code: 'notOneOf',
        params: { allowed: '"exact", "at-least", "approx"', received: 'string', value: '"roughly"' },
      },
    ],
  ],
  [
    'an unsupported schema version',
    (ds) => (ds.schemaVersion = 3),
    [{ path: 'schemaVersion', code: 'notOneOf', params: { allowed: '2', received: 'number', value: '3' } }],
  ],
  [
    'an effort with no activity',
    (ds) => (ds.efforts[0].activities = []),
    [{ path: 'efforts[0].activities', code: 'tooFew', params: { minimum: 1 } }],
  ],
  [
    'two unknown fields (typos do not pass silently)',
    (ds) => Object.assign(ds.efforts[0].measures[0], { qualifer: 'exact', note: 'x' }),
    [
      { path: 'efforts[0].measures[0]', code: 'unknownKey', params: { key: 'qualifer' } },
      { path: 'efforts[0].measures[0]', code: 'unknownKey', params: { key: 'note' } },
    ],
  ],
  [
    'blank text',
    (ds) => (ds.efforts[0].summary.zh = '  '),
    [{ path: 'efforts[0].summary.zh', code: 'nonEmpty', params: {} }],
  ],
  [
    'a malformed region code',
    (ds) => (ds.efforts[1].regionCode = 'Chengdu'),
    [{ path: 'efforts[1].regionCode', code: 'regionCode', params: {} }],
  ],
  [
    'a date in the wrong format',
    (ds) => (ds.efforts[2].date.start = '2022/9/2'),
    [
      { path: 'efforts[2].date.start', code: 'isoDate', params: {} },
      { path: 'efforts[2].date.start', code: 'calendarDate', params: {} },
    ],
  ],
  [
    'a day that does not exist',
    (ds) => (ds.efforts[2].date.start = '2022-09-31'),
    [{ path: 'efforts[2].date.start', code: 'calendarDate', params: {} }],
  ],
  [
    'a malformed id',
    (ds) => (ds.efforts[0].id = 'Bad Id'),
    [{ path: 'efforts[0].id', code: 'idFormat', params: {} }],
  ],
  [
    'a negative value',
    (ds) => (ds.efforts[0].measures[0].value = -1),
    [{ path: 'efforts[0].measures[0].value', code: 'nonNegative', params: {} }],
  ],
  [
    'a URL that is not http(s)',
    (ds) => (ds.source.url = 'javascript:alert(1)'),
    [{ path: 'source.url', code: 'httpUrl', params: {} }],
  ],
  [
    'a publication time without offset',
    (ds) => (ds.source.publishedAt = '2022-09-09'),
    [{ path: 'source.publishedAt', code: 'isoDateTime', params: {} }],
  ],
  [
    'an end on a "since" date',
    (ds) => (ds.efforts[2].date.end = '2022-09-05'),
    [{ path: 'efforts[2].date.end', code: 'dateEndNotNull', params: {} }],
  ],
  [
    'no end on an "on" date',
    (ds) => (ds.efforts[1].date.end = null),
    [{ path: 'efforts[1].date.end', code: 'dateEndMissing', params: { kind: 'on' } }],
  ],
  [
    'an "on" date that ends another day',
    (ds) => (ds.efforts[1].date.end = '2022-09-05'),
    [{ path: 'efforts[1].date.end', code: 'dateEndNotStart', params: {} }],
  ],
  [
    'a range that ends before it starts',
    (ds) => (ds.efforts[1].date = { kind: 'range', start: '2022-09-04', end: '2022-09-03', quote: 'x' }),
    [{ path: 'efforts[1].date.end', code: 'dateEndBeforeStart', params: {} }],
  ],
  [
    'a duplicate id',
    (ds) => ds.units.push({ ...ds.units[0] }),
    [{ path: 'units[3]', code: 'duplicateId', params: { id: 'persons' } }],
  ],
  [
    'an unknown region code',
    (ds) => (ds.efforts[1].regionCode = '519999'),
    [{ path: 'efforts[1].regionCode', code: 'unknownRegion', params: { code: '519999' } }],
  ],
  [
    'a prefecture without parent',
    (ds) => (ds.regions[2].parent = null),
    [{ path: 'regions[2].parent', code: 'regionParent', params: {} }],
  ],
  [
    'a region that disagrees with the registry (米易县 is a county of Panzhihua, not of Chengdu)',
    (ds) => (ds.regions.find((r: { code: string }) => r.code === '510421').parent = '510100'),
    [
      {
        path: `regions[${miniDatasetJson().regions.findIndex((r) => r.code === '510421')}].parent`,
        code: 'regionDisagrees',
        params: { code: '510421', field: 'parent', expected: '510400', received: '510100' },
      },
    ],
  ],
  [
    'a region whose level disagrees with the registry',
    (ds) => (ds.regions.find((r: { code: string }) => r.code === '510421').level = 'prefecture'),
    [
      {
        path: `regions[${miniDatasetJson().regions.findIndex((r) => r.code === '510421')}].level`,
        code: 'regionDisagrees',
        params: { code: '510421', field: 'level', expected: 'county', received: 'prefecture' },
      },
    ],
  ],
  [
    'an unknown organisation type',
    (ds) => (ds.organisations[0].type = 'guild'),
    [{ path: 'organisations[0].type', code: 'unknownOrganisationType', params: { id: 'guild' } }],
  ],
  [
    'a dangling organisation reference',
    (ds) => ds.efforts[2].organisationIds.push('ghost-org'),
    [{ path: 'efforts[2].organisationIds[2]', code: 'unknownOrganisation', params: { id: 'ghost-org' } }],
  ],
  [
    'an unknown activity',
    (ds) => (ds.efforts[0].activities = ['juggling']),
    [{ path: 'efforts[0].activities[0]', code: 'unknownActivity', params: { id: 'juggling' } }],
  ],
  [
    'an unknown unit',
    (ds) => (ds.efforts[0].measures[0].unit = 'bananas'),
    [{ path: 'efforts[0].measures[0].unit', code: 'unknownUnit', params: { id: 'bananas' } }],
  ],
  [
    'a figure that is not in its quote',
    (ds) => (ds.efforts[0].measures[0].figure = '300余人次'),
    [{ path: 'efforts[0].measures[0].figure', code: 'figureNotInQuote', params: {} }],
  ],
  [
    // The mini dataset's quotes, in a text where the first figure reads 300 (one character off).
    'a quote that is not verbatim in the embedded source text',
    (ds) =>
      (ds.source.text =
        '参与志愿活动300余人次。\n9月4日，医务人员80余人次、司机58人。\n9月2日以来，捐资16.8万元，协助完成核酸检测数千人次。'),
    [
      {
        path: 'efforts[0].quote',
        code: 'quoteNotInSource',
        params: { quote: '参与志愿活动200余人次', matched: 6 },
      },
      {
        path: 'efforts[0].measures[0].quote',
        code: 'quoteNotInSource',
        params: { quote: '参与志愿活动200余人次', matched: 6 },
      },
    ],
  ],
  [
    'a malformed dataset version',
    (ds) => (ds.datasetVersion = 'v2'),
    [{ path: 'datasetVersion', code: 'datasetVersion', params: {} }],
  ],
  [
    // mini: efforts[2].measures[1] is 数千人次 (approx, low 2000, high 9999).
    'an approximate figure with a single value',
    (ds) => (ds.efforts[2].measures[1].value = 2000),
    [{ path: 'efforts[2].measures[1].value', code: 'approxHasValue', params: {} }],
  ],
  [
    'an approximate figure without its lower bound',
    (ds) => delete ds.efforts[2].measures[1].low,
    [{ path: 'efforts[2].measures[1].low', code: 'approxNeedsLow', params: {} }],
  ],
  [
    'a range whose upper bound is below its lower bound',
    (ds) => (ds.efforts[2].measures[1].high = 10),
    [{ path: 'efforts[2].measures[1].high', code: 'rangeOrder', params: {} }],
  ],
  [
    'an exact figure without a value',
    (ds) => {
      ds.efforts[0].measures[0].qualifier = 'exact';
      delete ds.efforts[0].measures[0].value;
    },
    [{ path: 'efforts[0].measures[0].value', code: 'valueMissing', params: { qualifier: 'exact' } }],
  ],
  [
    'a range on an at-least figure',
    (ds) => (ds.efforts[0].measures[0].high = 900),
    [
      {
        path: 'efforts[0].measures[0].high',
        code: 'rangeOnlyApprox',
        params: { field: 'high', qualifier: 'at-least' },
      },
    ],
  ],
  [
    'an inferred organisation type without a reason',
    (ds) => (ds.organisations[0].typeBasis = { kind: 'inferred' }),
    [{ path: 'organisations[0].typeBasis.reason', code: 'inferredNeedsReason', params: {} }],
  ],
  [
    'a reason on a stated organisation type',
    (ds) => (ds.organisations[0].typeBasis = { kind: 'stated', reason: { zh: '因', en: 'as' } }),
    [{ path: 'organisations[0].typeBasis.reason', code: 'reasonOnlyInferred', params: { kind: 'stated' } }],
  ],
  [
    'an addressee that is also an actor',
    (ds) => (ds.efforts[0].addresseeIds = [ds.efforts[0].organisationIds[0]]),
    [{ path: 'efforts[0].addresseeIds[0]', code: 'addresseeIsActor', params: { id: 'cd-ufd' } }],
  ],
  [
    'an addressee listed twice',
    (ds) => {
      const other = ds.organisations.find(
        (o: { id: string }) => !ds.efforts[0].organisationIds.includes(o.id),
      );
      ds.efforts[0].addresseeIds = [other.id, other.id];
    },
    [{ path: 'efforts[0].addresseeIds[1]', code: 'addresseeTwice', params: { id: 'pzh-firm' } }],
  ],
];

function errorsAfter(mutate: Row[1]): DatasetError[] {
  const ds = structuredClone(miniDatasetJson()) as unknown as Record<string, any>;
  mutate(ds);
  const result = parseDatasetJson(ds, registry);
  return result.ok ? [] : result.errors;
}

describe('dataset errors are codes with parameters', () => {
  it.each(TABLE)('%s', (_name, mutate, expected) => {
    expect(errorsAfter(mutate)).toEqual(expected);
  });

  it('reports broken JSON as jsonSyntax with the parser’s explanation', () => {
    const r = parseDatasetText('{"schemaVersion": 1,');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    const error = r.errors[0]!;
    expect(error).toMatchObject({ path: '(file)', code: 'jsonSyntax' });
    expect(error.code === 'jsonSyntax' && error.params.message.length > 0).toBe(true);
  });

  it('clips a long received text to 40 characters', () => {
    const [error] = errorsAfter((ds) => (ds.efforts[0].measures[0].value = 'x'.repeat(100)));
    expect(error!.params).toEqual({
      expected: 'number',
      received: 'string',
      value: JSON.stringify(`${'x'.repeat(40)}…`),
    });
  });

  it('maps a zod issue the schema does not produce today to invalidValue, not to a sentence', () => {
    const errors = fromZodIssue({
      code: 'too_big',
      origin: 'string',
      maximum: 3,
      path: ['id'],
      message: 'Too big: expected string to have <=3 characters',
    });
    expect(errors).toEqual([{ path: 'id', code: 'invalidValue', params: {} }]);
  });

  it('every code is produced by some malformed input (a new code needs a row in the table)', () => {
    const produced = new Set<DatasetErrorCode>(['jsonSyntax', 'invalidValue']);
    for (const [, , expected] of TABLE) for (const e of expected) produced.add(e.code);
    expect([...produced].sort()).toEqual([...DATASET_ERROR_CODES].sort());
  });

  it('knows its own codes and nothing else', () => {
    expect(DATASET_ERROR_CODES.every(isDatasetErrorCode)).toBe(true);
    for (const other of ['toString', 'message', 'expected a non-empty string', '', 42, null])
      expect(isDatasetErrorCode(other)).toBe(false);
  });
});
