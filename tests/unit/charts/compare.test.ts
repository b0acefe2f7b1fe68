import { describe, expect, it } from 'vitest';
import type { RegionValue } from '../../../src/aggregates/aggregate-regions';
import { defaultChartContext } from '../../../src/charts/chart-context';
import {
  buildCompareOption,
  niceCeil,
  secondMapName,
  type CompareModel,
  type ComparePanel,
} from '../../../src/charts/compare/build-compare-option';
import { buildMapOption, NOT_COVERED_VALUE } from '../../../src/charts/map/build-map-option';
import { buildRegionBarOption } from '../../../src/charts/region-bar/build-region-bar-option';
import type { ECOption } from '../../../src/charts/echarts';
import { ariaDescription, ctxFor, seriesOf, tooltipText } from '../../fixtures/chart-fixtures';

const value = (code: string, low: number, qualifier: RegionValue['qualifier'] = 'exact'): RegionValue => ({
  code,
  status: 'value',
  low,
  high: qualifier === 'exact' ? low : qualifier === 'approx' ? low * 5 : null,
  qualifier,
  includesApprox: qualifier === 'approx',
  figure: null,
  effortCount: 1,
});
const uncovered = (code: string): RegionValue => ({
  code,
  status: 'not-covered',
  low: null,
  high: null,
  qualifier: null,
  includesApprox: false,
  figure: null,
  effortCount: 0,
});

function panel(title: string, mapName: string, values: RegionValue[]): ComparePanel {
  const regions = values.map((v) => ({ code: v.code, name: `R${v.code}`, value: v }));
  return {
    title,
    map: { mapName, regions, metricLabel: '行动数', unitLabel: null, selected: null },
    bars: {
      rows: regions.filter((r) => r.value.status !== 'not-covered'),
      metricLabel: '行动数',
      unitLabel: null,
      selected: null,
    },
  };
}

/** Report A is large (up to 40), report B small (up to 3): one scale must still hold for both. */
const model: CompareModel = {
  panels: [
    panel('报告甲 · 2022年9月9日', 'sichuan', [value('1', 40), value('2', 10), uncovered('3')]),
    panel('报告乙 · 2020年2月21日', secondMapName('sichuan'), [uncovered('1'), value('2', 3), value('3', 1)]),
  ],
};

type Loose = Record<string, unknown>;
const list = (option: ECOption, key: keyof ECOption): Loose[] => {
  const v = option[key] as unknown;
  return (Array.isArray(v) ? v : [v]) as Loose[];
};

describe('buildCompareOption', () => {
  const option = buildCompareOption(model, ctxFor('zh'));

  it('draws two maps under two map names (ECharts would merge two series of one map)', () => {
    expect(seriesOf(option, 0).type).toBe('map');
    expect(seriesOf(option, 1).type).toBe('map');
    expect([seriesOf(option, 0).map, seriesOf(option, 1).map]).toEqual(['sichuan', 'sichuan--compare-b']);
  });

  it('colours both maps with one legend whose classes span both reports', () => {
    const [visualMap] = list(option, 'visualMap');
    expect(visualMap!.seriesIndex).toEqual([0, 1]);
    const pieces = visualMap!.pieces as Array<{ value?: number; gte?: number; lte?: number; lt?: number }>;
    expect(pieces[0]!.value).toBe(NOT_COVERED_VALUE);
    const classes = pieces.filter((p) => p.gte !== undefined);
    // The classes reach A's 40 and start at B's 1: the same colour means the same amount in both.
    expect(Math.min(...classes.map((p) => p.gte!))).toBe(1);
    expect(Math.max(...classes.map((p) => p.lte ?? p.lt ?? 0))).toBe(40);
  });

  it('puts both bar charts on one axis: same 0 … max, each panel stacked on its own', () => {
    const axes = list(option, 'xAxis');
    expect(axes.map((a) => [a.gridIndex, a.min, a.max])).toEqual([
      [0, 0, 50],
      [1, 0, 50],
    ]);
    const bars = [2, 3, 4, 5].map((i) => seriesOf(option, i) as unknown as Loose);
    expect(bars.map((b) => [b.type, b.xAxisIndex, b.stack])).toEqual([
      ['bar', 0, 'figure-0'],
      ['bar', 0, 'figure-0'],
      ['bar', 1, 'figure-1'],
      ['bar', 1, 'figure-1'],
    ]);
    // Panel B's bars hold B's values only.
    const lowB = (seriesOf(option, 4).data as Array<{ value: number | null }>).map((d) => d.value);
    expect(lowB).toEqual([3, 1]);
  });

  it('names each report over its half and in the description', () => {
    expect(list(option, 'title').map((t) => t.text)).toEqual([
      '报告甲 · 2022年9月9日',
      '报告乙 · 2020年2月21日',
    ]);
    const description = ariaDescription(option);
    expect(description).toContain('对比“报告甲 · 2022年9月9日”与“报告乙 · 2020年2月21日”');
  });

  it('answers a tooltip from the half it belongs to', () => {
    const a = tooltipText(option, { seriesIndex: 0, name: '1' });
    const b = tooltipText(option, { seriesIndex: 1, name: '1' });
    expect(a).toContain('R1');
    expect(a).toContain('40');
    expect(b).toContain('R1');
    expect(b).not.toContain('40');
    const barB = tooltipText(option, { seriesIndex: 4, dataIndex: 0 });
    expect(barB).toContain('R2');
    expect(barB).toContain('3');
  });

  it('sits side by side on a wide screen and stacks on a phone', () => {
    const wide = list(option, 'series').slice(0, 2);
    expect(wide.map((s) => s.left)).toEqual(['2%', '52%']);
    expect(wide[0]!.top).toBe(wide[1]!.top);
    const phone = buildCompareOption(model, defaultChartContext('en', false, false, true));
    const stacked = list(phone, 'series').slice(0, 2);
    expect(stacked.map((s) => s.left)).toEqual(['2%', '2%']);
    expect(parseFloat(String(stacked[1]!.top))).toBeGreaterThan(parseFloat(String(stacked[0]!.top)));
    const grids = list(phone, 'grid');
    expect(parseFloat(String(grids[1]!.top))).toBeGreaterThan(parseFloat(String(grids[0]!.top)));
  });
});

describe('tooltips in the view of several reports', () => {
  it('the map and the region bars name the reports of a region; one report adds nothing', () => {
    const reportsByRegion = new Map([['2', '报告甲 10、报告乙 3']]);
    const p = panel('x', 'sichuan', [value('1', 40), value('2', 13)]);
    const map = buildMapOption({ ...p.map, reportsByRegion }, ctxFor('zh'));
    expect(tooltipText(map, { name: '2' })).toContain('来自：报告甲 10、报告乙 3');
    expect(tooltipText(map, { name: '1' })).not.toContain('来自');
    const bars = buildRegionBarOption({ ...p.bars, reportsByRegion }, ctxFor('en'));
    // Bars are ordered by value: row 1 is region 2.
    expect(tooltipText(bars, { dataIndex: 1 })).toContain('From: 报告甲 10、报告乙 3');
    expect(tooltipText(buildMapOption(p.map, ctxFor('zh')), { name: '2' })).not.toContain('来自');
  });
});

describe('niceCeil', () => {
  it('rounds an axis end up to 1, 2, 2.5 or 5 × 10^k', () => {
    expect([0, 1, 3, 11, 40, 41, 240, 9999].map(niceCeil)).toEqual([1, 1, 5, 20, 50, 50, 250, 10000]);
  });
});
