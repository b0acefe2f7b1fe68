import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/model';
import { parseDatasetJson } from '../../../src/data/parse-dataset';
import type { DatasetJson } from '../../../src/data/schema';
import { selectEffortSet } from '../../../src/aggregates/effort-set';
import { timelineOf } from '../../../src/aggregates/timeline';
import { dayNumber } from '../../../src/domain/period';
import { EMPTY_FILTERS } from '../../../src/domain/view';
import { parseDatasetCsv } from '../../../src/import/csv-import';
import { bundledJson, readJson, regionRegistry, repoPath } from '../../fixtures/load';

const DIR = 'tests/fixtures/second-report';
const text = readFileSync(repoPath(`${DIR}/report.txt`), 'utf8');
const json = (): DatasetJson => readJson<DatasetJson>(`${DIR}/dataset.json`);

describe('the second-report fixture', () => {
  it('is valid under the schema and the referential checks', () => {
    const parsed = parseDatasetJson(json());
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('quotes its own text verbatim: every effort, date and figure quote occurs in report.txt', () => {
    const quotes = json().efforts.flatMap((e) => [
      e.quote,
      ...(e.date ? [e.date.quote] : []),
      ...e.measures.flatMap((m) => [m.quote, m.figure]),
    ]);
    expect(quotes.length).toBeGreaterThan(20);
    expect(quotes.filter((q) => !text.includes(q))).toEqual([]);
    // …and is not a copy of the bundled report.
    const bundledText = readFileSync(repoPath('data/source/000_85bcb02d0b9cfa40.txt'), 'utf8');
    expect(json().efforts.filter((e) => bundledText.includes(e.quote))).toEqual([]);
  });

  it('is another year and span, with counties outside the prefectures the bundled data covers', () => {
    const ds = buildDataset(json());
    const starts = ds.efforts.flatMap((e) => (e.date ? [e.date.start] : []));
    expect(new Set(starts.map((d) => d.slice(0, 4)))).toEqual(new Set(['2020']));
    const published = ds.source.publishedAt.slice(0, 10);
    expect(dayNumber(published) - dayNumber(starts.sort()[0]!) + 1).toBeGreaterThanOrEqual(60);
    const bundled = buildDataset(bundledJson());
    const covered = new Set(bundled.efforts.map((e) => e.prefectureCode));
    const counties = ds.efforts
      .map((e) => ds.regionByCode.get(e.regionCode)!)
      .filter((r) => r.level === 'county');
    expect(new Set(counties.map((r) => r.code))).toEqual(new Set(['511902', '511921', '511922', '511623']));
    expect(counties.filter((r) => covered.has(r.parent))).toEqual([]);
    expect(new Set(counties.map((r) => r.parent))).toEqual(new Set(['511900', '511600']));
  });

  it('has a figure of every qualifier, every kind of date and an undated effort', () => {
    const efforts = json().efforts;
    const qualifiers = new Set(efforts.flatMap((e) => e.measures.map((m) => m.qualifier)));
    expect(qualifiers).toEqual(new Set(['exact', 'at-least', 'approx']));
    expect(new Set(efforts.map((e) => e.date?.kind ?? 'undated'))).toEqual(
      new Set(['on', 'range', 'since', 'undated']),
    );
  });

  it('is drawn in ISO weeks, every dated effort inside the axis', () => {
    const ds = buildDataset(json());
    const t = timelineOf(selectEffortSet(ds, EMPTY_FILTERS, null));
    expect(t.axis).toMatchObject({ granularity: 'week', from: '2020-01-26', to: '2020-04-10' });
    expect(t.axis.periods[0]!.key).toBe('2020-W04');
    expect(t.axis.periods.at(-1)!.key).toBe('2020-W15');
    const started = t.rows.flatMap((r) => r.cells).reduce((n, c) => n + c.started, 0);
    expect(started).toBe(t.dated.length);
    expect(t.dated).toHaveLength(6);
    expect(t.undated.map((e) => e.id)).toEqual(['bz-religious-venues-closed']);
    expect(t.rows.map((r) => r.code)).toEqual(['511600', '511900']);
  });

  it('has a CSV twin that imports to the same data (against the fixture’s own regions)', () => {
    const j = json();
    const csv = readFileSync(repoPath(`${DIR}/dataset.csv`), 'utf8');
    const { units, organisationTypes, activities, regions } = j;
    const result = parseDatasetCsv(csv, {
      vocabularies: { units, organisationTypes, activities, regions },
      fileName: 'dataset.csv',
    });
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.value.efforts).toEqual(j.efforts);
    // CSV cannot say `collective`, and an organisation's region is that of its first effort (IMPORT.md).
    const expected = j.organisations.map(({ collective: _collective, ...o }) =>
      o.id === 'cdl-bazhong' ? { ...o, regionCode: '511921' } : o,
    );
    expect(result.value.organisations).toEqual(expected);
    expect(result.value.source).toEqual({ ...j.source, textFile: result.value.source.textFile });
    expect({ id: result.value.id, title: result.value.title }).toEqual({ id: j.id, title: j.title });
  });

  it('imports as a user would: the app’s vocabularies and its region registry, no region listed', () => {
    const csv = readFileSync(repoPath(`${DIR}/dataset.csv`), 'utf8');
    const { units, organisationTypes, activities, regions } = bundledJson();
    const result = parseDatasetCsv(csv, {
      vocabularies: { units, organisationTypes, activities, regions },
      fileName: 'dataset.csv',
      registry: regionRegistry(),
    });
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.value.efforts).toEqual(json().efforts);
    expect(new Set(result.value.efforts.map((e) => e.regionCode))).toEqual(
      new Set(json().efforts.map((e) => e.regionCode)),
    );
  });
});
