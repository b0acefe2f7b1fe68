import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/model';
import { typeActivityMatrix } from '../../../src/aggregates/type-activity-matrix';
import { mini, miniWithProvinceJson } from '../../fixtures/chart-fixtures';

const count = (
  m: ReturnType<typeof typeActivityMatrix>,
  type: string,
  activity: string,
): number | undefined => m.cells.find((c) => c.type === type && c.activity === activity)?.efforts;

describe('typeActivityMatrix', () => {
  it('counts efforts per organisation type × activity', () => {
    const ds = mini();
    const m = typeActivityMatrix(ds, ds.efforts);
    expect(m.types.map((t) => t.id)).toEqual(ds.organisationTypes.map((t) => t.id));
    expect(m.activities.map((a) => a.id)).toEqual(['testing-site-support', 'donations']);
    expect(m.cells).toHaveLength(6);
    expect(count(m, 'united-front-department', 'testing-site-support')).toBe(1);
    expect(count(m, 'united-front-department', 'donations')).toBe(0);
    expect(count(m, 'private-enterprise', 'testing-site-support')).toBe(1);
    expect(count(m, 'private-enterprise', 'donations')).toBe(1);
    expect(count(m, 'democratic-party', 'donations')).toBe(1);
    expect(count(m, 'democratic-party', 'testing-site-support')).toBe(0);
  });

  it('counts an effort once per type even with several organisations of it', () => {
    const json = miniWithProvinceJson();
    json.organisations.push({
      id: 'p2',
      name: { zh: '某党派', en: 'A party' },
      type: 'democratic-party',
      typeBasis: { kind: 'stated' },
      regionCode: '510000',
    });
    json.efforts[3]!.organisationIds.push('p2');
    const ds = buildDataset(json);
    const m = typeActivityMatrix(ds, ds.efforts);
    expect(count(m, 'democratic-party', 'testing-site-support')).toBe(1);
    expect(count(m, 'democratic-party', 'donations')).toBe(2);
  });

  it('follows the filtered efforts', () => {
    const ds = mini();
    const m = typeActivityMatrix(ds, ds.efforts.slice(0, 1));
    expect(m.cells.filter((c) => c.efforts > 0)).toEqual([
      { type: 'united-front-department', activity: 'testing-site-support', efforts: 1 },
    ]);
  });
});
