import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  granularityFor,
  isoDay,
  isCalendarDay,
  overlaps,
  parsePeriod,
  periodContaining,
  periodsCovering,
} from '../../../src/domain/period';

describe('periods', () => {
  it('reads days, ISO weeks and months, and nothing else', () => {
    expect(parsePeriod('2022-09-03')).toEqual({
      key: '2022-09-03',
      granularity: 'day',
      start: '2022-09-03',
      end: '2022-09-03',
    });
    expect(parsePeriod('2020-W06')).toEqual({
      key: '2020-W06',
      granularity: 'week',
      start: '2020-02-03',
      end: '2020-02-09',
    });
    expect(parsePeriod('2020-02')).toEqual({
      key: '2020-02',
      granularity: 'month',
      start: '2020-02-01',
      end: '2020-02-29',
    });
    expect(parsePeriod('2021-02')!.end).toBe('2021-02-28');
    // 2020 has 53 ISO weeks, 2021 has 52; week 00 does not exist.
    expect(parsePeriod('2020-W53')).toMatchObject({ start: '2020-12-28', end: '2021-01-03' });
    for (const bad of [
      '2021-W53',
      '2021-W00',
      '2022-09-31',
      '2022-13',
      '2022-00',
      '2022-9-3',
      '',
      'W06',
      '2022-09-03x',
    ])
      expect(parsePeriod(bad), bad).toBeNull();
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2023-02-29')).toBe(false);
  });

  it('puts a day in its ISO week, across years', () => {
    expect(periodContaining('2019-12-30', 'week').key).toBe('2020-W01');
    expect(periodContaining('2021-01-03', 'week').key).toBe('2020-W53');
    expect(periodContaining('2021-01-04', 'week').key).toBe('2021-W01');
    expect(periodContaining('2022-09-04', 'week')).toMatchObject({ key: '2022-W35', start: '2022-08-29' });
    expect(periodContaining('2022-09-05', 'week')).toMatchObject({ key: '2022-W36', end: '2022-09-11' });
  });

  it('covers a span without gaps or overlaps', () => {
    for (const g of ['day', 'week', 'month'] as const) {
      const ps = periodsCovering('2019-11-15', '2021-03-02', g);
      expect(ps[0]!.start <= '2019-11-15').toBe(true);
      expect(ps.at(-1)!.end >= '2021-03-02').toBe(true);
      ps.slice(1).forEach((p, i) => {
        const next = new Date(Date.parse(`${ps[i]!.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(p.start).toBe(next);
      });
    }
  });

  it('chooses the granularity at the thresholds', () => {
    expect([1, 62, 63, 548, 549].map(granularityFor)).toEqual(['day', 'day', 'week', 'week', 'month']);
    expect(
      overlaps({ start: '2020-01-01', end: '2020-01-05' }, { start: '2020-01-05', end: '2020-01-09' }),
    ).toBe(true);
    expect(
      overlaps({ start: '2020-01-01', end: '2020-01-04' }, { start: '2020-01-05', end: '2020-01-09' }),
    ).toBe(false);
  });
});

describe('period edges', () => {
  it('lists the exact periods of a short span, one when it starts and ends on the same day', () => {
    expect(periodsCovering('2022-09-03', '2022-09-03', 'day')).toEqual([
      { key: '2022-09-03', granularity: 'day', start: '2022-09-03', end: '2022-09-03' },
    ]);
    expect(periodsCovering('2022-08-31', '2022-09-05', 'week').map((p) => p.key)).toEqual([
      '2022-W35',
      '2022-W36',
    ]);
    expect(periodsCovering('2022-08-31', '2022-09-01', 'month').map((p) => [p.key, p.start, p.end])).toEqual([
      ['2022-08', '2022-08-01', '2022-08-31'],
      ['2022-09', '2022-09-01', '2022-09-30'],
    ]);
    expect(periodsCovering('2022-09-05', '2022-09-04', 'day')).toEqual([]);
  });

  it('counts days before 1970 too (negative day numbers)', () => {
    expect(dayNumber('1969-12-27')).toBe(-5);
    expect(isoDay(-5)).toBe('1969-12-27');
    expect(periodContaining('1969-12-27', 'week')).toMatchObject({
      key: '1969-W52',
      start: '1969-12-22',
      end: '1969-12-28',
    });
    expect(periodContaining('1969-12-31', 'week')).toMatchObject({ key: '1970-W01', start: '1969-12-29' });
  });

  it('writes a month of a year before 1000 with four digits', () => {
    expect(parsePeriod('0999-12')).toEqual({
      key: '0999-12',
      granularity: 'month',
      start: '0999-12-01',
      end: '0999-12-31',
    });
  });

  it('says two ranges touching on one day overlap, whichever comes first', () => {
    const early = { start: '2020-01-01', end: '2020-01-05' };
    const late = { start: '2020-01-05', end: '2020-01-09' };
    expect([overlaps(early, late), overlaps(late, early)]).toEqual([true, true]);
    expect(overlaps({ start: '2020-01-06', end: '2020-01-06' }, early)).toBe(false);
  });

  it('reads the first and last month of a year, and no day that rolls over into another year', () => {
    expect(parsePeriod('2022-01')).toMatchObject({ start: '2022-01-01', end: '2022-01-31' });
    expect(parsePeriod('2022-12')).toMatchObject({ start: '2022-12-01', end: '2022-12-31' });
    expect(isCalendarDay('2022-13-01')).toBe(false);
    expect(isCalendarDay('2022-12-31')).toBe(true);
    // Years 0–99: Date.UTC would read them as 1900–1999, so day numbers would be wrong; refused.
    expect(isCalendarDay('0050-01-01')).toBe(false);
  });
});
