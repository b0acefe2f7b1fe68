import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/model';
import { parseDatasetJson } from '../../../src/data/parse-dataset';
import { aggregateByPrefecture } from '../../../src/aggregates/aggregate-regions';
import { countByOrganisationType } from '../../../src/aggregates/by-organisation-type';
import { effortIndexOf, filterIndex } from '../../../src/aggregates/effort-index';
import { filterEfforts } from '../../../src/aggregates/filter-efforts';
import { aggregateByPrefectureIndexed } from '../../../src/aggregates/aggregate-regions';
import { countByOrganisationTypeIndexed } from '../../../src/aggregates/by-organisation-type';
import { typeActivityMatrix } from '../../../src/aggregates/type-activity-matrix';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

/**
 * An appeal's addressees are not actors: the organisation counts (map metric "organisations", the
 * organisation-type chart, the type filter and the type × activity matrix, on both the object and
 * the columnar paths) read `organisationIds` only, never `addresseeIds`.
 */
function withAddressee() {
  const json = miniDatasetJson();
  // Chengdu's UFD appeals to the democratic parties, which act nowhere in Chengdu.
  json.efforts[0]!.addresseeIds = ['parties'];
  const parsed = parseDatasetJson(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return buildDataset(parsed.value);
}

describe('addressees are never counted as organisations involved', () => {
  const ds = withAddressee();
  const chengdu = (rows: Array<{ code: string; low: number | null; high: number | null }>) => {
    const row = rows.find((r) => r.code === '510100');
    // A count is exact: both ends of the value are the count.
    return row && row.low === row.high ? row.low : undefined;
  };

  it('keeps the addressee on the effort, apart from its actors', () => {
    const e = ds.efforts[0]!;
    expect(e.organisationIds).toEqual(['cd-ufd']);
    expect(e.addresseeIds).toEqual(['parties']);
    expect(e.organisationTypes).toEqual(['united-front-department']);
  });

  it('counts only actors per region, on the object and the columnar path', () => {
    expect(chengdu(aggregateByPrefecture(ds, ds.efforts, 'organisations'))).toBe(1);
    const index = effortIndexOf(ds)!;
    const { pass, positions } = filterIndex(index, { organisationTypes: [], activities: [], regions: [] });
    expect(chengdu(aggregateByPrefectureIndexed(ds, index, pass, positions, 'organisations'))).toBe(1);
  });

  it('counts only actors per organisation type, in the matrix, and in the type filter', () => {
    const parties = (rows: ReturnType<typeof countByOrganisationType>) =>
      rows.find((r) => r.type.id === 'democratic-party');
    const index = effortIndexOf(ds)!;
    const all = filterIndex(index, { organisationTypes: [], activities: [], regions: [] });
    // The parties act in one effort (pzh-donation), and are addressed in cd-volunteers.
    expect(parties(countByOrganisationType(ds, ds.efforts))).toMatchObject({ efforts: 1, organisations: 1 });
    expect(parties(countByOrganisationTypeIndexed(ds, index, all.positions))).toMatchObject({
      efforts: 1,
      organisations: 1,
    });
    const cell = typeActivityMatrix(ds, ds.efforts).cells.find(
      (c) => c.type === 'democratic-party' && c.activity === 'testing-site-support',
    );
    expect(cell?.efforts).toBe(0);
    const byType = filterEfforts(ds.efforts, {
      organisationTypes: ['democratic-party'],
      activities: [],
      regions: [],
    });
    expect(byType.map((e) => e.id)).toEqual(['pzh-donation']);
  });

  it('refuses an addressee that is also an actor, or unknown', () => {
    const json = miniDatasetJson();
    json.efforts[0]!.addresseeIds = ['cd-ufd', 'ghost'];
    const parsed = parseDatasetJson(json);
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      { path: 'efforts[0].addresseeIds[0]', code: 'addresseeIsActor', params: { id: 'cd-ufd' } },
      { path: 'efforts[0].addresseeIds[1]', code: 'unknownOrganisation', params: { id: 'ghost' } },
    ]);
  });
});
