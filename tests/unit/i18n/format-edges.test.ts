import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatFigure,
  formatNumber,
  formatQualified,
  qualifierLabel,
} from '../../../src/i18n/format';
import { fillTemplate, translate } from '../../../src/i18n/i18n';

describe('number formatting: edges', () => {
  it('uses 万 only from 10,000 and only for whole hundreds, unless compact', () => {
    expect(formatNumber(10000, 'zh')).toBe('1万');
    expect(formatNumber(9999, 'zh')).toBe('9,999');
    expect(formatNumber(10050, 'zh')).toBe('10,050');
    expect(formatNumber(10100, 'zh')).toBe('1.01万');
    expect(formatNumber(-168000, 'zh')).toBe('-16.8万');
    expect(formatNumber(10050, 'zh', { compact: true })).toBe('1.01万');
    expect(formatNumber(9999, 'zh', { compact: true })).toBe('9,999');
    expect(formatNumber(123456789, 'zh')).toBe('123,456,789');
    expect(formatNumber(300000000, 'zh')).toBe('3亿');
  });

  it('compacts English only from 10,000, to one decimal', () => {
    expect(formatNumber(9999, 'en', { compact: true })).toBe('9,999');
    expect(formatNumber(10000, 'en', { compact: true })).toBe('10K');
    expect(formatNumber(168000, 'en', { compact: true })).toBe('168K');
    expect(formatNumber(1250000, 'en', { compact: true })).toBe('1.3M');
    expect(formatNumber(168000, 'en')).toBe('168,000');
    expect(formatNumber(16.825, 'en')).toBe('16.83');
    expect(formatNumber(0, 'zh')).toBe('0');
  });

  it('names vague amounts by magnitude', () => {
    const words = (v: number): [string, string] => [
      formatQualified(v, 'approx', 'zh'),
      formatQualified(v, 'approx', 'en'),
    ];
    expect(words(1)).toEqual(['数', 'several']);
    expect(words(9)).toEqual(['数', 'several']);
    expect(words(10)).toEqual(['数十', 'several tens of']);
    expect(words(99)).toEqual(['数十', 'several tens of']);
    expect(words(100)).toEqual(['数百', 'several hundred']);
    expect(words(999)).toEqual(['数百', 'several hundred']);
    expect(words(1000)).toEqual(['数千', 'several thousand']);
    expect(words(9999)).toEqual(['数千', 'several thousand']);
    expect(words(10000)).toEqual(['数万', 'tens of thousands of']);
  });

  it('writes exact figures plain and lower bounds with 余 / +', () => {
    expect(formatQualified(58, 'exact', 'zh')).toBe('58');
    expect(formatQualified(168000, 'exact', 'en')).toBe('168,000');
    expect(formatQualified(3500000, 'at-least', 'zh')).toBe('350万余');
    expect(formatFigure(2000, 'approx', 'person-times', 'en')).toBe('several thousand person-times');
    expect(formatFigure(168000, 'exact', '元', 'zh')).toBe('16.8万元');
  });

  it('names qualifiers in both languages', () => {
    expect(qualifierLabel('exact', 'zh')).toBe('确数');
    expect(qualifierLabel('at-least', 'zh')).toBe('下限（余/多/超）');
    expect(qualifierLabel('approx', 'zh')).toBe('约数（数千等）');
    expect(qualifierLabel('exact', 'en')).toBe('exact');
    expect(qualifierLabel('at-least', 'en')).toBe('at least');
    expect(qualifierLabel('approx', 'en')).toBe('approximate');
  });

  it('names every month in English and writes the year on request in Chinese', () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    months.forEach((m, i) => {
      const mm = String(i + 1).padStart(2, '0');
      expect(formatDay(`2022-${mm}-01`, 'en')).toBe(`1 ${m} 2022`);
      expect(formatDay(`2022-${mm}-01`, 'en', { year: false })).toBe(`1 ${m} 2022`);
    });
    expect(formatDay('2022-12-31', 'zh')).toBe('12月31日');
    expect(formatDay('2022-12-31', 'zh', { year: false })).toBe('12月31日');
    expect(formatDay('2022-01-05', 'zh', { year: true })).toBe('2022年1月5日');
  });
});

describe('plural words in templates', () => {
  it('picks the singular only for exactly 1, and leaves unknown names as written', () => {
    const t = '{n} {n|effort|efforts}, {m} {m|figure|figures}';
    expect(fillTemplate(t, { n: 1, m: 2 })).toBe('1 effort, 2 figures');
    expect(fillTemplate(t, { n: 0, m: 1 })).toBe('0 efforts, 1 figure');
    expect(fillTemplate(t, { n: '1,000', m: 1.5 })).toBe('1,000 efforts, 1.5 figures');
    expect(fillTemplate('{x|a|b} {y}', {})).toBe('{x|a|b} {y}');
  });

  it('English counts agree with their nouns', () => {
    expect(translate('en', 'importCounts', { efforts: 1, measures: 1, organisations: 1, regions: 2 })).toBe(
      '1 effort · 1 figure · 1 organisation · 2 regions',
    );
    expect(translate('en', 'effortsInRegion', { count: 1 })).toBe('1 effort');
    expect(translate('en', 'hiddenByFilters', { count: 1 })).toBe('1 more effort is hidden by the filters.');
    expect(translate('zh', 'importCounts', { efforts: 1, measures: 1, organisations: 1, regions: 2 })).toBe(
      '1 项行动 · 1 项数据 · 1 个组织 · 2 个地区',
    );
  });
});
