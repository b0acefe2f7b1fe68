import { describe, expect, it } from 'vitest';
import { defaultChartContext } from '../../../src/charts/chart-context';
import { buildOrgMapOption, type OrgMapModel } from '../../../src/charts/org-map/build-org-map-option';

const model: OrgMapModel = {
  mapName: 'sichuan',
  organisation: 'A firm',
  regions: [
    { code: '510100', name: 'Chengdu', role: 'addressee' },
    { code: '510400', name: 'Panzhihua', role: 'actor' },
    { code: '510600', name: 'Deyang', role: null },
  ],
};

type Item = { name: string; itemStyle: { areaColor: string }; label: { show: boolean } };
const items = (ctx = defaultChartContext('en', false, false)): Item[] =>
  (buildOrgMapOption(model, ctx).series as Array<{ data: Item[] }>)[0]!.data;

describe('buildOrgMapOption', () => {
  it('fills acted, addressed and other regions apart, naming only the organisation’s regions', () => {
    const ctx = defaultChartContext('en', false, false);
    const [chengdu, panzhihua, deyang] = items(ctx);
    expect(panzhihua!.itemStyle.areaColor).not.toBe(chengdu!.itemStyle.areaColor);
    expect(deyang!.itemStyle.areaColor).toBe(ctx.notReportedColor);
    expect([chengdu, panzhihua, deyang].map((d) => d!.label.show)).toEqual([true, true, false]);
  });

  it('describes the regions by role in the interface language', () => {
    const en = buildOrgMapOption(model, defaultChartContext('en', false, false));
    expect((en.aria as { label: { description: string } }).label.description).toBe(
      'Took part: Panzhihua; Addressed only: Chengdu',
    );
    const none = buildOrgMapOption(
      { ...model, regions: model.regions.map((r) => ({ ...r, role: null })) },
      defaultChartContext('zh', false, false),
    );
    expect((none.aria as { label: { description: string } }).label.description).toBe(
      '该组织没有记录在任何行动中。',
    );
  });
});
