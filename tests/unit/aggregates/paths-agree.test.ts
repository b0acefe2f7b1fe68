import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../../scripts/generate-synthetic.mjs';
import { effortIndexOf } from '../../../src/aggregates/effort-index';
import { prefectureValues } from '../../../src/aggregates/aggregate-regions';
import { organisationTypeCounts } from '../../../src/aggregates/by-organisation-type';
import {
  narrowToPeriod,
  narrowToRegion,
  regionEffortCount,
  selectEffortSet,
  type EffortSet,
} from '../../../src/aggregates/effort-set';
import { timelineOf } from '../../../src/aggregates/timeline';
import { typeActivityCounts } from '../../../src/aggregates/type-activity-matrix';
import { buildDataset, type Dataset } from '../../../src/data/model';
import { parseDatasetJson } from '../../../src/data/parse-dataset';
import type { DatasetJson } from '../../../src/data/schema';
import { EMPTY_FILTERS, type Filters, type Metric } from '../../../src/domain/view';
import { bundledJson } from '../../fixtures/load';
import { miniWithProvinceJson } from '../../fixtures/chart-fixtures';

/**
 * The two paths of every aggregate give the same answer, through the one public entry point
 * (`effort-set`): the columnar index (small vocabularies, as in the app) and the plain object
 * filters (a copy of the same data with more than 32 organisation types, where no index is built).
 * Small datasets, so it is quick enough to judge every mutant of the aggregates.
 */
function plainTwin(json: DatasetJson): DatasetJson {
  const copy = structuredClone(json);
  for (let i = 0; i < 33; i += 1)
    copy.organisationTypes.push({ id: `zz-${i}`, zh: `类${i}`, en: `Type ${i}` });
  return copy;
}

function synthetic(n: number, seed: number): DatasetJson {
  const parsed = parseDatasetJson(generateSynthetic(n, seed) as DatasetJson);
  if (!parsed.ok) throw new Error('synthetic data invalid');
  return parsed.value;
}

const cases: Array<[string, DatasetJson]> = [
  ['mini', miniWithProvinceJson()],
  ['bundled', bundledJson()],
  ['synthetic', synthetic(400, 5)],
];

/** Filter combinations worth comparing: none, each kind alone, together, with and without a day. */
function filterCases(ds: Dataset): Array<[Filters, string | null]> {
  const t = ds.organisationTypes.map((x) => x.id);
  const a = ds.activities.map((x) => x.id);
  const prefectures = ds.regions.filter((r) => r.level === 'prefecture').map((r) => r.code);
  return [
    [EMPTY_FILTERS, null],
    [EMPTY_FILTERS, '2022-09-03'],
    [{ ...EMPTY_FILTERS, organisationTypes: [t[1]!] }, null],
    [{ ...EMPTY_FILTERS, organisationTypes: [t[0]!, t.at(-1)!] }, '2022-09-06'],
    [{ ...EMPTY_FILTERS, activities: [a[0]!, a.at(-1)!] }, null],
    [{ ...EMPTY_FILTERS, regions: [prefectures[0]!, '510400'] }, null],
    [{ organisationTypes: [t[0]!], activities: [a[1]!], regions: ['510400'] }, '2022-09-09'],
    [EMPTY_FILTERS, '2022-08-01'],
    [EMPTY_FILTERS, '2022-W35'],
    [{ ...EMPTY_FILTERS, activities: [a[0]!] }, '2022-09'],
    [EMPTY_FILTERS, 'not-a-period'],
  ];
}

const known = (types: readonly string[]) => (row: { type: { id: string } }) => types.includes(row.type.id);

describe.each(cases)('indexed and plain paths agree (%s)', (_name, json) => {
  const indexed = buildDataset(json);
  const plain = buildDataset(plainTwin(json));
  const typeIds = indexed.organisationTypes.map((t) => t.id);
  const metrics: Metric[] = ['efforts', 'organisations', ...indexed.units.map((u): Metric => `unit:${u.id}`)];
  const codes = ['510000', '510400', '510421', '510100'];

  it('uses an index for one and not for the other', () => {
    expect(effortIndexOf(indexed)).not.toBeNull();
    expect(effortIndexOf(plain)).toBeNull();
  });

  /** Everything a view shows of a set, comparable across the two datasets. */
  function shown(set: EffortSet): unknown {
    const matrix = typeActivityCounts(set);
    return {
      ids: set.efforts.map((e) => e.id),
      prefectures: metrics.map((m) => prefectureValues(set, m)),
      types: organisationTypeCounts(set)
        .filter(known(typeIds))
        .map((r) => ({ ...r, type: r.type.id })),
      matrix: matrix.cells.filter((c) => typeIds.includes(c.type)),
      activities: matrix.activities.map((a) => a.id),
      timeline: (({ axis, rows, dated, undated }) => ({
        axis,
        rows,
        dated: dated.map((e) => e.id),
        undated: undated.map((e) => e.id),
      }))(timelineOf(set)),
    };
  }

  it('filter, narrow and aggregate identically', () => {
    for (const [filters, day] of filterCases(indexed)) {
      const a = selectEffortSet(indexed, filters, day);
      const b = selectEffortSet(plain, filters, day);
      expect(shown(a), JSON.stringify([filters, day])).toEqual(shown(b));
      for (const code of codes) {
        expect(shown(narrowToRegion(a, code)), code).toEqual(shown(narrowToRegion(b, code)));
      }
      for (const cursor of ['2022-08-29', '2022-09-04', '2022-W36', '2022-08', '2020-02']) {
        expect(shown(narrowToPeriod(a, cursor)), cursor).toEqual(shown(narrowToPeriod(b, cursor)));
      }
    }
  });

  it('count the efforts of a region whatever the filters', () => {
    for (const code of [...codes, '519999']) {
      expect(regionEffortCount(indexed, code), code).toBe(regionEffortCount(plain, code));
    }
  });
});

// The index stores "no prefecture" as -1, which is also indexOf() of a code the dataset does not
// have: an unknown region must still match nothing on the indexed path (a bug once).
it('narrow to nothing for a region code the dataset does not have', () => {
  const all = (j: DatasetJson) => selectEffortSet(buildDataset(j), EMPTY_FILTERS, null);
  expect(narrowToRegion(all(plainTwin(miniWithProvinceJson())), '519999').efforts).toEqual([]);
  expect(narrowToRegion(all(miniWithProvinceJson()), '519999').efforts).toEqual([]);
});
