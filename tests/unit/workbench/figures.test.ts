import { describe, expect, it } from 'vitest';
import { detectFigures, type DetectedFigure } from '../../../src/workbench/figures';
import { findDatePhrases } from '../../../src/workbench/dates';
import { bundledJson, readJson, readSourceText } from '../../fixtures/load';

/**
 * The figure detector against the bundled report: every recorded measure, every exclusion, and every
 * sentence that has no figure. Measured hit rate (recorded figure proposed with the same text,
 * value or range, unit and qualifier): 47/48 = 97.9%. The one miss is "70余家民营企业、商协会", whose
 * noun runs over a list separator (the detector proposes "70余家民营企业"). Of the 47 hits, 4 match
 * through `withNoun` (63名统战干部, 104名统战委员, 500余名党派成员, 30多名代表: the dataset includes
 * the noun after 名 for these, not for 40名 / 32名 / 300余名 …), so the strict rate is 43/48.
 */
const dataset = bundledJson();
const source = readSourceText();
const units = dataset.units;
const exclusions = readJson<Array<{ text: string }>>('data/figure-exclusions.json');
const measures = dataset.efforts.flatMap((e) => e.measures.map((m) => ({ effort: e.id, m })));

const sameAmount = (d: DetectedFigure, m: (typeof measures)[number]['m']): boolean =>
  m.qualifier === 'approx'
    ? d.value === null && d.low === m.low && d.high === (m.high ?? null)
    : d.value === m.value;

function matchOf(m: (typeof measures)[number]['m']): { strict: boolean; loose: boolean } {
  const proposed = detectFigures(m.quote, units);
  const same = (d: DetectedFigure): boolean =>
    sameAmount(d, m) && d.unit === m.unit && d.qualifier === m.qualifier;
  const strict = proposed.some((d) => d.text === m.figure && same(d));
  const loose = proposed.some((d) => (d.text === m.figure || d.withNoun === m.figure) && same(d));
  return { strict, loose };
}

/** Occurrences of `needle` in `text`, as [start, end) spans. */
function occurrences(text: string, needle: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    out.push([at, at + needle.length]);
  }
  return out;
}

/** Sentences of the source with their offsets (split after 。！？; and at line ends). */
function sentences(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || /[。！？;；\n]/.test(text.charAt(i))) {
      const s = text.slice(start, i + 1);
      if (s.trim() !== '') out.push({ text: s, start });
      start = i + 1;
    }
  }
  return out;
}

/**
 * Exclusions a reader, not the detector, decides: "24小时" is a figure in form (the README reads it
 * as availability), and "32名" restates a figure already recorded. The workbench proposes them and
 * the user dismisses them with the reason.
 */
const JUDGED_BY_READER = ['24小时全天待命', '32名统战党员志愿者们'];

describe('figure detector over the bundled report', () => {
  it('proposes the recorded text, amount, unit and qualifier for at least 95% of the measures', () => {
    const results = measures.map(({ effort, m }) => ({ effort, m, ...matchOf(m) }));
    const loose = results.filter((r) => r.loose).length;
    const strict = results.filter((r) => r.strict).length;
    const misses = results.filter((r) => !r.loose);
    console.info(
      `figure detector: ${loose}/${results.length} = ${((100 * loose) / results.length).toFixed(1)}% ` +
        `(strict text, without withNoun: ${strict}/${results.length})`,
    );
    for (const r of misses) {
      const got = detectFigures(r.m.quote, units).map(
        (d) => `${d.text} ${d.value ?? `${d.low}–${d.high}`} ${d.unit} ${d.qualifier}`,
      );
      console.info(`  miss ${r.effort}: ${r.m.figure} → proposed [${got.join('; ')}]`);
    }
    expect(results.length).toBe(48);
    expect(loose / results.length).toBeGreaterThanOrEqual(0.95);
    expect(misses.map((r) => r.m.figure)).toEqual(['70余家民营企业、商协会']);
  });

  it('never proposes an excluded text, and proposes nothing inside one the reader cannot judge', () => {
    const proposed = detectFigures(source, units);
    for (const { text } of exclusions) {
      expect(proposed.map((d) => d.text)).not.toContain(text);
      if (JUDGED_BY_READER.includes(text)) continue;
      for (const [start, end] of occurrences(source, text)) {
        const inside = proposed.filter((d) => d.start < end && d.end > start);
        expect(
          inside.map((d) => d.text),
          text,
        ).toEqual([]);
      }
    }
  });

  it('proposes nothing in a sentence whose numbers are all dates, times, section numbers or exclusions', () => {
    const figures = [...new Set(measures.map(({ m }) => m.figure))];
    const checked = sentences(source).filter((s) => !figures.some((f) => s.text.includes(f)));
    // Sentences with numerals of every excluded kind are among them (so the check bites).
    for (const needle of [
      '8月28日',
      '一、高度重视',
      '“十户长”',

      '少数民族人士',
      '(2022-09-09 11:30:43)',
      '一米线',
    ]) {
      expect(
        checked.some((s) => s.text.includes(needle)),
        needle,
      ).toBe(true);
    }
    const invented = checked.flatMap((s) =>
      detectFigures(s.text, units).map((d) => `${d.text} in ${s.text}`),
    );
    expect(invented).toEqual([]);
  });

  it('over the whole text, proposes only recorded figures, 24小时 (dismissed by the reader) and the short 70余家', () => {
    const recorded = new Set(measures.flatMap(({ m }) => [m.figure]));
    const extra = detectFigures(source, units)
      .filter((d) => !recorded.has(d.text) && !(d.withNoun !== null && recorded.has(d.withNoun)))
      .map((d) => d.text);
    console.info(`figure detector over the source: proposals not recorded: ${extra.join(', ')}`);
    expect(extra).toEqual(['24小时', '70余家民营企业']);
  });

  it('masks every date phrase of the text', () => {
    const proposed = detectFigures(source, units);
    for (const { start, end } of findDatePhrases(source)) {
      expect(proposed.filter((d) => d.start < end && d.end > start)).toEqual([]);
    }
  });
});

describe('figure detector readings', () => {
  const one = (text: string): DetectedFigure => {
    const found = detectFigures(text, units);
    expect(found, text).toHaveLength(1);
    return found[0]!;
  };

  it('expands 万 and 亿 and reads 余/多/超/以上 as at least', () => {
    expect(one('累计捐资捐物16.8万元。')).toMatchObject({
      text: '16.8万元',
      value: 168000,
      unit: 'yuan',
      qualifier: 'exact',
    });
    expect(one('捐资350余万元')).toMatchObject({ value: 3_500_000, qualifier: 'at-least', unit: 'yuan' });
    expect(one('共计5万余人次参与')).toMatchObject({ text: '5万余人次', value: 50000, unit: 'person-times' });
    expect(one('投入1.2亿元')).toMatchObject({ value: 120_000_000, unit: 'yuan' });
    expect(one('服务500人以上。')).toMatchObject({
      text: '500人以上',
      value: 500,
      qualifier: 'at-least',
      unit: 'persons',
    });
    expect(one('每日为2100多户居民')).toMatchObject({
      text: '2100多户',
      value: 2100,
      qualifier: 'at-least',
      unit: 'households',
    });
    expect(one('服务时间超15000小时')).toMatchObject({
      text: '超15000小时',
      qualifier: 'at-least',
      unit: 'hours',
    });
  });

  it('reads numbers with thousands separators', () => {
    expect(one('帮助12,500人完成检测')).toMatchObject({ text: '12,500人', value: 12500, unit: 'persons' });
  });

  it('reads 数X as the range of rule R1 and 约/近 as approximate', () => {
    expect(one('完成核酸检测数千人次。')).toMatchObject({
      low: 2000,
      high: 9999,
      value: null,
      qualifier: 'approx',
      unit: 'person-times',
    });
    expect(one('数百人次')).toMatchObject({ low: 200, high: 999 });
    expect(one('数万人次')).toMatchObject({ low: 20000, high: 99999 });
    expect(one('数十人次')).toMatchObject({ low: 20, high: 99 });
    expect(one('数家民营企业及代表人士')).toMatchObject({
      text: '数家民营企业',
      low: 2,
      high: 9,
      unit: 'organisations',
    });
    expect(one('约500人参加')).toMatchObject({
      text: '约500人',
      qualifier: 'approx',
      value: null,
      low: null,
      high: null,
      stated: 500,
    });
    expect(one('近300户')).toMatchObject({ qualifier: 'approx', high: 300, low: null, unit: 'households' });
  });

  it('reads Chinese numerals in counts', () => {
    expect(one('已开展三轮检测')).toMatchObject({
      text: '三轮',
      value: 3,
      unit: 'rounds',
      qualifier: 'exact',
    });
    expect(one('十余人参加')).toMatchObject({
      text: '十余人',
      value: 10,
      unit: 'persons',
      qualifier: 'at-least',
    });
    expect(one('捐款两万元')).toMatchObject({ text: '两万元', value: 20000, unit: 'yuan' });
    expect(one('二十三户')).toMatchObject({ value: 23, unit: 'households' });
  });

  it('chooses the unit from the vocabulary, and null for a word it lacks', () => {
    expect(detectFigures('辗转于11个乡镇137个核酸检测点,', units).map((d) => [d.text, d.unit])).toEqual([
      ['11个乡镇', 'townships'],
      ['137个核酸检测点', 'testing-sites'],
    ]);
    expect(one('帮助解决困难问题18件。')).toMatchObject({ unit: 'problems' });
    expect(one('帐篷200余件')).toMatchObject({ unit: 'items' });
    // A measure word the vocabulary lacks is part of the figure as written; the unit is the user's.
    expect(one('出动车辆12辆')).toMatchObject({ text: '12辆', measureWord: '辆', unit: null, value: 12 });
    expect(one('63名统战干部、')).toMatchObject({ text: '63名', withNoun: '63名统战干部', unit: 'persons' });
    expect(one('坚持3个月')).toMatchObject({ text: '3个月', unit: null, value: 3 });
    expect(detectFigures('坚持3个月', [{ id: 'months', zh: '月' }])[0]).toMatchObject({ unit: 'months' });
    // Another vocabulary: its words decide.
    expect(detectFigures('出动车辆12辆', [{ id: 'vehicles', zh: '辆' }])[0]).toMatchObject({
      text: '12辆',
      unit: 'vehicles',
    });
  });

  it('proposes Chinese numerals with a magnitude even when the vocabulary lacks their measure word', () => {
    expect(one('捐赠口罩数千只。')).toMatchObject({
      text: '数千只',
      measureWord: '只',
      unit: null,
      qualifier: 'approx',
      low: 2000,
      high: 9999,
    });
    expect(one('发放消毒液两千余瓶')).toMatchObject({
      text: '两千余瓶',
      unit: null,
      value: 2000,
      qualifier: 'at-least',
    });
    expect(one('几百名群众')).toMatchObject({ unit: 'persons' }); // the vocabulary's word still decides
    expect(one('送去几箱')).toMatchObject({ text: '几箱', unit: 'cases', low: 2, high: 9 });
    expect(detectFigures('运来几桶油', [])[0]).toMatchObject({ text: '几桶', unit: null, low: 2, high: 9 });
    // Without a magnitude a Chinese numeral before an unknown word is a name or an idiom, not a count;
    // with one, a span of time or a ratio is not a count either.
    for (const text of ['三台县志愿者', '九寨沟景区', '三心二意', '数十年如一日', '效率提高数百倍']) {
      expect(detectFigures(text, units), text).toEqual([]);
    }
  });

  it('never proposes dates, times, years, sections, ordinals, percentages or quoted names', () => {
    for (const text of [
      '8月28日,泸州市出现疫情',
      '9月3日至4日,志愿者奔赴社区',
      '上午8时召开会议',
      '2022年以来',
      '一、高度重视',
      '1. 加强防控',
      '第三批志愿者',
      '检测率达98%',
      '落实“两个暂停”要求',
      '引导“十户长”带头',
      '养成一米线等习惯',
      '少数民族人士',
      '不漏一人',
      '第一时间',
      '(2022-09-09 11:30:43)',
      '每天从早上7:30到下午6:30',
    ]) {
      expect(detectFigures(text, units), text).toEqual([]);
    }
    expect(detectFigures('检测率达98%', [{ id: 'percent', zh: '%' }])[0]).toMatchObject({
      value: 98,
      unit: 'percent',
    });
  });
});
