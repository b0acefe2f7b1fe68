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

/**
 * Synthetic data in schema 2: approximate figures as ranges (with a high end, or — every third —
 * without), sums of ranges with exact figures, and stated, inferred and unrecorded type bases.
 */
function syntheticRanges(n: number): Dataset {
  const json = generateSynthetic(n, 23) as {
    schemaVersion: number;
    organisations: Array<Record<string, unknown>>;
    efforts: Array<{ measures: Array<Record<string, unknown>> }>;
  };
  json.schemaVersion = 2;
  json.organisations.forEach((o, i) => {
    o.typeBasis = [
      { kind: 'stated' },
      { kind: 'inferred', reason: { zh: '推断', en: 'inferred' } },
      { kind: 'unrecorded' },
    ][i % 3];
  });
  let k = 0;
  for (const e of json.efforts) {
    e.measures = e.measures.map((m) => {
      if (m.qualifier !== 'approx') return m;
      k += 1;
      const { value: _value, ...rest } = m;
      return { ...rest, low: 2000 + k, ...(k % 3 === 0 ? {} : { high: 9999 + k }) };
    });
  }
  const parsed = parseDatasetJson(json as unknown as DatasetJson);
  if (!parsed.ok) throw new Error(`synthetic ranges invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return buildDataset(parsed.value);
}

const datasets: Array<[string, Dataset]> = [
  ['mini', buildDataset(miniDatasetJson())],
  ['bundled', bundledDataset()],
  ['synthetic', synthetic(3000)],
  ['synthetic with ranges', syntheticRanges(3000)],
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
      expect(timelineRowsIndexed(ds, index, positions)).toEqual({ axis: timeline.axis, rows: timeline.rows });
    }
  });

  it('carries ranges, lower bounds and inferred types (so the agreement above is not vacuous)', () => {
    const none: Filters = { organisationTypes: [], activities: [], regions: [] };
    const { pass, positions } = filterIndex(index, none);
    const values = metrics.flatMap((m) => aggregateByPrefectureIndexed(ds, index, pass, positions, m));
    const ranges = values.filter((v) => v.qualifier === 'approx');
    // No approximate total is ever a single number: its ends differ, or it has no upper end.
    for (const v of ranges) expect(v.high === null || v.high > v.low!).toBe(true);
    const approxMeasures = ds.efforts.some((e) => e.measures.some((m) => m.qualifier === 'approx'));
    if (approxMeasures)
      expect(ranges.length + values.filter((v) => v.includesApprox).length).toBeGreaterThan(0);
    const types = countByOrganisationTypeIndexed(ds, index, positions);
    const inferredOrgs = new Set(
      ds.efforts.flatMap((e) =>
        e.organisationIds.filter((id) => ds.organisationById.get(id)?.typeBasis.kind === 'inferred'),
      ),
    );
    expect(types.reduce((n, r) => n + r.inferredOrganisations, 0)).toBe(inferredOrgs.size);
  });
});
