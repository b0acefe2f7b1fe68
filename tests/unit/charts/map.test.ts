import { describe, expect, it } from 'vitest';
import {
  buildMapOption,
  NOT_COVERED_VALUE,
  NOT_REPORTED_VALUE,
  type MapModel,
} from '../../../src/charts/map/build-map-option';
import { valueClasses } from '../../../src/charts/map/value-classes';
import { aggregateByPrefecture } from '../../../src/aggregates/aggregate-regions';
import { filterEfforts } from '../../../src/aggregates/filter-efforts';
import { EMPTY_FILTERS } from '../../../src/domain/view';
import {
  ariaDescription,
  component,
  ctxFor,
  mapModelFor,
  mini,
  seriesOf,
  tooltipText,
} from '../../fixtures/chart-fixtures';

const ds = mini();
type Piece = { value?: number; gte?: number; lt?: number; lte?: number; label: string; color: string };
const piecesOf = (model: MapModel, lang: 'zh' | 'en' = 'zh'): Piece[] =>
  component<{ pieces: Piece[] }>(buildMapOption(model, ctxFor(lang)), 'visualMap').pieces;
const valueOf = (model: MapModel, code: string): unknown =>
  seriesOf(buildMapOption(model, ctxFor('zh'))).data.find((d) => d.name === code)?.value;

describe('buildMapOption: data and sentinels', () => {
  it('keys data by code and uses sentinels for not covered vs not reported', () => {
    const model = mapModelFor(ds, 'unit:yuan', 'zh');
    const series = seriesOf(buildMapOption(model, ctxFor('zh')));
    expect(series.type).toBe('map');
    expect(series.nameProperty).toBe('code');
    expect(series.nameMap).toBeUndefined();
    expect(valueOf(model, '510400')).toBe(168000);
    expect(valueOf(model, '510100')).toBe(NOT_REPORTED_VALUE); // covered, no yuan figure
    expect(valueOf(model, '510600')).toBe(NOT_COVERED_VALUE); // Deyang: not in the report
    expect(NOT_COVERED_VALUE).not.toBe(NOT_REPORTED_VALUE);
  });

  it('treats a real zero as a value, not a sentinel', () => {
    const donations = filterEfforts(ds.efforts, { ...EMPTY_FILTERS, activities: ['donations'] });
    const model: MapModel = {
      ...mapModelFor(ds, 'efforts', 'zh'),
      regions: aggregateByPrefecture(ds, donations, 'efforts').map((value) => ({
        code: value.code,
        name: value.code,
        value,
      })),
    };
    expect(valueOf(model, '510100')).toBe(0);
    expect(valueOf(model, '510400')).toBe(1);
    const zeroPiece = piecesOf(model).find((p) => p.gte !== undefined && p.gte <= 0);
    expect(zeroPiece).toBeDefined();
  });

  it('has legend pieces for "not in report" and, for a unit metric only, "no figure reported"', () => {
    const unitPieces = piecesOf(mapModelFor(ds, 'unit:yuan', 'zh'));
    expect(unitPieces.find((p) => p.value === NOT_COVERED_VALUE)?.label).toBe('报告未涉及');
    expect(unitPieces.find((p) => p.value === NOT_REPORTED_VALUE)?.label).toBe('未报告此项');
    const enPieces = piecesOf(mapModelFor(ds, 'unit:yuan', 'en'), 'en');
    expect(enPieces.find((p) => p.value === NOT_COVERED_VALUE)?.label).toBe('Not in report');
    expect(enPieces.find((p) => p.value === NOT_REPORTED_VALUE)?.label).toBe('No figure reported');
    const countPieces = piecesOf(mapModelFor(ds, 'efforts', 'zh'));
    expect(countPieces.some((p) => p.value === NOT_REPORTED_VALUE)).toBe(false);
    expect(countPieces.find((p) => p.value === NOT_COVERED_VALUE)?.color).not.toBe(
      unitPieces.find((p) => p.value === NOT_REPORTED_VALUE)?.color,
    );
  });

  it('gives one class when all values are equal, and no class covers the sentinels', () => {
    const pieces = piecesOf(mapModelFor(ds, 'unit:yuan', 'zh'));
    const classes = pieces.filter((p) => p.value === undefined);
    expect(classes).toHaveLength(1);
    expect(classes[0]!.gte).toBe(168000);
    expect(classes[0]!.label).toBe('16.8万');
  });
});

describe('valueClasses', () => {
  it('makes up to five rounded classes from skewed values', () => {
    const classes = valueClasses([0, 1, 2, 3, 4, 6, 9, 14, 40], 'en');
    expect(classes.length).toBeGreaterThan(1);
    expect(classes.length).toBeLessThanOrEqual(5);
    expect(classes[0]!.min).toBe(0);
    expect(classes[classes.length - 1]!.max).toBe(40);
    for (const c of classes.slice(1))
      expect([1, 1.5, 2, 2.5, 3, 4, 5, 6, 8]).toContain(c.min / 10 ** Math.floor(Math.log10(c.min)));
  });

  it('labels integer classes as inclusive ranges', () => {
    const classes = valueClasses([1, 1, 5], 'en');
    expect(classes.map((c) => c.label)).toEqual(['1–4', '5']);
  });
});

describe('buildMapOption: selection, labels, tooltip, aria', () => {
  it('marks the selected region and thickens its border', () => {
    const option = buildMapOption(mapModelFor(ds, 'efforts', 'zh', '510400'), ctxFor('zh'));
    const series = seriesOf(option);
    expect(series.selectedMode).toBe('single');
    const selected = series.data.filter((d) => d.selected === true);
    expect(selected.map((d) => d.name)).toEqual(['510400']);
    expect((selected[0]!.itemStyle as { borderWidth: number }).borderWidth).toBeGreaterThan(1);
    expect(series.roam).toBe(false);
  });

  it('labels regions by display name looked up from the code, neutralising markup', () => {
    const model = mapModelFor(ds, 'efforts', 'zh');
    model.regions[0] = { ...model.regions[0]!, name: '{a|b}' };
    const series = seriesOf(buildMapOption(model, ctxFor('zh')));
    expect(series.label!.formatter!({ name: '510400' })).toBe('攀枝花 {v|2}');
    expect(series.label!.formatter!({ name: model.regions[0]!.code })).toMatch(/^｛a｜b｝ \{v\|\d+\}$/);
    const phone = seriesOf(buildMapOption(model, { ...ctxFor('zh'), compact: true }));
    expect(phone.label!.formatter!({ name: '510400' })).toBe('攀枝花');
    expect(series.labelLayout).toEqual({ hideOverlap: true });
  });

  it('writes the figure with its qualifier in the tooltip (zh and en)', () => {
    const zh = buildMapOption(mapModelFor(ds, 'unit:person-times', 'zh'), ctxFor('zh'));
    const zhText = tooltipText(zh, { name: '510400' });
    expect(zhText.split('\n')[0]).toBe('攀枝花');
    expect(zhText).toContain('2,080余人次');
    expect(zhText).toContain('含约数');
    expect(zhText).toContain('行动 2 项');
    const en = buildMapOption(mapModelFor(ds, 'unit:person-times', 'en'), ctxFor('en'));
    const enText = tooltipText(en, { name: '510100' });
    expect(enText).toContain('Chengdu');
    expect(enText).toContain('200+ person-times');
    expect(enText).toContain('1 effort');
    expect(tooltipText(en, { name: '510600' })).toContain('Not covered by the report');
    const yuan = buildMapOption(mapModelFor(ds, 'unit:yuan', 'zh'), ctxFor('zh'));
    expect(tooltipText(yuan, { name: '510100' })).toContain('未给出');
    expect((zh.tooltip as { renderMode: string }).renderMode).toBe('richText');
  });

  it('shows a range as a range, says the colour is its low end, in the legend too (zh and en)', () => {
    // Only the donation effort: Panzhihua's person-times are 数千 alone (2,000–9,999).
    const donations = filterEfforts(ds.efforts, { ...EMPTY_FILTERS, activities: ['donations'] });
    const modelFor = (lang: 'zh' | 'en'): MapModel => ({
      ...mapModelFor(ds, 'unit:person-times', lang),
      regions: aggregateByPrefecture(ds, donations, 'unit:person-times').map((value) => ({
        code: value.code,
        name: value.code,
        value,
      })),
    });
    const zh = buildMapOption(modelFor('zh'), ctxFor('zh'));
    expect(valueOf(modelFor('zh'), '510400')).toBe(2000); // classes use the low end…
    expect(tooltipText(zh, { name: '510400' }).split('\n')).toEqual([
      '510400',
      '数千人次 · 2,000–9,999',
      '颜色按下限 2,000', // …and the tooltip says so
      '行动 1 项',
    ]);
    const en = buildMapOption(modelFor('en'), ctxFor('en'));
    expect(tooltipText(en, { name: '510400' })).toContain('several thousand person-times (2,000–9,999)');
    expect(tooltipText(en, { name: '510400' })).toContain('coloured by its low end, 2,000');
    const legend = (o: typeof en) => component<{ text?: string[]; showLabel?: boolean }>(o, 'visualMap');
    expect(legend(zh).text).toEqual(['颜色按下限', '']);
    expect(legend(en)).toMatchObject({ text: ['Colour: low end', ''], showLabel: true });
    expect(ariaDescription(en)).toContain('510400 2,000–9,999 (several thousand)');
    expect(ariaDescription(en)).toContain('classify ranges and lower bounds by their low end');
    // All exact: no such note.
    const yuan = buildMapOption(mapModelFor(ds, 'unit:yuan', 'en'), ctxFor('en'));
    expect(legend(yuan).text).toBeUndefined();
    expect(tooltipText(yuan, { name: '510400' })).not.toContain('low end');
  });

  it('neutralises markup in the tooltip', () => {
    const model = mapModelFor(ds, 'efforts', 'en');
    model.regions = model.regions.map((r) => (r.code === '510100' ? { ...r, name: '{a|b}' } : r));
    const text = tooltipText(buildMapOption(model, ctxFor('en')), { name: '510100' });
    expect(text).toContain('｛a｜b｝');
    expect(text).not.toMatch(/[{}|]/);
  });

  it('hatches lower-bound regions only', () => {
    const series = seriesOf(buildMapOption(mapModelFor(ds, 'unit:person-times', 'zh'), ctxFor('zh')));
    const decal = (code: string): unknown =>
      (series.data.find((d) => d.name === code)?.itemStyle as { decal?: unknown }).decal;
    expect(decal('510100')).toBeDefined(); // 200余
    const exact = seriesOf(buildMapOption(mapModelFor(ds, 'unit:yuan', 'zh'), ctxFor('zh')));
    expect(
      (exact.data.find((d) => d.name === '510400')?.itemStyle as { decal?: unknown }).decal,
    ).toBeUndefined();
  });

  it('describes the top region and the missing ones, in the interface language', () => {
    const option = buildMapOption(mapModelFor(ds, 'unit:yuan', 'zh'), ctxFor('zh'));
    const text = ariaDescription(option);
    expect(text).toContain('攀枝花 16.8万');
    expect(text).toContain('1 个地区未报告此项数字');
    expect(text).toContain('1 个地区报告未涉及');
    const en = ariaDescription(buildMapOption(mapModelFor(ds, 'efforts', 'en'), ctxFor('en')));
    expect(en).toMatch(/^Map of efforts/);
    expect(en.indexOf('Panzhihua 2')).toBeLessThan(en.indexOf('Chengdu 1'));
    expect(option.animation).toBe(false);
    expect((option.textStyle as { fontFamily: string }).fontFamily).toBe(ctxFor('zh').fontFamily);
  });
});

describe('buildMapOption on a narrow screen', () => {
  it('shows values beside names only where there is room; regions with no figure show only names', () => {
    const model = mapModelFor(ds, 'unit:person-times', 'en');
    const wide = seriesOf(buildMapOption(model, ctxFor('en')));
    expect(wide.label!.formatter!({ name: '510100' })).toBe('Chengdu {v|200+}');
    expect(wide.label!.formatter!({ name: '510600' })).toBe('Deyang'); // not in the report
    const narrow = seriesOf(buildMapOption(model, { ...ctxFor('en'), compact: true }));
    expect(narrow.label!.formatter!({ name: '510100' })).toBe('Chengdu');
  });

  it('uses smaller labels, and the whole width with room for the legend below on a phone', () => {
    const model = mapModelFor(ds, 'efforts', 'zh');
    const wide = seriesOf(buildMapOption(model, ctxFor('zh'))) as unknown as {
      label: { fontSize: number };
      left: string;
    };
    const narrow = seriesOf(buildMapOption(model, { ...ctxFor('zh'), compact: true })) as unknown as {
      label: { fontSize: number };
      left: string;
    };
    expect([wide.label.fontSize, wide.left]).toEqual([10, '2%']);
    expect([narrow.label.fontSize, narrow.left]).toEqual([8, '2%']);
    expect((narrow as unknown as { bottom: string }).bottom).toBe('22%');
  });
});
