import { describe, expect, it } from 'vitest';
import {
  buildTimelineOption,
  START_MARK,
  type TimelineItem,
  type TimelineModel,
} from '../../../src/charts/timeline/build-timeline-option';
import { buildDataset } from '../../../src/data/model';
import { buildTimeline } from '../../../src/aggregates/timeline';
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
  days: t.days,
  rows: t.rows.map((r) => ({ ...r, name: r.code === '510000' ? '全省' : '攀枝花' })),
  cursor,
});
const items = (m: TimelineModel): TimelineItem[] =>
  seriesOf(buildTimelineOption(m, ctxFor('zh'))).data as unknown as TimelineItem[];

describe('buildTimelineOption', () => {
  it('has one item per row and day, carrying code and day', () => {
    const data = items(model());
    expect(data).toHaveLength(2 * 13);
    const cell = data.find((d) => d.code === '510400' && d.day === '2022-09-04')!;
    expect(cell.value).toEqual([t.days.indexOf('2022-09-04'), 1, 2]);
    expect(cell.started).toBe(1);
  });

  it('marks start days and leaves other cells unmarked', () => {
    const option = buildTimelineOption(model(), ctxFor('zh'));
    const data = seriesOf(option).data as unknown as TimelineItem[];
    const format = seriesOf(option).label!.formatter!;
    const marked = data.flatMap((d, i) =>
      format({ dataIndex: i }) === START_MARK ? [`${d.code} ${d.day}`] : [],
    );
    expect(marked).toEqual(['510000 2022-08-29', '510400 2022-09-02', '510400 2022-09-04']);
  });

  it('outlines the cursor day and emphasises its axis label', () => {
    const option = buildTimelineOption(model('2022-09-03'), ctxFor('zh'));
    const outlined = (seriesOf(option).data as unknown as TimelineItem[]).filter((d) => d.itemStyle);
    expect(outlined.map((d) => d.day)).toEqual(['2022-09-03', '2022-09-03']);
    const axis = component<{ axisLabel: { formatter: (d: string) => string } }>(option, 'xAxis');
    expect(axis.axisLabel.formatter('2022-09-03')).toBe('{cursor|9月3日}');
    expect(axis.axisLabel.formatter('2022-09-04')).toBe('9月4日');
    expect(items(model()).some((d) => d.itemStyle)).toBe(false);
  });

  it('writes the tooltip and description', () => {
    const option = buildTimelineOption(model(), ctxFor('en'));
    const index = items(model()).findIndex((d) => d.code === '510400' && d.day === '2022-09-04');
    expect(tooltipText(option, { dataIndex: index })).toBe(
      '攀枝花\n4 Sep 2022\n2 efforts running\n1 started this day',
    );
    expect(ariaDescription(option)).toContain('2 regions × 13 days');
    expect(ariaDescription(option)).toContain('Most: 攀枝花 on 4 Sep 2022, 2 efforts');
  });
});
