import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/model';
import { buildTimeline, daysBetween, PUBLICATION_DAY } from '../../../src/aggregates/timeline';
import { mini, miniWithProvinceJson } from '../../fixtures/chart-fixtures';

const ds = mini();
const activeDays = (cells: { day: string; active: number }[]): string[] =>
  cells.filter((c) => c.active > 0).map((c) => c.day);

describe('buildTimeline', () => {
  it('lists every day from 28 Aug to the publication day inclusive', () => {
    const t = buildTimeline(ds, ds.efforts);
    expect(PUBLICATION_DAY).toBe('2022-09-09');
    expect(t.days).toHaveLength(13);
    expect(t.days[0]).toBe('2022-08-28');
    expect(t.days[12]).toBe('2022-09-09');
    expect(daysBetween('2022-08-30', '2022-09-02')).toEqual([
      '2022-08-30',
      '2022-08-31',
      '2022-09-01',
      '2022-09-02',
    ]);
  });

  it('runs "since" efforts to the publication day and "on" efforts for one day', () => {
    const t = buildTimeline(ds, ds.efforts);
    expect(t.rows.map((r) => r.code)).toEqual(['510400']);
    const cells = t.rows[0]!.cells;
    expect(activeDays(cells)).toEqual(daysBetween('2022-09-02', '2022-09-09'));
    const on = (day: string): { active: number; started: number } => cells.find((c) => c.day === day)!;
    expect(on('2022-09-04')).toMatchObject({ active: 2, started: 1 });
    expect(on('2022-09-05')).toMatchObject({ active: 1, started: 0 });
    expect(on('2022-09-02')).toMatchObject({ active: 1, started: 1 });
    expect(on('2022-09-01')).toMatchObject({ active: 0, started: 0 });
  });

  it('lists undated efforts without placing them on any day', () => {
    const t = buildTimeline(ds, ds.efforts);
    expect(t.undated.map((e) => e.id)).toEqual(['cd-volunteers']);
    expect(t.dated.map((e) => e.id)).toEqual(['pzh-transport', 'pzh-donation']);
    expect(t.rows.some((r) => r.code === '510100')).toBe(false);
    const total = t.rows.flatMap((r) => r.cells).reduce((n, c) => n + c.started, 0);
    expect(total).toBe(2);
  });

  it('ends "since" at a custom `to` and puts province-wide efforts under 510000', () => {
    const wide = buildDataset(miniWithProvinceJson());
    const t = buildTimeline(wide, wide.efforts, { to: '2022-09-05' });
    expect(t.days).toHaveLength(9);
    expect(t.rows.map((r) => r.code)).toEqual(['510000', '510400']);
    expect(activeDays(t.rows[0]!.cells)).toEqual(['2022-08-29', '2022-08-30']);
    expect(activeDays(t.rows[1]!.cells)).toEqual(daysBetween('2022-09-02', '2022-09-05'));
  });
});
