import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/model';
import { aggregateByCounty, aggregateByPrefecture } from '../../../src/aggregates/aggregate-regions';
import { filterEfforts, isFiltered } from '../../../src/aggregates/filter-efforts';
import { sumMeasures } from '../../../src/aggregates/sum-measures';
import { EMPTY_FILTERS } from '../../../src/domain/view';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

const ds = buildDataset(miniDatasetJson());
const ids = (efforts: { id: string }[]): string[] => efforts.map((e) => e.id);

describe('filterEfforts', () => {
  it('keeps everything without filters', () => {
    expect(ids(filterEfforts(ds.efforts, EMPTY_FILTERS))).toEqual([
      'cd-volunteers',
      'pzh-transport',
      'pzh-donation',
    ]);
    expect(isFiltered(EMPTY_FILTERS)).toBe(false);
  });

  it('filters by organisation type (any organisation of the effort)', () => {
    const f = { ...EMPTY_FILTERS, organisationTypes: ['democratic-party'] };
    expect(ids(filterEfforts(ds.efforts, f))).toEqual(['pzh-donation']);
    const g = { ...EMPTY_FILTERS, organisationTypes: ['democratic-party', 'united-front-department'] };
    expect(ids(filterEfforts(ds.efforts, g))).toEqual(['cd-volunteers', 'pzh-donation']);
  });

  it('combines filters with AND and matches a prefecture by its counties', () => {
    const f = {
      organisationTypes: ['private-enterprise'],
      activities: ['testing-site-support'],
      regions: ['510400'],
    };
    expect(ids(filterEfforts(ds.efforts, f))).toEqual(['pzh-transport']);
    expect(ids(filterEfforts(ds.efforts, { ...EMPTY_FILTERS, regions: ['510421'] }))).toEqual([
      'pzh-transport',
    ]);
  });

  it('drops undated efforts when a timeline day is set, and keeps efforts started by then', () => {
    expect(ids(filterEfforts(ds.efforts, EMPTY_FILTERS, '2022-09-03'))).toEqual(['pzh-donation']);
    expect(ids(filterEfforts(ds.efforts, EMPTY_FILTERS, '2022-09-04'))).toEqual([
      'pzh-transport',
      'pzh-donation',
    ]);
  });
});

describe('sumMeasures: a total of one unit is a range', () => {
  const exact = (value: number) => ({ value, unit: 'person-times', qualifier: 'exact' as const });
  const atLeast = (value: number) => ({ value, unit: 'person-times', qualifier: 'at-least' as const });
  const range = (low: number, high?: number) => ({
    low,
    ...(high === undefined ? {} : { high }),
    unit: 'person-times',
    qualifier: 'approx' as const,
    figure: '数千人次',
  });

  it('adds exact figures exactly', () => {
    expect(sumMeasures([exact(200), exact(80)])).toEqual({
      low: 280,
      high: 280,
      qualifier: 'exact',
      includesApprox: false,
      figure: null,
      count: 2,
    });
  });

  it('keeps lower bounds as lower bounds, with no upper end', () => {
    expect(sumMeasures([atLeast(200), exact(80)])).toEqual({
      low: 280,
      high: null,
      qualifier: 'at-least',
      includesApprox: false,
      figure: null,
      count: 2,
    });
    // A lower bound makes any total unbounded, ranges included.
    expect(sumMeasures([range(2000, 9999), atLeast(80)])).toMatchObject({
      low: 2080,
      high: null,
      qualifier: 'at-least',
      includesApprox: true,
    });
  });

  it('keeps one vague amount as its range and its words, never as its low end', () => {
    expect(sumMeasures([range(2000, 9999)])).toEqual({
      low: 2000,
      high: 9999,
      qualifier: 'approx',
      includesApprox: true,
      figure: '数千人次',
      count: 1,
    });
  });

  it('adds ranges and exact figures end by end', () => {
    expect(sumMeasures([exact(6), range(2, 9), exact(4)])).toEqual({
      low: 12,
      high: 19,
      qualifier: 'approx',
      includesApprox: true,
      figure: null, // the words of one figure are not the words of a sum
      count: 3,
    });
    expect(sumMeasures([range(2000, 9999), range(20, 99)])).toMatchObject({ low: 2020, high: 10098 });
    // A range whose words set no upper end leaves the total without one.
    expect(sumMeasures([range(2000), exact(5)])).toMatchObject({
      low: 2005,
      high: null,
      qualifier: 'approx',
    });
  });

  it('never adds different units, and has no total of nothing', () => {
    expect(() =>
      sumMeasures([
        { value: 1, unit: 'persons', qualifier: 'exact' },
        { value: 1, unit: 'yuan', qualifier: 'exact' },
      ]),
    ).toThrow(/cannot add yuan to persons/);
    expect(sumMeasures([])).toBeNull();
  });
});

describe('aggregateByPrefecture', () => {
  const byCode = (rows: { code: string }[]) => Object.fromEntries(rows.map((r) => [r.code, r]));

  it('counts efforts and distinguishes not covered from zero', () => {
    const rows = byCode(aggregateByPrefecture(ds, ds.efforts, 'efforts'));
    expect(rows['510100']).toMatchObject({ status: 'value', low: 1, high: 1, qualifier: 'exact' });
    expect(rows['510400']).toMatchObject({ status: 'value', low: 2, high: 2 });
    expect(rows['510600']).toMatchObject({ status: 'not-covered', low: null, high: null });
    const filtered = filterEfforts(ds.efforts, { ...EMPTY_FILTERS, organisationTypes: ['democratic-party'] });
    expect(byCode(aggregateByPrefecture(ds, filtered, 'efforts'))['510100']).toMatchObject({
      status: 'value',
      low: 0,
      high: 0,
    });
  });

  it('sums one unit per region without mixing units', () => {
    const rows = byCode(aggregateByPrefecture(ds, ds.efforts, 'unit:person-times'));
    // 80 (at least) + 数千 (2000–9999) in Panzhihua: at least 2080, no upper end; persons (58) not added.
    expect(rows['510400']).toMatchObject({
      status: 'value',
      low: 2080,
      high: null,
      qualifier: 'at-least',
      includesApprox: true,
      figure: null,
    });
    expect(rows['510100']).toMatchObject({ status: 'value', low: 200, high: null, qualifier: 'at-least' });
    const yuan = byCode(aggregateByPrefecture(ds, ds.efforts, 'unit:yuan'));
    expect(yuan['510100']).toMatchObject({ status: 'not-reported', low: null });
    expect(yuan['510400']).toMatchObject({ status: 'value', low: 168000, high: 168000, qualifier: 'exact' });
  });

  it('keeps a region whose only figure is 数千 a range, with its words', () => {
    const donation = filterEfforts(ds.efforts, { ...EMPTY_FILTERS, activities: ['donations'] });
    const rows = byCode(aggregateByPrefecture(ds, donation, 'unit:person-times'));
    expect(rows['510400']).toMatchObject({
      status: 'value',
      low: 2000,
      high: 9999,
      qualifier: 'approx',
      figure: '数千人次',
    });
  });

  it('counts distinct organisations', () => {
    const rows = byCode(aggregateByPrefecture(ds, ds.efforts, 'organisations'));
    expect(rows['510400']).toMatchObject({ low: 2, high: 2 });
  });

  it('aggregates the counties of a prefecture, leaving prefecture-wide efforts out', () => {
    const rows = byCode(aggregateByCounty(ds, ds.efforts, '510400', 'efforts'));
    expect(rows['510421']).toMatchObject({ status: 'value', low: 1 });
    expect(rows['510402']).toMatchObject({ status: 'not-covered' });
  });
});
