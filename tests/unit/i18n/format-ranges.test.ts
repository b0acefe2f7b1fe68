import { describe, expect, it } from 'vitest';
import {
  amountOf,
  amountQualifierLabel,
  formatAmount,
  formatAmountFigure,
  formatAmountWords,
  formatRange,
  type Amount,
} from '../../../src/i18n/format';
import type { Measure } from '../../../src/data/schema';

const text = { label: { zh: '检测', en: 'tests' }, quote: 'q' };
const thousands: Measure = {
  low: 2000,
  high: 9999,
  unit: 'person-times',
  qualifier: 'approx',
  figure: '数千人次',
  ...text,
};
const severalFirms: Measure = {
  low: 2,
  high: 9,
  unit: 'organisations',
  qualifier: 'approx',
  figure: '数家民营企业',
  ...text,
};
const atLeast: Measure = {
  value: 3100,
  unit: 'person-times',
  qualifier: 'at-least',
  figure: '3100余人次',
  ...text,
};

describe('ranges', () => {
  it('writes both ends, grouped alike, or one number when they meet, or no upper end', () => {
    expect(formatRange(2000, 9999, 'zh')).toBe('2,000–9,999');
    expect(formatRange(2000, 9999, 'en')).toBe('2,000–9,999');
    expect(formatRange(20000, 99999, 'zh')).toBe('20,000–99,999'); // not "2万–99,999"
    expect(formatRange(12, 12, 'en')).toBe('12');
    expect(formatRange(2000, null, 'zh')).toBe('至少 2,000');
    expect(formatRange(2000, null, 'en')).toBe('at least 2,000');
  });

  it('reads a measure as its range; exact and at-least figures as their value', () => {
    expect(amountOf(thousands)).toEqual({ low: 2000, high: 9999, qualifier: 'approx', figure: '数千人次' });
    expect(amountOf(atLeast)).toMatchObject({ low: 3100, high: null, qualifier: 'at-least' });
  });
});

describe('amounts in the dossier, tooltips and tables (zh and en)', () => {
  it('gives a vague figure its words and its range, never its low end alone', () => {
    expect(formatAmountFigure(amountOf(thousands), '人次', 'zh')).toBe('数千人次 · 2,000–9,999');
    expect(formatAmountFigure(amountOf(thousands), 'person-times', 'en')).toBe(
      'several thousand person-times (2,000–9,999)',
    );
    expect(formatAmountFigure(amountOf(severalFirms), '个/家', 'zh')).toBe('数家民营企业 · 2–9');
    expect(formatAmountFigure(amountOf(severalFirms), 'organisations', 'en')).toBe(
      'several organisations (2–9)',
    );
    expect(formatAmountWords(amountOf(thousands), 'zh')).toBe('2,000–9,999（数千人次）');
    expect(formatAmountWords(amountOf(thousands), 'en')).toBe('2,000–9,999 (several thousand)');
    expect(formatAmount(amountOf(thousands), 'en')).toBe('2,000–9,999');
  });

  it('keeps exact and at-least figures as before', () => {
    expect(formatAmountFigure(amountOf(atLeast), '人次', 'zh')).toBe('3,100余人次');
    expect(formatAmountFigure(amountOf(atLeast), 'person-times', 'en')).toBe('3,100+ person-times');
    const exact: Amount = { low: 168000, high: 168000, qualifier: 'exact' };
    expect(formatAmount(exact, 'zh')).toBe('16.8万');
    expect(formatAmountWords(exact, 'en')).toBe('168,000');
  });

  it('says a total includes approximate figures, as a range or a lower bound', () => {
    const sum: Amount = { low: 12, high: 19, qualifier: 'approx', figure: null, includesApprox: true };
    expect(formatAmountWords(sum, 'zh')).toBe('12–19（含约数）');
    expect(formatAmountWords(sum, 'en')).toBe('12–19 (incl. approximate figures)');
    expect(formatAmountFigure(sum, '个/家', 'zh')).toBe('12–19个/家（含约数）');
    expect(formatAmountFigure(sum, 'organisations', 'en')).toBe(
      '12–19 organisations (incl. approximate figures)',
    );
    const bound: Amount = { low: 2080, high: null, qualifier: 'at-least', includesApprox: true };
    expect(formatAmountFigure(bound, '人次', 'zh')).toBe('2,080余人次（含约数）');
    expect(formatAmount(bound, 'en')).toBe('2,080+');
  });

  it('does not invent "several" for a range that is not 数X', () => {
    const odd: Amount = { low: 30, high: 50, qualifier: 'approx', figure: '三五十人' };
    expect(formatAmountWords(odd, 'en')).toBe('30–50 (approximate)');
    expect(formatAmountWords(odd, 'zh')).toBe('30–50（三五十人）');
    const open: Amount = { low: 2000, high: null, qualifier: 'approx', figure: '数千人次' };
    expect(formatAmountFigure(open, 'person-times', 'en')).toBe(
      'several thousand person-times (at least 2,000)',
    );
  });

  it('names the qualifier of a total for tables', () => {
    expect(amountQualifierLabel(amountOf(thousands), 'zh')).toBe('约数：范围');
    expect(amountQualifierLabel(amountOf(thousands), 'en')).toBe('approximate: a range');
    const bound: Amount = { low: 2080, high: null, qualifier: 'at-least', includesApprox: true };
    expect(amountQualifierLabel(bound, 'zh')).toBe('下限（含约数）');
    expect(amountQualifierLabel(bound, 'en')).toBe('at least (incl. approximate figures)');
    expect(amountQualifierLabel({ low: 5, high: 5, qualifier: 'exact' }, 'en')).toBe('exact');
  });
});
