import { describe, expect, it } from 'vitest';
import {
  buildRegionBarOption,
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
): RegionValue => ({ code, status, value, qualifier, includesApprox: qualifier === 'approx', effortCount });

/** Names carry their code so order assertions read easily. */
const model = (selected: string | null = null): RegionBarModel => ({
  rows: [
    { code: 'A', name: 'Alpha', value: v('A', 'value', 200, 'at-least') },
    { code: 'B', name: 'Beta', value: v('B', 'not-reported', null, null, 2) },
    { code: 'C', name: 'Gamma', value: v('C', 'value', 3100, 'exact', 3) },
    { code: 'D', name: 'Delta', value: v('D', 'not-covered', null, null, 0) },
    { code: 'E', name: 'Epsilon', value: v('E', 'value', 2000, 'approx') },
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

  it('labels bar ends with the qualifier', () => {
    const label = (lang: 'zh' | 'en', i: number): string =>
      seriesOf(buildRegionBarOption(model(), ctxFor(lang))).label!.formatter!({ dataIndex: i });
    expect(label('en', 0)).toBe('3,100');
    expect(label('en', 2)).toBe('200+');
    expect(label('zh', 2)).toBe('200余');
    expect(label('en', 1)).toBe('several thousand');
    expect(label('zh', 1)).toBe('数千');
    expect(label('en', 4)).toBe('');
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

  it('writes tooltips in zh and en with plain, neutralised text', () => {
    const zh = tooltipText(buildRegionBarOption(model(), ctxFor('zh')), { dataIndex: 2 });
    expect(zh).toBe('Alpha\n200余person-times\n行动 1 项');
    const en = tooltipText(buildRegionBarOption(model(), ctxFor('en')), { dataIndex: 0 });
    expect(en).toBe('Gamma\n3,100 person-times\n3 efforts');
    const counts = buildRegionBarOption({ ...model(), metricLabel: '行动数', unitLabel: null }, ctxFor('zh'));
    expect(tooltipText(counts, { dataIndex: 0 }).split('\n')[1]).toBe('行动数：3,100');
    const odd = tooltipText(buildRegionBarOption(model(), ctxFor('en')), { dataIndex: 3 });
    expect(odd.split('\n')[0]).toBe('｛a｜b｝');
  });

  it('describes the largest regions and counts the unreported', () => {
    const text = ariaDescription(buildRegionBarOption(model(), ctxFor('en')));
    expect(text).toContain('Highest: Gamma 3,100, Epsilon several thousand, Alpha 200+');
    expect(text).toContain('1 regions report no figure');
    expect(ariaDescription(buildRegionBarOption(model(), ctxFor('zh')))).toContain('最高：Gamma 3,100');
  });
});
