import { describe, expect, it } from 'vitest';
import { buildDataset, type Dataset } from '../../../src/data/model';
import type { DatasetJson } from '../../../src/data/schema';
import { selectEffortSet } from '../../../src/aggregates/effort-set';
import { buildTimeline, datasetTimeAxis, timelineOf, type Timeline } from '../../../src/aggregates/timeline';
import { dayNumber, MAX_DAYS_BY_DAY, MAX_DAYS_BY_WEEK } from '../../../src/domain/period';
import { EMPTY_FILTERS } from '../../../src/domain/view';
import { mini, miniWithProvinceJson } from '../../fixtures/chart-fixtures';

type DateJson = DatasetJson['efforts'][number]['date'];
const on = (day: string): DateJson => ({ kind: 'on', start: day, end: day, quote: day });
const range = (start: string, end: string): DateJson => ({ kind: 'range', start, end, quote: start });
const since = (start: string): DateJson => ({ kind: 'since', start, end: null, quote: start });

/** The mini dataset with its three efforts re-dated and the report published on `published`. */
const sources = new WeakMap<Dataset, DatasetJson>();
function dated(dates: [DateJson, DateJson, DateJson], published: string): Dataset {
  const json = miniWithProvinceJson();
  json.efforts = json.efforts.filter((e) => e.id !== 'province-letter');
  json.efforts.forEach((e, i) => (e.date = dates[i]!));
  json.source.publishedAt = `${published}T10:00:00+08:00`;
  const ds = buildDataset(json);
  sources.set(ds, json);
  return ds;
}

/** The same dataset twice: with the columnar index and (more than 32 types) without. */
function bothPaths(ds: Dataset): [Timeline, Timeline] {
  const json = structuredClone(sources.get(ds)!);
  for (let i = 0; i < 33; i += 1) json.organisationTypes.push({ id: `zz-${i}`, zh: `类${i}`, en: `T${i}` });
  const plain = buildDataset(json);
  return [
    timelineOf(selectEffortSet(ds, EMPTY_FILTERS, null)),
    timelineOf(selectEffortSet(plain, EMPTY_FILTERS, null)),
  ];
}

const activeKeys = (t: Timeline, row = 0): string[] =>
  t.rows[row]!.cells.filter((c) => c.active > 0).map((c) => c.period);
const startedKeys = (t: Timeline, row = 0): string[] =>
  t.rows[row]!.cells.filter((c) => c.started > 0).map((c) => c.period);

describe('the time axis', () => {
  it('spans the first to the last date of the data and the publication day, nothing fixed', () => {
    const t = buildTimeline(mini(), mini().efforts);
    // First dated effort 2 Sep ("since"), publication 9 Sep 2022.
    expect(t.axis).toMatchObject({ granularity: 'day', from: '2022-09-02', to: '2022-09-09' });
    expect(t.axis.periods.map((p) => p.key)).toEqual([
      '2022-09-02',
      '2022-09-03',
      '2022-09-04',
      '2022-09-05',
      '2022-09-06',
      '2022-09-07',
      '2022-09-08',
      '2022-09-09',
    ]);
    const other = dated([on('2020-02-05'), range('2020-01-28', '2020-02-10'), null], '2020-02-12');
    expect(buildTimeline(other, other.efforts).axis).toMatchObject({ from: '2020-01-28', to: '2020-02-12' });
  });

  it('reaches past the publication day when an effort ends after it', () => {
    const ds = dated([on('2020-02-05'), range('2020-02-01', '2020-03-01'), null], '2020-02-12');
    expect(buildTimeline(ds, ds.efforts).axis).toMatchObject({ from: '2020-02-01', to: '2020-03-01' });
  });

  it('is empty when nothing is dated, and undated efforts are listed, never placed', () => {
    const ds = dated([null, null, null], '2020-02-12');
    const t = buildTimeline(ds, ds.efforts);
    expect(t.axis).toEqual({ granularity: 'day', from: null, to: null, periods: [] });
    expect(t.rows).toEqual([]);
    expect(t.undated).toHaveLength(3);
    const some = dated([null, on('2020-02-05'), null], '2020-02-12');
    const s = buildTimeline(some, some.efforts);
    expect(s.undated.map((e) => e.id)).toEqual(['cd-volunteers', 'pzh-donation']);
    expect(s.rows.flatMap((r) => r.cells).reduce((n, c) => n + c.started, 0)).toBe(1);
  });

  it('chooses days up to 62 days, ISO weeks up to 548, months beyond', () => {
    expect([MAX_DAYS_BY_DAY, MAX_DAYS_BY_WEEK]).toEqual([62, 548]);
    const axisOf = (from: string, to: string): Timeline['axis'] => {
      const ds = dated([on(from), on(to), null], from);
      return buildTimeline(ds, ds.efforts).axis;
    };
    const days = (from: string, to: string): number => dayNumber(to) - dayNumber(from) + 1;
    expect(days('2020-01-01', '2020-03-02')).toBe(62);
    expect(axisOf('2020-01-01', '2020-03-02').granularity).toBe('day');
    expect(axisOf('2020-01-01', '2020-03-02').periods).toHaveLength(62);
    expect(axisOf('2020-01-01', '2020-03-03').granularity).toBe('week');
    expect(days('2020-01-01', '2021-07-01')).toBe(548);
    const weeks = axisOf('2020-01-01', '2021-07-01');
    expect(weeks.granularity).toBe('week');
    // 1 Jan 2020 is in ISO week 1 of 2020 (30 Dec 2019 – 5 Jan 2020); 1 Jul 2021 in 2021-W26.
    expect(weeks.periods[0]).toEqual({
      key: '2020-W01',
      granularity: 'week',
      start: '2019-12-30',
      end: '2020-01-05',
    });
    expect(weeks.periods.at(-1)!.key).toBe('2021-W26');
    expect(weeks.periods).toHaveLength(53 + 26);
    const months = axisOf('2020-01-01', '2021-07-02');
    expect(months.granularity).toBe('month');
    expect(months.periods.map((p) => p.key)).toEqual([
      ...Array.from({ length: 12 }, (_, i) => `2020-${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 7 }, (_, i) => `2021-${String(i + 1).padStart(2, '0')}`),
    ]);
  });

  it('places "on" in one period, "range" in every period it overlaps, "since" to the end of the axis', () => {
    const ds = dated(
      [on('2020-02-05'), range('2020-01-30', '2020-02-03'), since('2020-02-08')],
      '2020-02-11',
    );
    for (const t of bothPaths(ds)) {
      expect(t.axis.granularity).toBe('day');
      // cd-volunteers (on) is Chengdu; the other two are Panzhihua.
      expect(activeKeys(t, 0)).toEqual(['2020-02-05']);
      expect(activeKeys(t, 1)).toEqual([
        '2020-01-30',
        '2020-01-31',
        '2020-02-01',
        '2020-02-02',
        '2020-02-03',
        '2020-02-08',
        '2020-02-09',
        '2020-02-10',
        '2020-02-11',
      ]);
      expect(startedKeys(t, 1)).toEqual(['2020-01-30', '2020-02-08']);
    }
    // In weeks: the range 30 Jan – 3 Feb overlaps ISO weeks 5 and 6 of 2020.
    const weekly = dated(
      [on('2020-01-01'), range('2020-01-30', '2020-02-03'), since('2020-04-01')],
      '2020-04-20',
    );
    for (const t of bothPaths(weekly)) {
      expect(t.axis.granularity).toBe('week');
      expect(t.rows[1]!.cells.find((c) => c.period === '2020-W05')).toMatchObject({ active: 1, started: 1 });
      expect(t.rows[1]!.cells.find((c) => c.period === '2020-W06')).toMatchObject({ active: 1, started: 0 });
      expect(t.rows[1]!.cells.find((c) => c.period === '2020-W07')).toMatchObject({ active: 0, started: 0 });
      // "since" 1 Apr (W14) runs to the publication day, 20 Apr (W17).
      expect(activeKeys(t, 1).filter((k) => k >= '2020-W14')).toEqual([
        '2020-W14',
        '2020-W15',
        '2020-W16',
        '2020-W17',
      ]);
    }
  });

  it('crosses years: weeks and months keep their own year', () => {
    const ds = dated([on('2019-12-20'), range('2019-12-28', '2020-01-03'), null], '2020-02-25');
    for (const t of bothPaths(ds)) {
      expect(t.axis.granularity).toBe('week');
      expect(t.axis.periods[0]!.key).toBe('2019-W51');
      expect(t.axis.periods.at(-1)!.key).toBe('2020-W09');
      // The range spans the last week of 2019 and ISO week 1 of 2020 (which starts on 30 Dec 2019).
      expect(activeKeys(t, 1)).toEqual(['2019-W52', '2020-W01']);
    }
  });

  it('never leaves a dated effort outside the axis (random datasets, both paths agree)', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const day = (n: number): string =>
      new Date(Date.UTC(2018, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    for (let round = 0; round < 60; round += 1) {
      const spread = [10, 70, 400, 1500][round % 4]!;
      const pick = (): DateJson => {
        const s = random(spread);
        const kind = random(4);
        if (kind === 0) return null;
        if (kind === 1) return on(day(s));
        if (kind === 2) return range(day(s), day(s + random(spread)));
        return since(day(s));
      };
      const ds = dated([pick(), pick(), pick()], day(random(spread)));
      const [indexed, plain] = bothPaths(ds);
      expect(indexed).toEqual(plain);
      const { periods } = indexed.axis;
      for (const e of indexed.dated) {
        const row = indexed.rows.find((r) => r.code === e.prefectureCode)!;
        const first = periods.findIndex((p) => p.start <= e.date!.start && e.date!.start <= p.end);
        expect(first, `${e.id} ${JSON.stringify(e.date)}`).not.toBe(-1);
        expect(row.cells[first]!.started).toBeGreaterThan(0);
        const end =
          e.date!.kind === 'range' ? e.date!.end! : e.date!.kind === 'on' ? e.date!.start : indexed.axis.to!;
        expect(
          periods.some((p) => p.start <= end && end <= p.end),
          `end of ${e.id}`,
        ).toBe(true);
      }
      // The dataset-wide axis (what links are checked against) is the same as the unfiltered one.
      expect(datasetTimeAxis(ds)).toEqual(indexed.axis);
    }
  });
});

describe('the province row', () => {
  /** The mini dataset with its province-wide effort, optionally without a province region listed. */
  function withProvinceEffort(listProvince: boolean, code = '510000'): [Timeline, Timeline] {
    const json = miniWithProvinceJson();
    json.efforts.find((e) => e.id === 'province-letter')!.regionCode = code;
    if (!listProvince) {
      json.regions = json.regions.filter((r) => r.level !== 'province');
      for (const r of json.regions) if (r.parent === '510000') r.parent = code;
    }
    const ds = buildDataset(json);
    sources.set(ds, json);
    return bothPaths(ds);
  }
  it('is keyed by the province the data names, not by a fixed code', () => {
    for (const listed of [true, false]) {
      const [indexed, plain] = withProvinceEffort(listed);
      expect(indexed).toEqual(plain);
      expect(indexed.rows.map((r) => r.code)).toEqual(['510000', '510400']);
    }
    // Another province's code (a dataset of another report): its row carries that code.
    const [indexed, plain] = withProvinceEffort(false, '500000');
    expect(indexed).toEqual(plain);
    expect(indexed.rows.map((r) => r.code)).toEqual(['500000', '510400']);
    expect(indexed.rows[0]!.cells.some((c) => c.started > 0)).toBe(true);
  });
});
