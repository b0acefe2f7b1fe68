import { describe, expect, it } from 'vitest';
import { flowCounts } from '../../../src/aggregates/flow';
import { filterEfforts } from '../../../src/aggregates/filter-efforts';
import {
  buildFlowOption,
  flowLinks,
  flowNodes,
  type FlowModel,
  type FlowNodeItem,
} from '../../../src/charts/flow/build-flow-option';
import { buildDataset, type Dataset, type EffortRecord } from '../../../src/data/model';
import { EMPTY_FILTERS } from '../../../src/domain/view';
import {
  ariaDescription,
  ctxFor,
  mini,
  miniWithProvinceJson,
  tooltipText,
} from '../../fixtures/chart-fixtures';

const modelOf = (ds: Dataset, efforts: readonly EffortRecord[] = ds.efforts): FlowModel => ({
  counts: flowCounts(efforts),
  organisationTypes: ds.organisationTypes,
  activities: ds.activities,
  regionByCode: ds.regionByCode,
});
type Series = {
  type: string;
  data: FlowNodeItem[];
  links: Array<{ source: string; target: string; value: number }>;
  label: { formatter: (p: unknown) => string };
};
const seriesOf = (option: ReturnType<typeof buildFlowOption>): Series =>
  (option.series as unknown as Series[])[0]!;
const linkMap = (model: FlowModel) =>
  Object.fromEntries(flowLinks(model.counts).map((l) => [`${l.source} > ${l.target}`, l.value]));

describe('flowCounts and the Sankey links: counts of efforts', () => {
  it('counts each effort once per link it takes part in (mini: three efforts)', () => {
    const model = modelOf(mini());
    expect(model.counts.total).toBe(3);
    expect(linkMap(model)).toEqual({
      'type:united-front-department > activity:testing-site-support': 1,
      'type:private-enterprise > activity:testing-site-support': 1,
      'type:private-enterprise > activity:donations': 1,
      'type:democratic-party > activity:donations': 1,
      // The Miyi county effort is drawn at its prefecture, Panzhihua.
      'activity:testing-site-support > region:510100': 1,
      'activity:testing-site-support > region:510400': 1,
      'activity:donations > region:510400': 1,
    });
  });

  it('a node counts its efforts once each, not the sum of its links', () => {
    const ds = buildDataset(miniWithProvinceJson());
    const nodes = flowNodes(modelOf(ds), ctxFor('zh'));
    const efforts = Object.fromEntries(nodes.map((n) => [n.name, n.efforts]));
    // The province-wide effort has two activities: two links from the democratic parties, one effort.
    expect(efforts['type:democratic-party']).toBe(2);
    const dpLinks = flowLinks(modelOf(ds).counts).filter((l) => l.source === 'type:democratic-party');
    expect(dpLinks.reduce((n, l) => n + l.value, 0)).toBe(3);
    // The province itself is a region of the last column.
    expect(efforts['region:510000']).toBe(1);
    expect(nodes.map((n) => n.depth)).toEqual([...nodes].map((n) => n.depth).sort());
  });

  it('follows the filters: only the visible efforts are counted', () => {
    const ds = mini();
    const visible = filterEfforts(ds.efforts, {
      ...EMPTY_FILTERS,
      organisationTypes: ['private-enterprise'],
    });
    const model = modelOf(ds, visible);
    expect(model.counts.total).toBe(2);
    expect(Object.keys(linkMap(model))).not.toContain(
      'type:united-front-department > activity:testing-site-support',
    );
    expect(linkMap(model)['activity:testing-site-support > region:510100']).toBeUndefined();
    expect(seriesOf(buildFlowOption(model, ctxFor('zh'))).data.map((n) => n.name)).not.toContain(
      'region:510100',
    );
  });
});

describe('buildFlowOption', () => {
  it('draws three columns: types (their chip colours), activities, regions by efforts', () => {
    const series = seriesOf(buildFlowOption(modelOf(mini()), ctxFor('zh')));
    expect(series.type).toBe('sankey');
    expect(series.data.map((n) => [n.name, n.depth])).toEqual([
      ['type:united-front-department', 0],
      ['type:private-enterprise', 0],
      ['type:democratic-party', 0],
      ['activity:testing-site-support', 1],
      ['activity:donations', 1],
      ['region:510400', 2],
      ['region:510100', 2],
    ]);
    const ctx = ctxFor('zh');
    expect(series.data[0]!.itemStyle.color).toBe(ctx.categoryColors[0]);
    // No data item carries `id` (ECharts would key nodes by it, and links name nodes).
    expect(series.data.some((n) => 'id' in n)).toBe(false);
    expect(series.links).toHaveLength(7);
  });

  it('labels nodes in the interface language with their count, and says it in tooltips (zh and en)', () => {
    const zh = buildFlowOption(modelOf(mini()), ctxFor('zh'));
    const zhSeries = seriesOf(zh);
    expect(zhSeries.label.formatter({ data: zhSeries.data[1] })).toBe('民营企业 2');
    expect(zhSeries.label.formatter({ data: zhSeries.data[5] })).toBe('攀枝花 2');
    const en = buildFlowOption(modelOf(mini()), ctxFor('en'));
    const enSeries = seriesOf(en);
    expect(enSeries.label.formatter({ data: enSeries.data[1] })).toBe('Private enterprises 2');
    expect(tooltipText(en, { dataType: 'node', data: enSeries.data[5] })).toBe('Panzhihua\n2 efforts');
    expect(tooltipText(en, { dataType: 'edge', data: enSeries.links[2] })).toBe(
      'Private enterprises → Donations\n1 effort',
    );
    expect(tooltipText(zh, { dataType: 'edge', data: zhSeries.links[2] })).toBe(
      '民营企业 → 捐资捐物\n行动 1 项',
    );
  });

  it('cuts a long name, never its count', () => {
    const ds = mini();
    const model = modelOf(ds);
    const long = { ...model.organisationTypes[1]!, en: 'A very long organisation type name indeed' };
    const series = seriesOf(
      buildFlowOption(
        { ...model, organisationTypes: [model.organisationTypes[0]!, long, model.organisationTypes[2]!] },
        ctxFor('en'),
      ),
    );
    expect(series.label.formatter({ data: series.data[1] })).toBe('A very long organisat… 2');
  });

  it('renders names from data as text, never as rich-text markup', () => {
    const ds = mini();
    const model = modelOf(ds);
    const hostile = { ...model.activities[0]!, zh: '{b|x}<i>' };
    const option = buildFlowOption({ ...model, activities: [hostile, model.activities[1]!] }, ctxFor('zh'));
    const series = seriesOf(option);
    const node = series.data.find((n) => n.name === 'activity:testing-site-support')!;
    expect(series.label.formatter({ data: node })).toBe('｛b｜x｝<i> 2');
    expect(tooltipText(option, { dataType: 'node', data: node })).toBe('｛b｜x｝<i>\n行动 2 项');
  });

  it('with no efforts: no nodes, and a message on the chart and in its description', () => {
    const ds = mini();
    for (const lang of ['zh', 'en'] as const) {
      const option = buildFlowOption(modelOf(ds, []), ctxFor(lang));
      expect(seriesOf(option).data).toEqual([]);
      const graphic = option.graphic as Array<{ style: { text: string } }>;
      expect(graphic[0]!.style.text).toBe(lang === 'zh' ? '没有行动。' : 'No efforts.');
      expect(ariaDescription(option)).toContain(lang === 'zh' ? '没有行动' : 'No efforts');
    }
    expect(buildFlowOption(modelOf(ds), ctxFor('zh')).graphic).toBeUndefined();
  });

  it('describes what it shows, the strongest links first (zh and en)', () => {
    const en = ariaDescription(buildFlowOption(modelOf(mini()), ctxFor('en')));
    expect(en).toContain(
      'Flow diagram of 3 efforts from 3 organisation types through 2 activities to 2 regions.',
    );
    expect(en).toContain('an effort with several organisation types or activities is in several links');
    const zh = ariaDescription(buildFlowOption(modelOf(mini()), ctxFor('zh')));
    expect(zh).toContain('流向图：3 项行动');
  });
});
