/**
 * Periods of the time axis: a day (`2020-02-05`), an ISO 8601 week (`2020-W06`, Monday to Sunday,
 * numbered in its ISO week-year) or a calendar month (`2020-02`). Pure calendar arithmetic on UTC
 * day numbers: no clock and no time zone is involved.
 */
export type Granularity = 'day' | 'week' | 'month';

export interface Period {
  /** The period as written in a link: `2020-02-05`, `2020-W06` or `2020-02`. */
  key: string;
  granularity: Granularity;
  /** First and last day (ISO, inclusive). */
  start: string;
  end: string;
}

/**
 * Granularity thresholds, by the number of days the axis spans (first and last day included):
 * up to 62 days (two months: a campaign of a few weeks) the axis shows days; up to 548 days
 * (a year and a half, at most 80 weeks) ISO weeks; beyond that calendar months. Each keeps the
 * axis under about 80 columns, which a laptop shows without scrolling.
 */
export const MAX_DAYS_BY_DAY = 62;
export const MAX_DAYS_BY_WEEK = 548;

const DAY_MS = 86_400_000;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_KEY = /^(\d{4})-W(\d{2})$/;
const MONTH_KEY = /^(\d{4})-(\d{2})$/;

/** 2022-09-04 → days since 1970-01-01 (UTC). */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** Days since 1970-01-01 → 2022-09-04. */
export function isoDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** A well-formed ISO day that exists in the calendar (2022-09-31 does not). */
export function isCalendarDay(value: string): boolean {
  const m = DAY_KEY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Monday of the ISO week of day number `n` (1970-01-01 was a Thursday). */
function mondayOf(n: number): number {
  return n - ((((n + 3) % 7) + 7) % 7);
}

function weekPeriod(n: number): Period {
  const monday = mondayOf(n);
  const thursday = isoDay(monday + 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((monday + 3 - dayNumber(`${year}-01-01`)) / 7) + 1;
  return {
    key: `${year}-W${pad(week)}`,
    granularity: 'week',
    start: isoDay(monday),
    end: isoDay(monday + 6),
  };
}

function monthPeriod(year: number, month: number): Period {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const ym = `${pad(year, 4)}-${pad(month)}`;
  return { key: ym, granularity: 'month', start: `${ym}-01`, end: `${ym}-${pad(last)}` };
}

/** The period of a given granularity that contains a day. */
export function periodContaining(day: string, granularity: Granularity): Period {
  if (granularity === 'day') return { key: day, granularity, start: day, end: day };
  if (granularity === 'week') return weekPeriod(dayNumber(day));
  return monthPeriod(Number(day.slice(0, 4)), Number(day.slice(5, 7)));
}

/** Read a period key; null for anything that is not a real day, ISO week or month. */
export function parsePeriod(key: string): Period | null {
  if (isCalendarDay(key)) return periodContaining(key, 'day');
  const week = WEEK_KEY.exec(key);
  if (week) {
    const year = Number(week[1]);
    const jan4 = dayNumber(`${week[1]}-01-04`);
    const period = weekPeriod(mondayOf(jan4) + 7 * (Number(week[2]) - 1));
    // Week 00 or week 53 of a year with 52 weeks lands in another year: not a week of this one.
    return period.key === key && Number(period.key.slice(0, 4)) === year ? period : null;
  }
  const month = MONTH_KEY.exec(key);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    return monthPeriod(Number(month[1]), Number(month[2]));
  }
  return null;
}

/** The granularity for an axis of `spanDays` days (thresholds above). */
export function granularityFor(spanDays: number): Granularity {
  if (spanDays <= MAX_DAYS_BY_DAY) return 'day';
  if (spanDays <= MAX_DAYS_BY_WEEK) return 'week';
  return 'month';
}

/** Every period of a granularity from the one containing `from` to the one containing `to`. */
export function periodsCovering(from: string, to: string, granularity: Granularity): Period[] {
  const periods: Period[] = [];
  const last = dayNumber(to);
  let n = dayNumber(from);
  while (n <= last) {
    const period = periodContaining(isoDay(n), granularity);
    periods.push(period);
    n = dayNumber(period.end) + 1;
  }
  return periods;
}

/** Whether two day ranges (inclusive ISO days) share at least one day. */
export function overlaps(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start <= b.end && b.start <= a.end;
}
