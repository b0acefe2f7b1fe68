import { describe, expect, it } from 'vitest';
import { countByOrganisationType } from '../../../src/aggregates/by-organisation-type';
import { filterEfforts } from '../../../src/aggregates/filter-efforts';
import { EMPTY_FILTERS } from '../../../src/domain/view';
import { mini } from '../../fixtures/chart-fixtures';

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
});
