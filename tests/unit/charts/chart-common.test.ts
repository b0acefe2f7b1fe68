import { joinList } from '../../../src/i18n/i18n';
import { describe, expect, it } from 'vitest';
import {
  APPROX_DECAL,
  AT_LEAST_DECAL,
  baseOption,
  categoryAxisHeight,
  effortCountText,
  firstParams,
  isDark,
  itemTooltip,
  lighten,
  metricLine,
  metricTitle,
  qualifierItemStyle,
  roundForDescription,
  wrapLabel,
} from '../../../src/charts/chart-common';
import { defaultChartContext } from '../../../src/charts/chart-context';

describe('chart helpers', () => {
  it('reads the first params object of a tooltip call, whatever ECharts passes', () => {
    expect(firstParams({ dataIndex: 2 })).toEqual({ dataIndex: 2 });
    expect(firstParams([{ dataIndex: 1 }, { dataIndex: 5 }])).toEqual({ dataIndex: 1 });
    expect(firstParams([])).toEqual({});
    expect(firstParams(null)).toEqual({});
    expect(firstParams('x')).toEqual({});
    expect(firstParams(undefined)).toEqual({});
  });

  it('shares font, animation switch, description and decals in every option', () => {
    const ctx = { ...defaultChartContext('zh', false, true), fontFamily: 'F', textColor: '#111111' };
    expect(baseOption(ctx, 'desc')).toEqual({
      animation: false,
      textStyle: { fontFamily: 'F', color: '#111111' },
      aria: { enabled: true, label: { description: 'desc' }, decal: { show: true } },
    });
    expect(baseOption(defaultChartContext('en', true, false), '')).toMatchObject({
      animation: true,
      aria: { decal: { show: false } },
    });
  });

  it('draws tooltips as rich text on the canvas, on hover and on tap', () => {
    const formatter = (): string => 'x';
    const ctx = { ...defaultChartContext('en'), fontFamily: 'F', textColor: '#222222' };
    expect(itemTooltip(ctx, formatter)).toEqual({
      trigger: 'item',
      triggerOn: 'mousemove|click|mousewheel',
      renderMode: 'richText',
      confine: true,
      textStyle: { fontFamily: 'F', color: '#222222', fontSize: 12 },
      formatter,
    });
  });

  it('hatches lower bounds and dots approximations; exact figures are solid', () => {
    expect(qualifierItemStyle('at-least')).toEqual({ decal: AT_LEAST_DECAL, borderType: 'dashed' });
    expect(qualifierItemStyle('approx')).toEqual({ decal: APPROX_DECAL, borderType: 'dotted' });
    expect(qualifierItemStyle('exact')).toEqual({});
    expect(qualifierItemStyle(null)).toEqual({});
    expect(AT_LEAST_DECAL).toMatchObject({ symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4] });
    expect(AT_LEAST_DECAL.rotation).toBeCloseTo(-Math.PI / 4);
    expect(APPROX_DECAL).toMatchObject({ symbol: 'circle', dashArrayX: [4, 2], dashArrayY: [4, 2] });
  });

  it('rounds to three significant digits for spoken descriptions', () => {
    expect(roundForDescription(168432)).toBe(168000);
    expect(roundForDescription(-168432)).toBe(-168000);
    expect(roundForDescription(999)).toBe(999);
    expect(roundForDescription(1234)).toBe(1230);
    expect(roundForDescription(12.6)).toBe(13);
    expect(roundForDescription(0)).toBe(0);
    expect(roundForDescription(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(roundForDescription(Number.NaN)).toBeNaN();
  });

  it('joins lists and counts efforts in the interface language', () => {
    expect(joinList(['甲', '乙', '丙'], 'zh')).toBe('甲、乙、丙');
    expect(joinList(['a', 'b'], 'en')).toBe('a, b');
    expect(joinList([], 'en')).toBe('');
    expect(effortCountText(3, 'zh')).toBe('行动 3 项');
    expect(effortCountText(1, 'en')).toBe('1 effort');
    expect(effortCountText(0, 'en')).toBe('0 efforts');
    expect(effortCountText(2, 'en')).toBe('2 efforts');
  });

  it('wraps Chinese labels by character and English ones at spaces', () => {
    expect(wrapLabel('一二三四五六七', 'zh', 3)).toBe('一二三\n四五六\n七');
    expect(wrapLabel('一二三', 'zh', 3)).toBe('一二三');
    expect(wrapLabel('', 'zh', 3)).toBe('');
    expect(wrapLabel('united front work department', 'en', 12)).toBe('united front\nwork\ndepartment');
    expect(wrapLabel('a b c', 'en', 5)).toBe('a b c');
    expect(wrapLabel('a b c', 'en', 4)).toBe('a b\nc');
    expect(wrapLabel('extraordinarily long', 'en', 5)).toBe('extraordinarily\nlong');
    expect(wrapLabel('', 'en', 5)).toBe('');
  });

  it('writes a metric and its figure, once when the metric is the unit', () => {
    expect(metricLine('行动数', null, '3', 'zh')).toBe('行动数：3');
    expect(metricLine('efforts', null, '3', 'en')).toBe('efforts: 3');
    expect(metricLine('人次', '人次', '200余人次', 'zh')).toBe('200余人次');
    expect(metricLine('数据：人次', '人次', '200余人次', 'zh')).toBe('数据：人次：200余人次');
    expect(metricTitle('志愿服务', '人次')).toBe('志愿服务 (人次)');
    expect(metricTitle('人次', '人次')).toBe('人次');
    expect(metricTitle('efforts', null)).toBe('efforts');
  });

  it('lightens #rrggbb colours towards white and passes other formats through', () => {
    expect(lighten('#000000', 0)).toBe('#000000');
    expect(lighten('#000000', 1)).toBe('#ffffff');
    expect(lighten('#000000', 0.5)).toBe('#808080');
    expect(lighten('#0072B2', 0.45)).toBe('#73b1d5');
    expect(lighten('#102030', 0.1)).toBe('#283645');
    expect(lighten('#ff0000', 0.5)).toBe('#ff8080');
    expect(lighten('#00ff00', 0.5)).toBe('#80ff80');
    expect(lighten('#0000ff', 0.5)).toBe('#8080ff');
    expect(lighten('red', 0.5)).toBe('red');
    expect(lighten('#fff', 0.5)).toBe('#fff');
  });

  it('tells dark colours (white text) from light ones', () => {
    expect(isDark('#000000')).toBe(true);
    expect(isDark('#ffffff')).toBe(false);
    expect(isDark('#b3261e')).toBe(true);
    expect(isDark('#fde0c5')).toBe(false);
    expect(isDark('#0072B2')).toBe(true);
    expect(isDark('#E69F00')).toBe(true);
    expect(isDark('#F0E442')).toBe(false);
    // Near the threshold 0.45: greys of luminance 0.445 and 0.451.
    expect(isDark('#b2b2b2')).toBe(true);
    expect(isDark('#b3b3b3')).toBe(false);
    // Green weighs most, blue least.
    expect(isDark('#00ff00')).toBe(false);
    expect(isDark('#0000ff')).toBe(true);
    expect(isDark('#ff0000')).toBe(true);
    expect(isDark('#0a0a0a')).toBe(true);
    expect(isDark('black')).toBe(false);
  });
});

describe('categoryAxisHeight', () => {
  const sizes = { minBand: 30, lineHeight: 14, padding: 8, chrome: 10 };
  it('makes every band as tall as the tallest label, at least the minimum band, plus the chrome', () => {
    expect(categoryAxisHeight(['a', 'b'], sizes)).toBe(10 + 2 * 30);
    expect(categoryAxisHeight(['a', 'b\nc\nd'], sizes)).toBe(10 + 2 * (3 * 14 + 8));
    expect(categoryAxisHeight(['a\nb', 'c'], { ...sizes, minBand: 0 })).toBe(10 + 2 * (2 * 14 + 8));
    expect(categoryAxisHeight([], sizes)).toBe(10);
  });
});
