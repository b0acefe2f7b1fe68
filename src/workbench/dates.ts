/**
 * Date phrases of a Chinese report (8月28日, 9月3日至4日, 8月28日至9月2日, 9月2日以来, 9月以来,
 * 截至9月5日), found with their offsets and parsed into the dataset's `date` kinds. Pure: no clock,
 * no locale. The year comes from the report's publication date (a month after the publication month
 * is read as the previous year), unless the phrase writes it (2022年9月2日).
 */
import { CN_DIGITS } from './numerals';

export type DateKind = 'on' | 'range' | 'since';

export interface ParsedDate {
  kind: DateKind;
  /** ISO day, YYYY-MM-DD. */
  start: string;
  /** ISO day; equal to `start` for `on`, null for `since`. */
  end: string | null;
  /** `month` when the phrase names a month only (9月以来 → since the 1st). */
  precision: 'day' | 'month';
}

export interface FoundDatePhrase {
  /** The phrase exactly as written. */
  text: string;
  start: number;
  end: number;
}

/** 1–31 written in Arabic digits (ASCII or full-width) or Chinese numerals (九, 十二, 二十八, 三十一). */
const NUM = '(?:[0-9０-９]{1,4}|[〇零一二两三四五六七八九十]{1,4})';
const YEAR = `(?:(${NUM})年)?`;
const DAY_SUFFIX = '[日号]';
/** 9月3日, 2022年9月3日, or a bare month (9月, only with 以来/起). */
const FULL = `${YEAR}(${NUM})月(?:(${NUM})${DAY_SUFFIX})?`;
const RANGE_SEP = '(?:至|到|—|–|-|~|～|－)';
/** The end of a range: another month and day, or a day of the same month (至4日). */
const END = `(?:(${NUM})月)?(${NUM})${DAY_SUFFIX}`;
const SINCE = '(?:以来|起|开始)';

const PHRASE = new RegExp(`(截至|截止到?)?${FULL}(?:${RANGE_SEP}${END})?(${SINCE})?`, 'g');

/** A written number (Arabic, full-width or Chinese) to an integer, or null. */
export function readSmallNumber(text: string): number | null {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[0-9]+$/.test(ascii)) return Number(ascii);
  if (!/^[〇零一二两三四五六七八九十]+$/.test(text)) return null;
  if (!text.includes('十')) {
    // 二〇二二 (digit by digit)
    return Number([...text].map((c) => CN_DIGITS[c]).join(''));
  }
  const [tens = '', ones = '', ...rest] = text.split('十');
  if (rest.length > 0) return null;
  const t = tens === '' ? 1 : tens.length === 1 ? (CN_DIGITS[tens] ?? NaN) : NaN;
  const o = ones === '' ? 0 : ones.length === 1 ? (CN_DIGITS[ones] ?? NaN) : NaN;
  const n = t * 10 + o;
  return Number.isFinite(n) ? n : null;
}

/** Every date phrase of a passage, in order, with its offsets (the longest reading at each place). */
export function findDatePhrases(passage: string): FoundDatePhrase[] {
  const found: FoundDatePhrase[] = [];
  for (const m of passage.matchAll(PHRASE)) {
    const [text] = m;
    const hasDay = m[4] !== undefined;
    const isSince = m[7] !== undefined;
    // A bare month (9月) is a date phrase only with 以来/起 or after 截至; otherwise it may be "9月份" prose.
    if (!hasDay && !isSince && m[1] === undefined) continue;
    // 3个月 / 第3月 are durations and ordinals, not dates.
    const before = passage[m.index - 1];
    if (before === '第' || before === '个') continue;
    found.push({ text, start: m.index, end: m.index + text.length });
  }
  return found;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A calendar day as ISO, or null when the day does not exist (9月31日, 2月30日). */
function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The year of a month with no year written: the publication year, or the year before for a later month. */
function yearFor(month: number, published: { year: number; month: number }): number {
  return month > published.month ? published.year - 1 : published.year;
}

/**
 * Parses one date phrase (exactly as `findDatePhrases` returns it, or typed by a user) into a
 * dataset date. `publishedAt` is the report's ISO publication time: its own calendar day counts
 * (the part before "T"), so a report published 2023-01-02T01:00+08:00 is a January report.
 * Returns null for a phrase that is not a date, names a day that does not exist, ends before it
 * starts, or says "up to" (截至: the dataset has no "until" kind; the reader decides).
 */
export function parseDatePhrase(phrase: string, publishedAt: string): ParsedDate | null {
  const pub = /^(\d{4})-(\d{2})-\d{2}/.exec(publishedAt);
  if (!pub) return null;
  const published = { year: Number(pub[1]), month: Number(pub[2]) };
  const m = new RegExp(`^${PHRASE.source}$`).exec(phrase.trim());
  if (!m) return null;
  const [, upTo, yearText, monthText, dayText, endMonthText, endDayText, since] = m;
  if (upTo !== undefined) return null;
  if (monthText === undefined) return null;
  const month = readSmallNumber(monthText);
  if (month === null) return null;
  const writtenYear = yearText === undefined ? null : readSmallNumber(yearText);
  if (yearText !== undefined && (writtenYear === null || writtenYear < 1000)) return null;

  if (dayText === undefined) {
    // 9月以来: since the first of the month.
    if (since === undefined || endDayText !== undefined) return null;
    const year = writtenYear ?? yearFor(month, published);
    const start = isoDay(year, month, 1);
    return start === null ? null : { kind: 'since', start, end: null, precision: 'month' };
  }
  const day = readSmallNumber(dayText);
  if (day === null) return null;

  if (endDayText === undefined) {
    const year = writtenYear ?? yearFor(month, published);
    const start = isoDay(year, month, day);
    if (start === null) return null;
    return since === undefined
      ? { kind: 'on', start, end: start, precision: 'day' }
      : { kind: 'since', start, end: null, precision: 'day' };
  }
  if (since !== undefined) return null;
  const endMonth = endMonthText === undefined ? month : readSmallNumber(endMonthText);
  const endDay = readSmallNumber(endDayText);
  if (endMonth === null || endDay === null) return null;
  // The range is anchored on its end: 12月30日至1月2日 in a January report spans the new year.
  const endYear =
    writtenYear === null ? yearFor(endMonth, published) : endMonth >= month ? writtenYear : writtenYear + 1;
  const startYear = writtenYear ?? (month > endMonth ? endYear - 1 : endYear);
  const start = isoDay(startYear, month, day);
  const end = isoDay(endYear, endMonth, endDay);
  if (start === null || end === null || end < start) return null;
  if (start === end) return { kind: 'on', start, end, precision: 'day' };
  return { kind: 'range', start, end, precision: 'day' };
}
