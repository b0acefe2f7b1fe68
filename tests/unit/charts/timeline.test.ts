import { describe, expect, it } from 'vitest';
import {
  buildTimelineOption,
  labelledPeriods,
  START_MARK,
  type TimelineItem,
  type TimelineModel,
} from '../../../src/charts/timeline/build-timeline-option';
import { buildDataset } from '../../../src/data/model';
import { buildTimeline } from '../../../src/aggregates/timeline';
import { parsePeriod, periodsCovering } from '../../../src/domain/period';
import {
  ariaDescription,
  component,
  ctxFor,
  miniWithProvinceJson,
  seriesOf,
  tooltipText,
} from '../../fixtures/chart-fixtures';

const ds = buildDataset(miniWithProvinceJson());
const t = buildTimeline(ds, ds.efforts);
const model = (cursor: string | null = null): TimelineModel => ({
  periods: t.axis.periods,
  granularity: t.axis.granularity,
  rows: t.rows.map((r) => ({ ...r, name: r.code === '510000' ? '全省' : '攀枝花' })),
  cursor: cursor === null ? null : parsePeriod(cursor),
});
const items = (m: TimelineModel): TimelineItem[] =>
  seriesOf(buildTimelineOption(m, ctxFor('zh'))).data as unknown as TimelineItem[];
const keys = t.axis.periods.map((p) => p.key);

describe('buildTimelineOption', () => {
  it('has one item per row and period, carrying code and period', () => {
    const data = items(model());
    // 29 Aug (the first dated effort) to 9 Sep (publication): 12 days.
    expect(data).toHaveLength(2 * 12);
    const cell = data.find((d) => d.code === '510400' && d.period === '2022-09-04')!;
    expect(cell.value).toEqual([keys.indexOf('2022-09-04'), 1, 2]);
    expect(cell.started).toBe(1);
  });

  it('marks start periods and leaves other cells unmarked', () => {
    const option = buildTimelineOption(model(), ctxFor('zh'));
    const data = seriesOf(option).data as unknown as TimelineItem[];
    const format = seriesOf(option).label!.formatter!;
    const marked = data.flatMap((d, i) =>
      format({ dataIndex: i }) === START_MARK ? [`${d.code} ${d.period}`] : [],
    );
    expect(marked).toEqual(['510000 2022-08-29', '510400 2022-09-02', '510400 2022-09-04']);
  });

  it('outlines the selected day and emphasises its axis label', () => {
    const option = buildTimelineOption(model('2022-09-03'), ctxFor('zh'));
    const outlined = (seriesOf(option).data as unknown as TimelineItem[]).filter((d) => d.itemStyle);
    expect(outlined.map((d) => d.period)).toEqual(['2022-09-03', '2022-09-03']);
    const axis = component<{ axisLabel: { formatter: (d: string) => string } }>(option, 'xAxis');
    expect(axis.axisLabel.formatter('2022-09-03')).toBe('{cursor|9月3日}');
    expect(axis.axisLabel.formatter('2022-09-04')).toBe('9月4日');
    expect(items(model()).some((d) => d.itemStyle)).toBe(false);
  });

  it('outlines every day of a selected week on a day axis', () => {
    const outlined = items(model('2022-W35')).filter((d) => d.itemStyle);
    // ISO week 35 of 2022 is 29 Aug – 4 Sep: seven days on each of the two rows.
    expect(new Set(outlined.map((d) => d.period))).toEqual(
      new Set(periodsCovering('2022-08-29', '2022-09-04', 'day').map((p) => p.key)),
    );
    expect(outlined).toHaveLength(14);
  });

  it('writes the tooltip and description', () => {
    const option = buildTimelineOption(model(), ctxFor('en'));
    const index = items(model()).findIndex((d) => d.code === '510400' && d.period === '2022-09-04');
    expect(tooltipText(option, { dataIndex: index })).toBe(
      '攀枝花\n4 Sep\n2 efforts running\n1 started this day',
    );
    expect(ariaDescription(option)).toContain('2 regions × 12 periods of one day (29 Aug–9 Sep)');
    expect(ariaDescription(option)).toContain('Most: 攀枝花, 4 Sep: 2 efforts');
  });

  it('labels weeks and months, with the year where the axis crosses years', () => {
    const weeks = periodsCovering('2019-12-16', '2020-03-01', 'week');
    const option = buildTimelineOption(
      { periods: weeks, granularity: 'week', rows: [], cursor: parsePeriod('2020-W06') },
      ctxFor('zh'),
    );
    const axis = component<{ axisLabel: { formatter: (d: string) => string } }>(option, 'xAxis');
    expect(axis.axisLabel.formatter('2019-W51')).toBe('2019年12月16日起');
    expect(axis.axisLabel.formatter('2019-W52')).toBe('12月23日起');
    // ISO week 1 of 2020 starts on 30 Dec 2019: the year changes on the first week starting in 2020.
    expect(axis.axisLabel.formatter('2020-W01')).toBe('12月30日起');
    expect(axis.axisLabel.formatter('2020-W02')).toBe('2020年1月6日起');
    expect(axis.axisLabel.formatter('2020-W06')).toBe('{cursor|2月3日起}');
    expect(ariaDescription(option)).toContain('2020年第6周（2月3日–9日）');
    const months = periodsCovering('2019-11-01', '2021-06-30', 'month');
    const en = buildTimelineOption(
      { periods: months, granularity: 'month', rows: [], cursor: null },
      ctxFor('en'),
    );
    const enAxis = component<{ axisLabel: { formatter: (d: string) => string } }>(en, 'xAxis');
    expect(enAxis.axisLabel.formatter('2019-11')).toBe('Nov 2019');
    expect(enAxis.axisLabel.formatter('2019-12')).toBe('Dec');
    expect(enAxis.axisLabel.formatter('2020-01')).toBe('Jan 2020');
    expect(ariaDescription(en)).toContain('× 20 periods of one month (Nov 2019–Jun 2021)');
  });

  it('labels a long axis at landmarks that carry the year: quarters for weeks, Januaries for months', () => {
    expect(labelledPeriods(t.axis.periods, 'day')).toBeNull();
    expect(labelledPeriods(periodsCovering('2020-01-01', '2020-06-28', 'week'), 'week')).toBeNull();
    const weeks = periodsCovering('2018-11-26', '2020-04-10', 'week');
    const shown = [...labelledPeriods(weeks, 'week')!].map((i) => weeks[i]!.start);
    expect(shown).toEqual([
      // The first week whose Monday falls in each quarter's first month (the first week of the axis,
      // 26 Nov 2018, is left out: its label would run into January's).
      '2019-01-07',
      '2019-04-01',
      '2019-07-01',
      '2019-10-07',
      '2020-01-06',
      '2020-04-06',
    ]);
    const months = periodsCovering('2017-06-01', '2020-04-30', 'month');
    const option = buildTimelineOption(
      { periods: months, granularity: 'month', rows: [], cursor: null },
      ctxFor('en'),
    );
    const axis = component<{
      axisLabel: { interval: (i: number) => boolean; formatter: (d: string) => string };
    }>(option, 'xAxis');
    const labels = months.flatMap((p, i) =>
      axis.axisLabel.interval(i) ? [axis.axisLabel.formatter(p.key)] : [],
    );
    expect(labels).toEqual(['Jun 2017', 'Jan 2018', 'Jan 2019', 'Jan 2020']);
    const weekly = buildTimelineOption(
      { periods: weeks, granularity: 'week', rows: [], cursor: null },
      ctxFor('zh'),
    );
    const weekAxis = component<{
      axisLabel: { interval: (i: number) => boolean; formatter: (d: string) => string };
    }>(weekly, 'xAxis');
    expect(
      weeks.flatMap((p, i) => (weekAxis.axisLabel.interval(i) ? [weekAxis.axisLabel.formatter(p.key)] : [])),
    ).toEqual(['2019年1月', '4月', '7月', '10月', '2020年1月', '4月']);
  });
});
