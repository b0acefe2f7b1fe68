import { describe, expect, it } from 'vitest';
import { detectFigures } from '../../../src/workbench/figures';

/**
 * The reading rules of the figure detector, one small hand-written sentence each: which figures a
 * workbench user is offered (text, span, amount, unit, qualifier) and what is never offered. Every
 * vocabulary is built inside its test (no shared state, so per-test mutation coverage sees it).
 */

type Units = Array<{ id: string; zh: string }>;

/** A unit vocabulary like the bundled dataset's (people, money, places, things, rounds). */
function vocabulary(): Units {
  return [
    { id: 'persons', zh: '人' },
    { id: 'person-times', zh: '人次' },
    { id: 'households', zh: '户' },
    { id: 'yuan', zh: '元' },
    { id: 'hours', zh: '小时' },
    { id: 'parcels', zh: '份' },
    { id: 'cases', zh: '箱' },
    { id: 'items', zh: '件' },
    { id: 'rounds', zh: '轮' },
    { id: 'venues', zh: '个宗教活动场所' },
    { id: 'organisations', zh: '个/家' },
    { id: 'townships', zh: '乡镇' },
    { id: 'residential-compounds', zh: '小区' },
    { id: 'testing-sites', zh: '检测点' },
  ];
}

const texts = (passage: string, units: Units = vocabulary()): string[] =>
  detectFigures(passage, units).map((d) => d.text);

describe('figure rules: magnitudes and written numbers', () => {
  it.each([
    ['捐款两亿元', '两亿元', 200_000_000],
    ['捐款十二万元', '十二万元', 120_000],
    ['捐款三百五十万元', '三百五十万元', 3_500_000],
    ['捐款１２万元', '１２万元', 120_000],
    ['发放物资1,200,000元', '1,200,000元', 1_200_000],
    ['捐款3.25万元', '3.25万元', 32_500],
  ])('reads %s as %s = %d yuan', (passage, text, value) => {
    expect(detectFigures(passage, vocabulary())).toMatchObject([
      { text, value, stated: value, unit: 'yuan', qualifier: 'exact' },
    ]);
  });

  it('reads 多 after a Chinese numeral as "at least", like 余', () => {
    expect(detectFigures('组织三十多名志愿者', vocabulary())).toMatchObject([
      { text: '三十多名', value: 30, qualifier: 'at-least', unit: 'persons', withNoun: '三十多名志愿者' },
    ]);
  });

  it('ends a figure at the end of the passage', () => {
    const passage = '本次共捐款500';
    expect(detectFigures(passage, vocabulary())).toMatchObject([
      { text: '500', start: 5, end: passage.length, value: 500 },
    ]);
  });

  it('proposes 数万 with no measure word as the range of several ten-thousands', () => {
    expect(detectFigures('受益群众达数万。', vocabulary())).toMatchObject([
      { text: '数万', low: 20_000, high: 99_999, value: null, qualifier: 'approx', measureWord: '' },
    ]);
  });

  it('proposes an Arabic number with a measure word the vocabulary lacks', () => {
    expect(detectFigures('出动车辆12辆', [])).toMatchObject([
      { text: '12辆', value: 12, unit: null, measureWord: '辆' },
    ]);
  });
});

describe('figure rules: qualifiers', () => {
  it('reads 左右 after the measure word as approximate, with no bounds', () => {
    const passage = '参与群众500人左右。';
    expect(detectFigures(passage, vocabulary())).toEqual([
      {
        text: '500人左右',
        start: 4,
        end: 10,
        withNoun: null,
        stated: 500,
        value: null,
        low: null,
        high: null,
        qualifier: 'approx',
        unit: 'persons',
        measureWord: '人',
      },
    ]);
  });

  it('keeps the range of 数千 when 以上 follows (the words set no exact lower bound)', () => {
    expect(detectFigures('参与群众数千人以上', vocabulary())).toMatchObject([
      { text: '数千人', qualifier: 'approx', low: 2000, high: 9999, value: null },
    ]);
  });

  it('keeps the range of 数万 after 超过', () => {
    expect(detectFigures('服务群众超过数万人次', vocabulary())).toMatchObject([
      { text: '超过数万人次', qualifier: 'approx', low: 20_000, high: 99_999, value: null },
    ]);
  });
});

describe('figure rules: what is refused, and its near misses', () => {
  it.each([
    ['大多数人支持', 'a 数 of 多数 (most), not "several"'],
    ['大多数家庭已完成检测', 'a 数 of 多数 before a classifier'],
    ['走进千家万户', 'the idiom 千家万户 (a numeral must start with a digit or 十)'],
    ['每组三五人', 'run-together digits 三五'],
    ['提供零元体检服务', 'zero (零元)'],
    ['上午10时召开会议', 'a two-digit time of day'],
    ['12月份共开展工作', 'a two-digit month'],
    ['第12批志愿者', 'a multi-digit ordinal'],
    ['第3批志愿者', 'an Arabic ordinal'],
    ['1、加强防控', 'a section number with 、'],
    ['1．加强防控', 'a section number with a full-width point'],
    ['(1)加强防控', 'a section number in half-width parentheses'],
    ['（1）加强防控', 'a section number in full-width parentheses'],
    ['检测率达98％', 'a full-width percentage when the vocabulary has no percent unit'],
    ['同比下降5百分点', 'percentage points when the vocabulary has no percent unit'],
  ])('proposes nothing in %s (%s)', (passage) => {
    expect(texts(passage)).toEqual([]);
  });

  it('proposes a figure in parentheses when it has its measure word, or a number that closes them', () => {
    expect(texts('志愿者（500人）')).toEqual(['500人']);
    expect(texts('（其中党员12）')).toEqual(['12']);
  });

  it('proposes a figure written right after a date', () => {
    expect(detectFigures('8月28日300名志愿者奔赴一线', vocabulary())).toMatchObject([
      { text: '300名', start: 5, value: 300, unit: 'persons' },
    ]);
  });

  it('drops a figure followed by 年 (a span of time), unless a measure word came first', () => {
    expect(texts('坚持数十年')).toEqual([]);
    expect(detectFigures('发放数千袋年货', vocabulary())).toMatchObject([
      { text: '数千袋', measureWord: '袋', unit: null, low: 2000, high: 9999 },
    ]);
  });
});

describe('figure rules: percentages', () => {
  it('reads a full-width ％ with the vocabulary’s percent unit, the sign in the figure', () => {
    const units = [{ id: 'percent', zh: '％' }];
    expect(detectFigures('检测率达98％。', units)).toMatchObject([
      { text: '98％', start: 4, end: 7, value: 98, unit: 'percent', measureWord: '％' },
    ]);
  });

  it('reads % as the unit written 百分比', () => {
    const units = [{ id: 'percent', zh: '百分比' }];
    expect(detectFigures('检测率达98%', units)).toMatchObject([
      { text: '98%', end: 7, value: 98, unit: 'percent' },
    ]);
  });
});

describe('figure rules: units from the vocabulary', () => {
  it('chooses the unit without a context word when the clause lacks the context', () => {
    const units = [
      { id: 'problems', zh: '件(问题)' },
      { id: 'items', zh: '件' },
    ];
    expect(detectFigures('发放帐篷200件', units)).toMatchObject([{ text: '200件', unit: 'items' }]);
    expect(detectFigures('解决困难问题18件', units)).toMatchObject([{ text: '18件', unit: 'problems' }]);
  });

  it('reads the context word only in the figure’s own clause', () => {
    const units = [
      { id: 'items', zh: '件' },
      { id: 'problems', zh: '件(问题)' },
    ];
    expect(detectFigures('发放帐篷200件。解决问题18件。', units).map((d) => d.unit)).toEqual([
      'items',
      'problems',
    ]);
    const meals = [
      { id: 'parcels', zh: '份' },
      { id: 'meals', zh: '份(餐)' },
    ];
    expect(detectFigures('为隔离群众送餐。另发放防疫包200份', meals)).toMatchObject([
      { text: '200份', unit: 'parcels' },
    ]);
  });

  it('ignores spaces around the words of a vocabulary entry', () => {
    const units = [
      { id: 'items', zh: '件' },
      { id: 'problems', zh: '宗 / 件 ( 问题 ) ' },
    ];
    expect(detectFigures('解决困难问题18件', units)).toMatchObject([{ text: '18件', unit: 'problems' }]);
    expect(detectFigures('受理3宗', units)).toMatchObject([{ text: '3宗', unit: 'problems' }]);
  });

  it('reads a context word found in the noun after a classifier (12个村)', () => {
    const units = [
      { id: 'organisations', zh: '个/家' },
      { id: 'villages', zh: '个(村)' },
    ];
    expect(detectFigures('覆盖12个村', units)).toMatchObject([{ text: '12个村', unit: 'villages' }]);
  });

  it('reads a vocabulary word for a duration as the unit (3个工作日)', () => {
    expect(detectFigures('办理时间3个工作日', [{ id: 'workdays', zh: '个工作日' }])).toMatchObject([
      { text: '3个工作日', unit: 'workdays', measureWord: '个工作日' },
    ]);
  });

  it('keeps only the vocabulary word when a general measure word follows it (50份盒饭)', () => {
    expect(detectFigures('送去50份盒饭', vocabulary())).toMatchObject([
      { text: '50份', unit: 'parcels', measureWord: '份' },
    ]);
  });
});

describe('figure rules: nouns after a classifier', () => {
  it('finds a vocabulary noun after 个 even when words stand before it (6个重点宗教活动场所)', () => {
    expect(detectFigures('关闭6个重点宗教活动场所', vocabulary())).toMatchObject([
      { text: '6个重点宗教活动场所', unit: 'venues', measureWord: '个' },
    ]);
  });

  it('prefers the longest vocabulary noun in the words after 个', () => {
    const units = [
      { id: 'residential-compounds', zh: '小区' },
      { id: 'testing-sites', zh: '检测点' },
      { id: 'organisations', zh: '个/家' },
    ];
    expect(detectFigures('设立3个小区核酸检测点', units)).toMatchObject([
      { text: '3个小区核酸检测点', unit: 'testing-sites' },
    ]);
  });

  it('prefers the earliest of two vocabulary nouns of the same length', () => {
    const units = [
      { id: 'organisations', zh: '个/家' },
      { id: 'communities', zh: '社区' },
      { id: 'townships', zh: '乡镇' },
    ];
    expect(detectFigures('走访6个乡镇社区', units)).toMatchObject([{ text: '6个乡镇', unit: 'townships' }]);
  });

  it('ends the noun at the next number, so both figures of a list are proposed', () => {
    expect(texts('帮扶3家企业两家医院')).toEqual(['3家企业', '两家医院']);
    expect(texts('走访3家企业数家商户')).toEqual(['3家企业', '数家商户']);
  });

  it('gives a 名 count no noun when none follows', () => {
    expect(detectFigures('派出志愿者63名。', vocabulary())).toMatchObject([
      { text: '63名', withNoun: null, unit: 'persons' },
    ]);
  });

  it('reads at most ten characters of the noun after 名', () => {
    expect(detectFigures('组织63名泸州市江阳区统战系统青年干部', vocabulary())).toMatchObject([
      { text: '63名', withNoun: '63名泸州市江阳区统战系统' },
    ]);
  });

  it('leaves the noun after 名 out of the figure, even when it starts like a measure word', () => {
    expect(detectFigures('派出12名本地志愿者', [{ id: 'yuan', zh: '元' }])).toMatchObject([
      { text: '12名', measureWord: '名', unit: null, withNoun: '12名本地志愿者' },
    ]);
  });
});

describe('figure rules: compound numbers, "ten-odd" and percentage points', () => {
  it.each([
    ['捐款一亿两千万元', '一亿两千万元', 120_000_000],
    ['捐款两万亿元', '两万亿元', 2_000_000_000_000],
    ['捐款三亿零五百万元', '三亿零五百万元', 305_000_000],
    ['捐款2千万元', '2千万元', 20_000_000],
    ['捐款1千元', '1千元', 1000],
  ])('reads %s as %s = %d yuan (万 scales only what follows the last 亿)', (passage, text, value) => {
    expect(detectFigures(passage, vocabulary())).toMatchObject([
      { text, value, unit: 'yuan', qualifier: 'exact' },
    ]);
  });

  it('reads 3千余人 as at least 3,000 persons', () => {
    expect(detectFigures('组织3千余人参与', vocabulary())).toMatchObject([
      { text: '3千余人', value: 3000, qualifier: 'at-least', unit: 'persons' },
    ]);
  });

  it('leaves the 千 of 千米 and 千克 to the measure word: 5千克 is 5 (kilograms), not 5,000', () => {
    expect(detectFigures('运送物资5千克', vocabulary())).toMatchObject([
      { text: '5千克', value: 5, measureWord: '千克', unit: null },
    ]);
    expect(detectFigures('转运5千米', vocabulary())).toMatchObject([{ text: '5', value: 5 }]);
  });

  it('reads 一千零五十 and 三亿零五百万 with 零 holding an empty place, and still refuses 二〇二二', () => {
    expect(detectFigures('发放口罩一千零五十份', vocabulary())).toMatchObject([
      { text: '一千零五十份', value: 1050 },
    ]);
    expect(detectFigures('共有二〇二二人', vocabulary())).toEqual([]);
  });

  it.each([
    ['参与群众十几人', '十几人', 11, 19],
    ['参与群众二十几人', '二十几人', 21, 29],
    ['参与群众十数人', '十数人', 11, 19],
    ['捐款十几万元', '十几万元', 110_000, 190_000],
  ])('reads %s as %s: a ten and some units, %d–%d', (passage, text, low, high) => {
    expect(detectFigures(passage, vocabulary())).toMatchObject([
      { text, value: null, stated: null, qualifier: 'approx', low, high },
    ]);
  });

  it('never counts percentage points as organisations (个百分点), and reads them whole with a percent unit', () => {
    expect(detectFigures('同比上升2.5个百分点', vocabulary())).toEqual([]);
    const withPercent = [...vocabulary(), { id: 'percent', zh: '%' }];
    expect(detectFigures('同比上升2.5个百分点', withPercent)).toMatchObject([
      { text: '2.5个百分点', value: 2.5, unit: 'percent', measureWord: '个百分点' },
    ]);
    expect(detectFigures('同比下降5百分点', withPercent)).toMatchObject([
      { text: '5百分点', value: 5, unit: 'percent', measureWord: '百分点' },
    ]);
  });
});
