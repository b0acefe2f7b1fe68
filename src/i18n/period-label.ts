import type { Lang } from '../domain/view';
import type { Granularity, Period } from '../domain/period';
import { translate } from './i18n';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

/** A day of an axis: "9月3日" / "3 Sep", with the year ("2020年9月3日" / "3 Sep 2020") on request. */
function dayText(iso: string, lang: Lang, year: boolean): string {
  const [y, m, d] = parts(iso);
  if (lang === 'zh') return year ? `${y}年${m}月${d}日` : `${m}月${d}日`;
  return year ? `${d} ${MONTHS_EN[m - 1]} ${y}` : `${d} ${MONTHS_EN[m - 1]}`;
}

function monthText(iso: string, lang: Lang, year: boolean): string {
  const [y, m] = parts(iso);
  if (lang === 'zh') return year ? `${y}年${m}月` : `${m}月`;
  return year ? `${MONTHS_EN[m - 1]} ${y}` : MONTHS_EN[m - 1]!;
}

/** The ISO week number of a week key (2020-W06 → 6). */
function weekNumber(period: Period): number {
  return Number(period.key.slice(6));
}

/**
 * A period in words. Days "9月3日" / "3 Sep"; weeks "第36周（9月5日–11日）" / "Week of 5 Sep";
 * months "2020年2月" / "Feb 2020" (a month always carries its year). With `year` (an axis that
 * crosses years, or a period read out of context) days and weeks carry the year too:
 * "2019年第52周（12月23日–29日）" / "Week of 23 Dec 2019".
 */
export function periodLabel(period: Period, lang: Lang, options: { year?: boolean } = {}): string {
  const year = options.year ?? false;
  if (period.granularity === 'day') return dayText(period.start, lang, year);
  if (period.granularity === 'month') return monthText(period.start, lang, true);
  if (lang === 'en') return `Week of ${dayText(period.start, lang, year)}`;
  const [, sm] = parts(period.start);
  const [, em, ed] = parts(period.end);
  const end = sm === em ? `${ed}日` : `${em}月${ed}日`;
  const prefix = year ? `${period.key.slice(0, 4)}年` : '';
  return `${prefix}第${weekNumber(period)}周（${dayText(period.start, lang, false)}–${end}）`;
}

/**
 * The short label of a period under an axis: a day ("9月5日" / "5 Sep"), the Monday of a week
 * ("9月5日起" / "from 5 Sep"), a month ("2月" / "Feb"); the year is added to the first period and to the first
 * period of each new year when the axis crosses years ("2020年1月" / "Jan 2020").
 */
export function periodAxisLabel(period: Period, lang: Lang, showYear: boolean): string {
  if (period.granularity === 'month') return monthText(period.start, lang, showYear);
  const day = dayText(period.start, lang, showYear);
  if (period.granularity === 'day') return day;
  // A week is named by its Monday, marked so that it does not read as one day.
  return lang === 'zh' ? `${day}起` : `from ${day}`;
}

/** The month a period starts in, for the landmarks of a long axis: "4月" / "Apr", "2020年1月" / "Jan 2020". */
export function periodMonthLabel(period: Period, lang: Lang, showYear: boolean): string {
  return monthText(period.start, lang, showYear);
}

/** Whether the periods of an axis span more than one calendar year. */
export function crossesYears(periods: readonly Period[]): boolean {
  const first = periods[0];
  const last = periods[periods.length - 1];
  return first !== undefined && last !== undefined && first.start.slice(0, 4) !== last.end.slice(0, 4);
}

/** The name of a granularity's unit: "天" / "day", "周" / "week", "月" / "month". */
export function granularityUnit(granularity: Granularity, lang: Lang): string {
  const keys = { day: 'unitDay', week: 'unitWeek', month: 'unitMonth' } as const;
  return translate(lang, keys[granularity]);
}
