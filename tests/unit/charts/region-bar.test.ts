import { describe, expect, it } from 'vitest';
import {
  buildRegionBarOption,
  regionBarMinHeight,
  type RegionBarModel,
} from '../../../src/charts/region-bar/build-region-bar-option';
import type { RegionValue } from '../../../src/aggregates/aggregate-regions';
import { ariaDescription, component, ctxFor, seriesOf, tooltipText } from '../../fixtures/chart-fixtures';

const v = (
  code: string,
  status: RegionValue['status'],
  value: number | null = null,
  qualifier: RegionValue['qualifier'] = null,
  effortCount = 1,
): RegionValue => ({
  code,
  status,
  low: value,
  high: qualifier === 'exact' ? value : null,
  qualifier,
  includesApprox: false,
  figure: null,
  effortCount,
});

/** 数千人次 alone: 2,000 to 9,999, with the source's words. */
const thousands: RegionValue = {
  code: 'E',
  status: 'value',
  low: 2000,
  high: 9999,
  qualifier: 'approx',
  includesApprox: true,
  figure: '数千人次',
  effortCount: 1,
};

/** Names carry their code so order assertions read easily. */
const model = (selected: string | null = null): RegionBarModel => ({
  rows: [
    { code: 'A', name: 'Alpha', value: v('A', 'value', 200, 'at-least') },
    { code: 'B', name: 'Beta', value: v('B', 'not-reported', null, null, 2) },
    { code: 'C', name: 'Gamma', value: v('C', 'value', 3100, 'exact', 3) },
    { code: 'D', name: 'Delta', value: v('D', 'not-covered', null, null, 0) },
    { code: 'E', name: 'Epsilon', value: thousands },
    { code: 'F', name: '{a|b}', value: v('F', 'value', 0, 'exact', 0) },
  ],
  metricLabel: 'person-times',
  unitLabel: 'person-times',
  selected,
});

const codes = (m: RegionBarModel): unknown[] =>
  seriesOf(buildRegionBarOption(m, ctxFor('en'))).data.map((d) => d.code);

describe('buildRegionBarOption', () => {
  it('sorts by value, lists not-reported last and omits not-covered', () => {
    expect(codes(model())).toEqual(['C', 'E', 'A', 'F', 'B']);
  });

  it('gives not-reported rows no bar (not a zero bar) and says so on the axis', () => {
    const option = buildRegionBarOption(model(), ctxFor('zh'));
    const data = seriesOf(option).data;
    expect(data[4]!.value).toBeNull();
    expect(data[3]!.value).toBe(0); // a real zero stays a value
    const yAxis = component<{ data: string[] }>(option, 'yAxis');
    expect(yAxis.data[4]).toBe('Beta（未报告）');
    const en = component<{ data: string[] }>(buildRegionBarOption(model(), ctxFor('en')), 'yAxis');
    expect(en.data[4]).toBe('Beta (not reported)');
    expect(en.data[3]).toBe('｛a｜b｝');
  });

  it('draws a range as a range: no solid bar of its low end, a segment up to its high end', () => {
    const ctx = ctxFor('en');
    const option = buildRegionBarOption(model(), ctx);
    const solid = ctx.sequentialColors[ctx.sequentialColors.length - 2];
    const low = seriesOf(option, 0);
    const range = seriesOf(option, 1);
    expect(low.stack).toBe('figure');
    expect(range.stack).toBe(low.stack);
    // Epsilon (数千) is row 1: its low part is lighter and dotted, not the solid colour of a figure.
    type Style = { color?: string; decal?: { symbol?: string }; borderType?: string };
    const lowStyle = low.data[1]!.itemStyle as Style;
    expect(low.data[1]!.value).toBe(2000);
    expect(lowStyle.color).not.toBe(solid);
    expect(lowStyle.decal?.symbol).toBe('circle');
    // No series draws a solid bar for Epsilon.
    for (const s of [low, range]) {
      const d = s.data[1]!;
      expect((d.itemStyle as Style | undefined)?.color === solid && !(d.itemStyle as Style).decal).toBe(
        false,
      );
    }
    // The pale segment runs from the low end to 9,999.
    expect(range.data[1]!.value).toBe(7999);
    expect((low.data[1]!.value as number) + (range.data[1]!.value as number)).toBe(9999);
    expect(range.data[1]!.range).toEqual([2000, 9999]);
    expect((range.data[1]!.itemStyle as Style).borderType).toBe('dotted');
    // Figures without a range have no segment; exact figures stay solid.
    expect(range.data.filter((d) => d.value !== null).map((d) => d.code)).toEqual(['E']);
    expect((low.data[0]!.itemStyle as Style).color).toBe(solid);
  });

  it('labels the end of each figure: a range with its ends, a lower bound with ▸ (no upper end)', () => {
    const label = (lang: 'zh' | 'en', series: number, i: number): string =>
      seriesOf(buildRegionBarOption(model(), ctxFor(lang)), series).label!.formatter!({ dataIndex: i });
    expect(label('en', 0, 0)).toBe('3,100');
    expect(label('en', 0, 2)).toBe('{open|▸} 200+');
    expect(label('zh', 0, 2)).toBe('{open|▸} 200余');
    expect(label('en', 1, 1)).toBe('2,000–9,999');
    expect(label('zh', 1, 1)).toBe('2,000–9,999');
    expect(label('en', 0, 4)).toBe('');
    // The low part of a range carries no label of its own (it would read as the figure).
    const low = seriesOf(buildRegionBarOption(model(), ctxFor('en')), 0);
    expect(low.data[1]!.label).toEqual({ show: false });
    expect(low.data[0]!.label).toBeUndefined();
  });

  it('hatches lower bounds only, dots approximations and outlines the selection', () => {
    const data = seriesOf(buildRegionBarOption(model('C'), ctxFor('en'))).data;
    type Style = {
      decal?: { rotation?: number; symbol?: string };
      borderWidth?: number;
      borderType?: string;
    };
    const style = (i: number): Style => (data[i]!.itemStyle ?? {}) as Style;
    expect(style(2).decal?.symbol).toBe('rect'); // 200+
    expect(style(2).borderType).toBe('dashed');
    expect(style(1).decal?.symbol).toBe('circle'); // several thousand
    expect(style(0).decal).toBeUndefined(); // exact
    expect(style(3).decal).toBeUndefined();
    expect(style(0).borderWidth).toBe(2); // selected
    expect(style(2).borderWidth).not.toBe(2);
  });

  it('writes tooltips in zh and en with plain, neutralised text, ranges with their words', () => {
    const zh = tooltipText(buildRegionBarOption(model(), ctxFor('zh')), { dataIndex: 2 });
    expect(zh).toBe('Alpha\n200余person-times\n行动 1 项');
    const en = tooltipText(buildRegionBarOption(model(), ctxFor('en')), { dataIndex: 0 });
    expect(en).toBe('Gamma\n3,100 person-times\n3 efforts');
    expect(tooltipText(buildRegionBarOption(model(), ctxFor('zh')), { dataIndex: 1 })).toBe(
      'Epsilon\n数千人次 · 2,000–9,999\n行动 1 项',
    );
    expect(tooltipText(buildRegionBarOption(model(), ctxFor('en')), { dataIndex: 1, seriesIndex: 1 })).toBe(
      'Epsilon\nseveral thousand person-times (2,000–9,999)\n1 effort',
    );
    const counts = buildRegionBarOption({ ...model(), metricLabel: '行动数', unitLabel: null }, ctxFor('zh'));
    expect(tooltipText(counts, { dataIndex: 0 }).split('\n')[1]).toBe('行动数：3,100');
    const odd = tooltipText(buildRegionBarOption(model(), ctxFor('en')), { dataIndex: 3 });
    expect(odd.split('\n')[0]).toBe('｛a｜b｝');
  });

  it('describes the largest regions with ranges and their words, and counts the unreported', () => {
    const text = ariaDescription(buildRegionBarOption(model(), ctxFor('en')));
    expect(text).toContain('Highest: Gamma 3,100, Epsilon 2,000–9,999 (several thousand), Alpha 200+.');
    expect(text).toContain('Approximate figures are drawn as ranges');
    expect(text).toContain('1 region reports no figure');
    const zh = ariaDescription(buildRegionBarOption(model(), ctxFor('zh')));
    expect(zh).toContain('最高：Gamma 3,100、Epsilon 2,000–9,999（数千人次）、Alpha 200余。');
    expect(zh).toContain('约数画作范围');
    // Only exact figures: nothing to explain about ranges and bounds.
    const exactOnly = {
      ...model(),
      rows: model().rows.filter((r) => r.value.qualifier !== 'approx' && r.value.qualifier !== 'at-least'),
    };
    expect(ariaDescription(buildRegionBarOption(exactOnly, ctxFor('en')))).not.toContain('ranges');
  });
});

describe('regionBarMinHeight', () => {
  it('gives each region a line of its own: thirty regions get a taller chart than six', () => {
    const six = model();
    const thirty: RegionBarModel = {
      ...six,
      rows: Array.from({ length: 30 }, (_, i) => ({
        code: `R${i}`,
        name: `Region ${i}`,
        value: v(`R${i}`, 'value', i),
      })),
    };
    const chrome = regionBarMinHeight({ ...six, rows: [] });
    expect(regionBarMinHeight(six)).toBe(chrome + 6 * 18);
    expect(regionBarMinHeight(thirty)).toBe(chrome + 30 * 18);
    // Thirty 11 px labels do not fit the CSS height of 360 px: the chart grows.
    expect(regionBarMinHeight(thirty)).toBeGreaterThan(360);
  });
});
