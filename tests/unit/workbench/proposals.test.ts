import { describe, expect, it } from 'vitest';
import { registryFromJson, type RegionRegistry } from '../../../src/data/region-registry';
import { effortById, newDraft, reduceDraft, textOf } from '../../../src/workbench/draft-ops';
import type { Draft, DraftAction, Span } from '../../../src/workbench/draft-types';
import {
  proposeDates,
  proposeFigures,
  regionNames,
  sentenceAt,
  suggestRegions,
} from '../../../src/workbench/proposals';
import { bundledJson, regionRegistry } from '../../fixtures/load';

const bundled = bundledJson();

function draftOf(text: string): Draft {
  return newDraft({
    id: 'd',
    text,
    title: { zh: '测', en: 'T' },
    source: { ...bundled.source },
    vocabularies: bundled,
    updatedAt: '2024-01-01T00:00:00.000Z',
  });
}

const run = (d: Draft, ...actions: DraftAction[]): Draft => actions.reduce(reduceDraft, d);
const whole = (d: Draft): Span => ({ start: 0, end: d.source.text.length });
const spanOf = (text: string, needle: string, from = 0): Span => {
  const start = text.indexOf(needle, from);
  return { start, end: start + needle.length };
};

describe('proposeFigures', () => {
  const TEXT = '前言。\n攀枝花市工商联捐赠16.8万元,组织志愿者200余人次,走访数千户。';
  const passage = spanOf(TEXT, '攀枝花市工商联捐赠16.8万元,组织志愿者200余人次,走访数千户。');
  const withEffort = (): Draft => run(draftOf(TEXT), { type: 'addEffort', span: passage });

  it('proposes the figures of the passage with absolute spans, values, units and qualifiers', () => {
    const d = withEffort();
    const proposed = proposeFigures(d, 'e-1');
    expect(proposed.map((p) => [textOf(d, p.span), p.text, p.span.start])).toEqual([
      ['16.8万元', '16.8万元', TEXT.indexOf('16.8')],
      ['200余人次', '200余人次', TEXT.indexOf('200')],
      ['数千户', '数千户', TEXT.indexOf('数千')],
    ]);
    expect(proposed.map((p) => [p.value, p.low, p.high, p.unit, p.qualifier, p.state])).toEqual([
      [168000, null, null, 'yuan', 'exact', 'new'],
      [200, null, null, 'person-times', 'at-least', 'new'],
      [null, 2000, 9999, 'households', 'approx', 'new'],
    ]);
    expect(proposed.every((p) => p.figureId === null && p.exclusionId === null)).toBe(true);
    expect(proposed[0]).not.toHaveProperty('start');
  });

  it('marks a proposal confirmed by a figure with its span, or overlapping it, and dismissed by an exclusion', () => {
    const proposed = proposeFigures(withEffort(), 'e-1');
    const [money, people, homes] = proposed.map((p) => p.span) as [Span, Span, Span];
    const d = run(
      withEffort(),
      {
        type: 'confirmFigure',
        effortId: 'e-1',
        figure: {
          span: money,
          qualifier: 'exact',
          value: 168000,
          low: null,
          high: null,
          unit: 'yuan',
          label: { zh: '捐赠', en: 'donated' },
        },
      },
      {
        type: 'confirmFigure',
        effortId: 'e-1',
        // Only "200余" of "200余人次": overlapping is enough.
        figure: {
          span: { start: people.start, end: people.start + 4 },
          qualifier: 'at-least',
          value: 200,
          low: null,
          high: null,
          unit: 'person-times',
          label: { zh: '志愿', en: 'v' },
        },
      },
      { type: 'dismissFigure', span: homes, kind: 'other', reason: { zh: '不计', en: 'not counted' } },
    );
    expect(proposeFigures(d, 'e-1').map((p) => [p.text, p.state, p.figureId, p.exclusionId])).toEqual([
      ['16.8万元', 'confirmed', 'f-1', null],
      ['200余人次', 'confirmed', 'f-2', null],
      ['数千户', 'dismissed', null, 'x-1'],
    ]);
  });

  it('an exclusion around the figure dismisses it too; a figure of another effort does not confirm it', () => {
    const d = run(
      withEffort(),
      { type: 'addEffort', span: passage },
      {
        type: 'dismissFigure',
        span: spanOf(TEXT, '走访数千户'),
        kind: 'other',
        reason: { zh: '不计', en: 'no' },
      },
      {
        type: 'confirmFigure',
        effortId: 'e-2',
        figure: {
          span: spanOf(TEXT, '16.8万元'),
          qualifier: 'exact',
          value: 168000,
          low: null,
          high: null,
          unit: 'yuan',
          label: { zh: '捐', en: 'd' },
        },
      },
    );
    expect(proposeFigures(d, 'e-1').map((p) => p.state)).toEqual(['new', 'new', 'dismissed']);
    expect(proposeFigures(d, 'e-2').map((p) => p.state)).toEqual(['confirmed', 'new', 'dismissed']);
  });

  it('a dismissal of the figure itself is the one shown, even when a dismissal around it came first', () => {
    const d = run(
      withEffort(),
      {
        type: 'dismissFigure',
        span: spanOf(TEXT, '走访数千户'),
        kind: 'other',
        reason: { zh: '不计', en: 'no' },
      },
      {
        type: 'dismissFigure',
        span: spanOf(TEXT, '数千户'),
        kind: 'repeat',
        reason: { zh: '重复', en: 'repeat' },
      },
    );
    expect(proposeFigures(d, 'e-1').map((p) => [p.text, p.state, p.exclusionId])).toEqual([
      ['16.8万元', 'new', null],
      ['200余人次', 'new', null],
      ['数千户', 'dismissed', 'x-2'],
    ]);
  });

  it('proposes nothing for an unknown effort, and only what lies inside the passage', () => {
    const d = run(draftOf(TEXT), { type: 'addEffort', span: spanOf(TEXT, '组织志愿者200余人次') });
    expect(proposeFigures(d, 'e-9')).toEqual([]);
    expect(proposeFigures(d, 'e-1').map((p) => p.text)).toEqual(['200余人次']);
    expect(effortById(d, 'e-1')).toBeDefined();
  });
});

describe('proposeDates', () => {
  it('finds and parses the date phrases of a passage, year from the publication date', () => {
    const text = '开头。9月3日至4日,奔赴社区;9月2日以来,发出倡议;截至9月5日,累计。';
    const d = draftOf(text);
    expect(d.source.publishedAt.slice(0, 4)).toBe('2022');
    const dates = proposeDates(d, { start: 3, end: text.length });
    expect(dates).toEqual([
      {
        span: spanOf(text, '9月3日至4日'),
        text: '9月3日至4日',
        parsed: { kind: 'range', start: '2022-09-03', end: '2022-09-04', precision: 'day' },
      },
      {
        span: spanOf(text, '9月2日以来'),
        text: '9月2日以来',
        parsed: { kind: 'since', start: '2022-09-02', end: null, precision: 'day' },
      },
      { span: spanOf(text, '截至9月5日'), text: '截至9月5日', parsed: null },
    ]);
    expect(proposeDates(d, spanOf(text, '奔赴社区'))).toEqual([]);
  });
});

describe('suggestRegions', () => {
  // A fresh registry for every call: the name table is built (and cached) per registry, so each test
  // runs the code that builds it.
  const suggest = (text: string, registry: RegionRegistry = regionRegistry()): string[] => {
    const d = draftOf(text);
    return suggestRegions(d, whole(d), registry);
  };

  it('names the region from its full or short name, the longest match winning', () => {
    expect(suggest('攀枝花市工商联')).toEqual(['510400']);
    expect(suggest('攀枝花的企业')).toEqual(['510400']);
    expect(suggest('泸州市江阳区')).toEqual(['510502', '510500']);
    expect(suggest('江阳统一战线')).toEqual(['510502']);
    expect(suggest('四川省委统战部')).toEqual(['510000']);
  });

  it('puts counties before prefectures, each in order of mention', () => {
    expect(suggest('攀枝花市米易县')).toEqual(['510421', '510400']);
    expect(suggest('凉山州、马尔康市和米易')).toEqual(['513201', '510421', '513400']);
  });

  it('reads autonomous prefectures and counties by their short names', () => {
    expect(suggest('阿坝州佛教协会')).toEqual(['513200']);
    expect(suggest('凉山州')).toEqual(['513400']);
    expect(suggest('北川的志愿者')).toEqual(['510726']);
    // 阿坝 alone is the county's short name and the prefecture's: both, the county first.
    expect(suggest('阿坝、马尔康、壤塘等地')).toEqual(['513231', '513201', '513230', '513200']);
  });

  it('drops a short name two regions share, and one-character short names', () => {
    expect(suggest('全市中小企业')).toEqual([]);
    // The full name 市中区 stays, for both of its counties.
    expect(suggest('内江市市中区')).toEqual(['511002', '511102', '511000']);
    expect(suggest('东部地区')).toEqual([]);
    expect(suggest('东区')).toEqual(['510402']);
  });

  it('prefers the full name of an autonomous prefecture to the short name it starts with', () => {
    // 阿坝 alone would also name 阿坝县; the full name is the prefecture's only.
    expect(suggest('阿坝藏族羌族自治州佛教协会')).toEqual(['513200']);
    expect(suggest('甘孜藏族自治州')).toEqual(['513300']);
  });

  it('gives both regions for a short name a city and its district share, the district first', () => {
    expect(suggest('广安的企业')).toEqual(['511602', '511600']);
  });

  it('a dropped short name does not hide the name that follows it', () => {
    // 全市中江县: not 市中 (dropped), but 中江县.
    expect(suggest('全市中江县捐款最多')).toEqual(['510623']);
  });

  it('drops a shared short name only at the level where it is shared', () => {
    // A registry beyond Sichuan: 朝阳 is 朝阳市 (a prefecture) and two 朝阳区 (counties, Beijing and Changchun).
    const registry = registryFromJson({
      province: { code: '000000', name: '中国', en: 'China' },
      prefectures: [
        { code: '110100', name: '北京市', en: 'Beijing' },
        { code: '211300', name: '朝阳市', en: 'Chaoyang' },
        { code: '220100', name: '长春市', en: 'Changchun' },
      ],
      counties: [
        { code: '110105', name: '朝阳区', en: 'Chaoyang District', parent: '110100' },
        { code: '220104', name: '朝阳区', en: 'Chaoyang District', parent: '220100' },
      ],
    });
    expect(suggest('朝阳的企业', registry)).toEqual(['211300']);
    expect(suggest('朝阳区', registry)).toEqual(['110105', '220104']);
  });

  it('looks only inside the span', () => {
    const text = '攀枝花市。米易县。';
    const d = draftOf(text);
    expect(suggestRegions(d, spanOf(text, '米易县'), regionRegistry())).toEqual(['510421']);
  });

  it('gives the names a region goes by', () => {
    expect(regionNames({ zh: '阿坝藏族羌族自治州' })).toEqual(['阿坝藏族羌族自治州', '阿坝', '阿坝州']);
    expect(regionNames({ zh: '木里藏族自治县' })).toEqual(['木里藏族自治县', '木里', '木里县']);
    expect(regionNames({ zh: '攀枝花市' })).toEqual(['攀枝花市', '攀枝花']);
    expect(regionNames({ zh: '荣县' })).toEqual(['荣县']);
    expect(regionNames({ zh: '四川省' })).toEqual(['四川省', '四川']);
  });

  it('drops only the final 市/州/县/区/省 of a name', () => {
    expect(regionNames({ zh: '达州市' })).toEqual(['达州市', '达州']);
    expect(regionNames({ zh: '市中区' })).toEqual(['市中区', '市中']);
    expect(suggest('达州的企业')).toEqual(['511700']);
  });

  it('gives an autonomous region no short name when its ethnic group is unknown or too little is left', () => {
    // 拉祜族 is not in the list: 澜沧拉祜族 would be a wrong name.
    expect(regionNames({ zh: '澜沧拉祜族自治县' })).toEqual(['澜沧拉祜族自治县']);
    // One character left is no name (as for 荣县).
    expect(regionNames({ zh: '荣彝族自治县' })).toEqual(['荣彝族自治县']);
  });
});

describe('sentenceAt', () => {
  const text = '第一句。 第二句!\n\n第三句;末尾';
  it('gives the sentence at an offset, the next one in whitespace, the last one past the end', () => {
    const at = (o: number): string => {
      const s = sentenceAt(text, o);
      return text.slice(s.start, s.end);
    };
    expect(at(0)).toBe('第一句。');
    expect(at(3)).toBe('第一句。');
    // The space between two sentences gives the next; ASCII ! does not end a sentence.
    expect(at(4)).toBe('第二句!');
    expect(at(text.indexOf('第三'))).toBe('第三句;');
    expect(at(text.length + 5)).toBe('末尾');
    expect(at(-3)).toBe('第一句。');
    expect(at(Number.NaN)).toBe('第一句。');
    expect(sentenceAt('  \n ', 1)).toEqual({ start: 0, end: 0 });
  });
});
