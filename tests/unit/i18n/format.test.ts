import { describe, expect, it } from 'vitest';
import { formatDay, formatFigure, formatNumber, formatQualified } from '../../../src/i18n/format';

describe('number formatting', () => {
  it('uses 万 in Chinese only when it is exact', () => {
    expect(formatNumber(168000, 'zh')).toBe('16.8万');
    expect(formatNumber(3500000, 'zh')).toBe('350万');
    expect(formatNumber(144237, 'zh')).toBe('144,237');
    expect(formatNumber(144237, 'zh', { compact: true })).toBe('14.42万');
    expect(formatNumber(9500, 'zh')).toBe('9,500');
  });

  it('writes whole numbers below 1000 exactly as the locale formatter does', () => {
    for (const lang of ['zh', 'en'] as const) {
      const intl = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 });
      for (let v = 0; v <= 1000; v += 1) expect(formatNumber(v, lang)).toBe(intl.format(v));
      expect(formatNumber(-0, lang)).toBe(intl.format(-0));
      expect(formatNumber(-5, lang)).toBe(intl.format(-5));
      expect(formatNumber(2.5, lang)).toBe(intl.format(2.5));
    }
  });

  it('groups digits in English and compacts only on request', () => {
    expect(formatNumber(3500000, 'en')).toBe('3,500,000');
    expect(formatNumber(3500000, 'en', { compact: true })).toBe('3.5M');
  });

  it('shows qualifiers as readers expect', () => {
    expect(formatQualified(200, 'at-least', 'zh')).toBe('200余');
    expect(formatQualified(200, 'at-least', 'en')).toBe('200+');
    expect(formatQualified(2000, 'approx', 'zh')).toBe('数千');
    expect(formatQualified(2000, 'approx', 'en')).toBe('several thousand');
    expect(formatQualified(2, 'approx', 'en')).toBe('several');
    expect(formatFigure(3100, 'at-least', 'person-times', 'en')).toBe('3,100+ person-times');
    expect(formatFigure(3100, 'at-least', '人次', 'zh')).toBe('3,100余人次');
  });

  it('formats days', () => {
    expect(formatDay('2022-09-04', 'zh')).toBe('9月4日');
    expect(formatDay('2022-09-09', 'zh', { year: true })).toBe('2022年9月9日');
    expect(formatDay('2022-09-04', 'en')).toBe('4 Sep 2022');
  });
});
