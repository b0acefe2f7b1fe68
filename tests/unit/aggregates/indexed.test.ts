import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../../scripts/generate-synthetic.mjs';
import { buildDataset, type Dataset } from '../../../src/data/model';
import { parseDatasetJson } from '../../../src/data/parse-dataset';
import type { DatasetJson } from '../../../src/data/schema';
import { aggregateByPrefecture } from '../../../src/aggregates/aggregate-regions';
import { countByOrganisationType } from '../../../src/aggregates/by-organisation-type';
import { effortIndexOf, filterIndex } from '../../../src/aggregates/effort-index';
import { filterEfforts } from '../../../src/aggregates/filter-efforts';
import { aggregateByPrefectureIndexed } from '../../../src/aggregates/aggregate-regions';
import { countByOrganisationTypeIndexed } from '../../../src/aggregates/by-organisation-type';
import { timelineRowsIndexed } from '../../../src/aggregates/timeline';
import { typeActivityMatrixIndexed } from '../../../src/aggregates/type-activity-matrix';
import { buildTimeline } from '../../../src/aggregates/timeline';
import { typeActivityMatrix } from '../../../src/aggregates/type-activity-matrix';
import type { Filters, Metric } from '../../../src/domain/view';
import { bundledDataset } from '../../fixtures/load';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

function synthetic(n: number): Dataset {
  const parsed = parseDatasetJson(generateSynthetic(n, 11) as DatasetJson);
  if (!parsed.ok) throw new Error('synthetic data invalid');
  return buildDataset(parsed.value);
}

const datasets: Array<[string, Dataset]> = [
  ['mini', buildDataset(miniDatasetJson())],
  ['bundled', bundledDataset()],
  ['synthetic', synthetic(3000)],
];

function filterCases(ds: Dataset): Array<[Filters, string | null]> {
  const none: Filters = { organisationTypes: [], activities: [], regions: [] };
  return [
    [none, null],
    [none, '2022-09-03'],
    ...ds.organisationTypes.map((t): [Filters, null] => [{ ...none, organisationTypes: [t.id] }, null]),
    [{ ...none, activities: [ds.activities[0]!.id, ds.activities.at(-1)!.id] }, null],
    [{ ...none, regions: ['510400'] }, null],
    [
      { organisationTypes: [ds.organisationTypes[0]!.id], activities: [ds.activities[1]!.id], regions: [] },
      '2022-09-09',
    ],
  ];
}

describe.each(datasets)('the columnar index agrees with the object selectors (%s)', (_name, ds) => {
  const index = effortIndexOf(ds)!;
  const metrics: Metric[] = ['efforts', 'organisations', ...ds.units.map((u): Metric => `unit:${u.id}`)];

  it('is built once per dataset', () => {
    expect(index).not.toBeNull();
    expect(effortIndexOf(ds)).toBe(index);
  });

  it('filters, aggregates, counts and lays out the timeline identically', () => {
    for (const [filters, day] of filterCases(ds)) {
      const efforts = filterEfforts(ds.efforts, filters, day);
      const { pass, positions } = filterIndex(index, filters, day);
      expect([...positions].map((i) => ds.efforts[i]!.id)).toEqual(efforts.map((e) => e.id));
      for (const metric of metrics) {
        expect(aggregateByPrefectureIndexed(ds, index, pass, positions, metric)).toEqual(
          aggregateByPrefecture(ds, efforts, metric),
        );
      }
      expect(countByOrganisationTypeIndexed(ds, index, positions)).toEqual(
        countByOrganisationType(ds, efforts),
      );
      expect(typeActivityMatrixIndexed(ds, index, positions)).toEqual(typeActivityMatrix(ds, efforts));
      const timeline = buildTimeline(ds, efforts);
      expect(timelineRowsIndexed(ds, index, positions)).toEqual({ days: timeline.days, rows: timeline.rows });
    }
  });
});
