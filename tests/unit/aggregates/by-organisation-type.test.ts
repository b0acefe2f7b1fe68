import { describe, expect, it } from 'vitest';
import { countByOrganisationType } from '../../../src/aggregates/by-organisation-type';
import { filterEfforts } from '../../../src/aggregates/filter-efforts';
import { EMPTY_FILTERS } from '../../../src/domain/view';
import { buildDataset } from '../../../src/data/model';
import { mini } from '../../fixtures/chart-fixtures';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

const ds = mini();
const summary = (rows: ReturnType<typeof countByOrganisationType>): Array<[string, number, number]> =>
  rows.map((r) => [r.type.id, r.efforts, r.organisations]);

describe('countByOrganisationType', () => {
  it('counts efforts and distinct organisations per type, in vocabulary order', () => {
    expect(summary(countByOrganisationType(ds, ds.efforts))).toEqual([
      ['united-front-department', 1, 1],
      ['private-enterprise', 2, 1], // one firm, two efforts
      ['democratic-party', 1, 1],
    ]);
  });

  it('keeps types with no effort as real zeros under the filters', () => {
    const efforts = filterEfforts(ds.efforts, { ...EMPTY_FILTERS, activities: ['testing-site-support'] });
    expect(summary(countByOrganisationType(ds, efforts))).toEqual([
      ['united-front-department', 1, 1],
      ['private-enterprise', 1, 1],
      ['democratic-party', 0, 0],
    ]);
    expect(summary(countByOrganisationType(ds, []))).toHaveLength(3);
  });

  it('says how many organisations of each type are typed by inference, or have no recorded basis', () => {
    const counts = (rows: ReturnType<typeof countByOrganisationType>) =>
      rows.map((r) => [r.type.id, r.organisations, r.inferredOrganisations, r.unrecordedOrganisations]);
    // The transport firm is typed private enterprise from the section it stands in (inferred).
    expect(counts(countByOrganisationType(ds, ds.efforts))).toEqual([
      ['united-front-department', 1, 0, 0],
      ['private-enterprise', 1, 1, 0],
      ['democratic-party', 1, 0, 0],
    ]);
    const json = miniDatasetJson();
    json.organisations[0]!.typeBasis = { kind: 'unrecorded' };
    const upgraded = buildDataset(json);
    expect(counts(countByOrganisationType(upgraded, upgraded.efforts))[0]).toEqual([
      'united-front-department',
      1,
      0,
      1,
    ]);
  });
});
