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

describe('sumMeasures', () => {
  it('adds one unit and keeps lower bounds as lower bounds', () => {
    expect(
      sumMeasures([
        { value: 200, unit: 'person-times', qualifier: 'at-least' },
        { value: 80, unit: 'person-times', qualifier: 'exact' },
      ]),
    ).toEqual({ value: 280, qualifier: 'at-least', includesApprox: false, count: 2 });
  });

  it('never adds different units', () => {
    expect(() =>
      sumMeasures([
        { value: 1, unit: 'persons', qualifier: 'exact' },
        { value: 1, unit: 'yuan', qualifier: 'exact' },
      ]),
    ).toThrow(/cannot add yuan to persons/);
  });

  it('keeps a single vague amount approximate and marks totals that include one', () => {
    expect(sumMeasures([{ value: 2000, unit: 'person-times', qualifier: 'approx' }])?.qualifier).toBe(
      'approx',
    );
    const t = sumMeasures([
      { value: 2000, unit: 'person-times', qualifier: 'approx' },
      { value: 5, unit: 'person-times', qualifier: 'exact' },
    ]);
    expect(t).toMatchObject({ qualifier: 'at-least', includesApprox: true });
    expect(sumMeasures([])).toBeNull();
  });
});

describe('aggregateByPrefecture', () => {
  const byCode = (rows: { code: string }[]) => Object.fromEntries(rows.map((r) => [r.code, r]));

  it('counts efforts and distinguishes not covered from zero', () => {
    const rows = byCode(aggregateByPrefecture(ds, ds.efforts, 'efforts'));
    expect(rows['510100']).toMatchObject({ status: 'value', value: 1 });
    expect(rows['510400']).toMatchObject({ status: 'value', value: 2 });
    expect(rows['510600']).toMatchObject({ status: 'not-covered', value: null });
    const filtered = filterEfforts(ds.efforts, { ...EMPTY_FILTERS, organisationTypes: ['democratic-party'] });
    expect(byCode(aggregateByPrefecture(ds, filtered, 'efforts'))['510100']).toMatchObject({
      status: 'value',
      value: 0,
    });
  });

  it('sums one unit per region without mixing units', () => {
    const rows = byCode(aggregateByPrefecture(ds, ds.efforts, 'unit:person-times'));
    // 80 (at least) + 2000 (several thousand) in Panzhihua; persons (58) must not be added in.
    expect(rows['510400']).toMatchObject({
      status: 'value',
      value: 2080,
      qualifier: 'at-least',
      includesApprox: true,
    });
    expect(rows['510100']).toMatchObject({ status: 'value', value: 200, qualifier: 'at-least' });
    const yuan = byCode(aggregateByPrefecture(ds, ds.efforts, 'unit:yuan'));
    expect(yuan['510100']).toMatchObject({ status: 'not-reported', value: null });
    expect(yuan['510400']).toMatchObject({ status: 'value', value: 168000, qualifier: 'exact' });
  });

  it('counts distinct organisations', () => {
    const rows = byCode(aggregateByPrefecture(ds, ds.efforts, 'organisations'));
    expect(rows['510400']).toMatchObject({ value: 2 });
  });

  it('aggregates the counties of a prefecture, leaving prefecture-wide efforts out', () => {
    const rows = byCode(aggregateByCounty(ds, ds.efforts, '510400', 'efforts'));
    expect(rows['510421']).toMatchObject({ status: 'value', value: 1 });
    expect(rows['510402']).toMatchObject({ status: 'not-covered' });
  });
});
