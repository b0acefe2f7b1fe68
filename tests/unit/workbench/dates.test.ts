import { describe, expect, it } from 'vitest';
import { findDatePhrases, parseDatePhrase, readSmallNumber } from '../../../src/workbench/dates';
import { bundledJson, readSourceText } from '../../fixtures/load';

const dataset = bundledJson();
const source = readSourceText();
const published = dataset.source.publishedAt;

describe('date phrases of the bundled report', () => {
  it('finds every date form of the text, and nothing else', () => {
    expect(findDatePhrases(source).map((p) => p.text)).toEqual([
      '9月2日以来',
      '8月28日',
      '9月3日至4日',
      '8月29日',
      '9月4日',
    ]);
    for (const p of findDatePhrases(source)) expect(source.slice(p.start, p.end)).toBe(p.text);
  });

  it('parses every date.quote of the dataset to the recorded day(s)', () => {
    const dated = dataset.efforts.filter((e) => e.date !== null);
    expect(dated.length).toBeGreaterThan(0);
    for (const e of dated) {
      const d = e.date!;
      const parsed = parseDatePhrase(d.quote, published);
      expect(parsed, d.quote).not.toBeNull();
      expect(parsed!.start, e.id).toBe(d.start);
      if (parsed!.kind === d.kind) {
        expect(parsed!.end, e.id).toBe(d.end);
      } else {
        // A bare day (8月29日) says "on"; reading it as the start of a narrative (rule D1, since) is the
        // researcher's call, which the workbench offers. That is the only difference allowed.
        expect([parsed!.kind, d.kind, d.quote], e.id).toEqual(['on', 'since', '8月29日']);
      }
    }
  });

  it('parses every date phrase found in the text', () => {
    const parsed = findDatePhrases(source).map((p) => [p.text, parseDatePhrase(p.text, published)]);
    expect(parsed).toEqual([
      ['9月2日以来', { kind: 'since', start: '2022-09-02', end: null, precision: 'day' }],
      ['8月28日', { kind: 'on', start: '2022-08-28', end: '2022-08-28', precision: 'day' }],
      ['9月3日至4日', { kind: 'range', start: '2022-09-03', end: '2022-09-04', precision: 'day' }],
      ['8月29日', { kind: 'on', start: '2022-08-29', end: '2022-08-29', precision: 'day' }],
      ['9月4日', { kind: 'on', start: '2022-09-04', end: '2022-09-04', precision: 'day' }],
    ]);
  });
});

describe('parseDatePhrase', () => {
  const p = (phrase: string, at = '2022-09-09T11:30:43+08:00') => parseDatePhrase(phrase, at);

  it('reads ranges within and across months, with 至, 到 or a dash', () => {
    expect(p('9月3日-4日')).toMatchObject({ kind: 'range', start: '2022-09-03', end: '2022-09-04' });
    expect(p('9月3日到9月4日')).toMatchObject({ kind: 'range', start: '2022-09-03', end: '2022-09-04' });
    expect(p('8月28日至9月2日')).toMatchObject({ kind: 'range', start: '2022-08-28', end: '2022-09-02' });
    expect(p('9月3日至3日')).toMatchObject({ kind: 'on', start: '2022-09-03' });
  });

  it('takes the year from the publication date, the previous one for a later month', () => {
    expect(p('12月30日', '2023-01-05T10:00:00+08:00')).toMatchObject({ start: '2022-12-30' });
    expect(p('1月2日', '2023-01-05T10:00:00+08:00')).toMatchObject({ start: '2023-01-02' });
    expect(p('12月30日至1月2日', '2023-01-05T10:00:00+08:00')).toEqual({
      kind: 'range',
      start: '2022-12-30',
      end: '2023-01-02',
      precision: 'day',
    });
    // The publication's own calendar day decides, not UTC.
    expect(p('1月1日', '2023-01-01T01:00:00+08:00')).toMatchObject({ start: '2023-01-01' });
    expect(p('2021年12月30日至1月2日')).toMatchObject({ start: '2021-12-30', end: '2022-01-02' });
    expect(p('2021年9月2日以来')).toMatchObject({ kind: 'since', start: '2021-09-02' });
  });

  it('reads since-phrases, month-only ones from the first of the month', () => {
    expect(p('9月2日以来')).toEqual({ kind: 'since', start: '2022-09-02', end: null, precision: 'day' });
    expect(p('9月以来')).toEqual({ kind: 'since', start: '2022-09-01', end: null, precision: 'month' });
    expect(p('九月二日起')).toMatchObject({ kind: 'since', start: '2022-09-02' });
  });

  it('refuses days that do not exist, backwards ranges, "up to" and non-dates', () => {
    expect(p('9月31日')).toBeNull();
    expect(p('2月29日')).toBeNull();
    expect(p('2月29日', '2024-03-01T00:00:00+08:00')).toMatchObject({ start: '2024-02-29' });
    expect(p('13月1日')).toBeNull();
    expect(p('9月4日至3日')).toBeNull();
    expect(p('截至9月5日')).toBeNull();
    expect(p('9月')).toBeNull();
    expect(p('300余人次')).toBeNull();
    expect(p('9月2日', 'not a date')).toBeNull();
  });

  it('finds phrases with offsets, and not durations', () => {
    const text = '截至9月5日,共3个月。9月以来,12月30日至1月2日';
    expect(findDatePhrases(text).map((f) => f.text)).toEqual(['截至9月5日', '9月以来', '12月30日至1月2日']);
    expect(findDatePhrases('第3月')).toEqual([]);
  });
});

describe('readSmallNumber', () => {
  it('reads Arabic and full-width digits, and Chinese numerals with or without 十', () => {
    expect(
      ['9', '028', '１２', '十', '十二', '二十', '二十八', '三十一', '两', '二〇二二'].map(readSmallNumber),
    ).toEqual([9, 28, 12, 10, 12, 20, 28, 31, 2, 2022]);
  });

  it('gives null for anything else, never NaN', () => {
    for (const text of [
      '',
      'abc',
      'a12',
      '12a',
      'a二',
      '二a',
      'a十',
      '十十',
      '二十十',
      '二二十',
      '十二二',
      '1二',
    ]) {
      expect(readSmallNumber(text), text).toBeNull();
    }
  });
});

describe('date phrase edges', () => {
  const p = (phrase: string, at = '2022-09-09T11:30:43+08:00') => parseDatePhrase(phrase, at);

  it('finds a bare month only after 截至 or before 以来/起, never after 第 or 个', () => {
    expect(findDatePhrases('今年9月份的工作')).toEqual([]);
    expect(findDatePhrases('截至9月,共')).toEqual([{ text: '截至9月', start: 0, end: 4 }]);
    expect(findDatePhrases('自9月起')).toEqual([{ text: '9月起', start: 1, end: 4 }]);
    expect(findDatePhrases('第3月以来')).toEqual([]);
    expect(findDatePhrases('每个9月2日')).toEqual([]);
    expect(findDatePhrases('到9月2日')).toEqual([{ text: '9月2日', start: 1, end: 5 }]);
  });

  it('reads full-width digits and a phrase with surrounding whitespace', () => {
    expect(p('９月２日')).toEqual({ kind: 'on', start: '2022-09-02', end: '2022-09-02', precision: 'day' });
    expect(p(' 9月2日 ')).toEqual({ kind: 'on', start: '2022-09-02', end: '2022-09-02', precision: 'day' });
    expect(p('9月3日至3日')).toEqual({
      kind: 'on',
      start: '2022-09-03',
      end: '2022-09-03',
      precision: 'day',
    });
  });

  it('keeps a written year for both ends of a range within a year, the next year after December', () => {
    expect(p('2021年9月3日至4日')).toEqual({
      kind: 'range',
      start: '2021-09-03',
      end: '2021-09-04',
      precision: 'day',
    });
    expect(p('2021年9月3日至9月4日')).toMatchObject({ start: '2021-09-03', end: '2021-09-04' });
    expect(p('2021年9月3日至10月4日')).toMatchObject({ start: '2021-09-03', end: '2021-10-04' });
    expect(p('1000年9月2日')).toMatchObject({ start: '1000-09-02' });
  });

  it('refuses a publication time that is no ISO day, and phrases with an unreadable part', () => {
    expect(p('9月2日', 'on 2022-09-09')).toBeNull();
    expect(p('9月2日', '2022-09-9')).toBeNull();
    for (const phrase of [
      '0月3日',
      '9月0日',
      '13月以来',
      '22年9月2日',
      '999年9月2日',
      '十十年9月2日',
      '十十月2日',
      '9月十十日',
      '9月至4日以来',
      '9月至4日',
      '9月3日至4日以来',
      '9月3日至十十月4日',
      '9月3日至十十日',
      '9月31日至10月2日',
      '9月3日至9月31日',
    ]) {
      expect(p(phrase), phrase).toBeNull();
    }
  });
});
