import { describe, expect, it } from 'vitest';
import { dismissalReason } from '../../../src/features/workbench/editor/dismiss-form';
import { fieldKeyOf } from '../../../src/features/workbench/editor/field-issues';
import { parseTypedNumber } from '../../../src/features/workbench/editor/figure-form';
import { suggestLabel } from '../../../src/features/workbench/editor/figure-rows';
import { organisationIdFor } from '../../../src/features/workbench/editor/organisations-field';
import { steppedSpan } from '../../../src/features/workbench/editor/passage-field';
import { workbenchEditorMessages } from '../../../src/i18n/messages-workbench-editor';
import { detectFigures } from '../../../src/workbench/figures';
import { bundledJson } from '../../fixtures/load';

describe('the effort editor’s catalogue', () => {
  it('has the same keys in zh and en, none empty, and the same placeholders', () => {
    const { zh, en } = workbenchEditorMessages;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const names = (s: string): string[] => [...s.matchAll(/\{(\w+)/g)].map((m) => m[1]!).sort();
    for (const key of Object.keys(zh) as Array<keyof typeof zh>) {
      expect(zh[key].length).toBeGreaterThan(0);
      expect([key, ...new Set(names(en[key]))]).toEqual([key, ...new Set(names(zh[key]))]);
    }
  });
});

describe('suggestLabel', () => {
  const units = bundledJson().units;
  const label = (passage: string, figure: string): string => {
    const d = detectFigures(passage, units).find((f) => f.text === figure);
    if (!d) throw new Error(`${figure} not detected in ${passage}`);
    return suggestLabel(passage, { start: d.start, end: d.end }, d);
  };
  it('reads the noun a 名 count is followed by, without 们', () => {
    expect(label('32名统战党员志愿者们第一时间加入', '32名')).toBe('统战党员志愿者');
  });
  it('reads the noun inside a 个/家 figure', () => {
    expect(label('全区6个民主党派、4个统战团体', '6个民主党派')).toBe('民主党派');
    expect(label('辖区内292个宗教活动场所严格履行', '292个宗教活动场所')).toBe('宗教活动场所');
  });
  it('takes the words after a figure only when they name people or bodies', () => {
    expect(label('每日为2100多户居民配送鸡蛋', '2100多户')).toBe('居民');
    expect(label('累计捐资捐物16.8万元。', '16.8万元')).toBe('');
    expect(label('6天时间48个小时', '48个小时')).toBe('');
  });
});

describe('small readers of the editor', () => {
  it('parses typed numbers with grouping or full-width digits, and nothing else', () => {
    expect(parseTypedNumber('168,000')).toBe(168000);
    expect(parseTypedNumber('１６８０００')).toBe(168000);
    expect(parseTypedNumber(' 16.5 ')).toBe(16.5);
    expect(parseTypedNumber('16.8万')).toBeNull();
    expect(parseTypedNumber('-3')).toBeNull();
    expect(parseTypedNumber('')).toBeNull();
  });

  it('steps a passage by whole sentences, completing one it starts inside', () => {
    const sentences = [
      { start: 0, end: 10 },
      { start: 10, end: 20 },
      { start: 20, end: 30 },
    ];
    const mid = { start: 12, end: 20 };
    expect(steppedSpan(mid, sentences, 'widenBefore')).toEqual({ start: 10, end: 20 });
    expect(steppedSpan({ start: 10, end: 20 }, sentences, 'widenBefore')).toEqual({ start: 0, end: 20 });
    expect(steppedSpan({ start: 10, end: 20 }, sentences, 'widenAfter')).toEqual({ start: 10, end: 30 });
    expect(steppedSpan({ start: 0, end: 30 }, sentences, 'narrowStart')).toEqual({ start: 10, end: 30 });
    expect(steppedSpan({ start: 0, end: 30 }, sentences, 'narrowEnd')).toEqual({ start: 0, end: 20 });
    // One sentence: nothing to drop; the first and last: nothing to add.
    expect(steppedSpan({ start: 10, end: 20 }, sentences, 'narrowEnd')).toBeNull();
    expect(steppedSpan({ start: 0, end: 10 }, sentences, 'widenBefore')).toBeNull();
    expect(steppedSpan({ start: 20, end: 30 }, sentences, 'widenAfter')).toBeNull();
  });

  it('makes readable, unique organisation ids from English names', () => {
    expect(organisationIdFor('Panzhihua FIC', new Set())).toBe('panzhihua-fic');
    expect(organisationIdFor('Panzhihua FIC', new Set(['panzhihua-fic', 'panzhihua-fic-2']))).toBe(
      'panzhihua-fic-3',
    );
    expect(organisationIdFor('Garzê Buddhist Association', new Set())).toBe('garze-buddhist-association');
    expect(organisationIdFor('“同心”', new Set())).toBe('');
  });

  it('places issues by their field in the draft’s words or as dataset paths', () => {
    expect(fieldKeyOf('regionCode')).toBe('region');
    expect(fieldKeyOf('summary.en')).toBe('summary.en');
    expect(fieldKeyOf('summary')).toBe('summary.zh');
    expect(fieldKeyOf('efforts[2].measures[0].unit')).toBe('figures');
    expect(fieldKeyOf('figures.unit', 'f-3')).toBe('figure:f-3');
    expect(fieldKeyOf('typeBasis.reason', null, 'org-1')).toBe('org:org-1');
    expect(fieldKeyOf('date.end')).toBe('date');
    expect(fieldKeyOf('quote')).toBe('passage');
    expect(fieldKeyOf('source.url')).toBeNull();
  });

  it('words a dismissal: the kind’s default in both languages, or the user’s words', () => {
    expect(dismissalReason('date', { zh: '', en: '' })).toEqual({
      zh: '日期，不是数量。',
      en: 'A date, not a quantity.',
    });
    expect(dismissalReason('other', { zh: ' ', en: '' })).toBeNull();
    expect(dismissalReason('other', { zh: '重复', en: 'Repeated' })).toEqual({ zh: '重复', en: 'Repeated' });
  });
});
