import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/model';
import { fillTemplate, isMessageKey, pick, translate } from '../../../src/i18n/i18n';
import { messages } from '../../../src/i18n/messages';
import { receivedWords, typeWords, validationMessages } from '../../../src/i18n/messages-validation';
import { metricLabel, metricUnitLabel } from '../../../src/i18n/metric-label';
import { workbenchMessages } from '../../../src/i18n/messages-workbench';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

/** The `{name}` placeholders of a template, sorted. */
const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** Typography that is empty or only spaces in a language (Chinese runs sentences together). */
const SPACING = new Set(['sentenceSep', 'listSep', 'clauseSep', 'labelSep']);
/** Templates whose languages use different parameters on purpose. */
const OWN_PLACEHOLDERS: Record<string, string> = {
  citeSourceText: 'the Chinese citation gives the title as published, the English one adds the English title',
};

describe.each([
  ['interface messages', messages],
  ['validation messages', validationMessages],
  ['received words', receivedWords],
  ['type words', typeWords],
  ['workbench messages', workbenchMessages],
])('the %s catalogue', (_name, catalogue) => {
  const zh = catalogue.zh as Record<string, string>;
  const en = catalogue.en as Record<string, string>;

  it('has the same keys in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('has text for every key, with the same placeholders in both languages', () => {
    for (const key of Object.keys(zh)) {
      if (!SPACING.has(key)) {
        expect(zh[key]!.trim().length, `zh ${key}`).toBeGreaterThan(0);
        expect(en[key]!.trim().length, `en ${key}`).toBeGreaterThan(0);
      }
      if (key in OWN_PLACEHOLDERS) {
        expect(placeholders(en[key]!), key).toEqual(expect.arrayContaining(placeholders(zh[key]!)));
      } else {
        expect(placeholders(en[key]!), key).toEqual(placeholders(zh[key]!));
      }
    }
  });
});

describe('translate and fillTemplate', () => {
  it('fills placeholders as plain text and leaves unknown names as written', () => {
    expect(fillTemplate('{a} and {b}, {a} again; {c}', { a: '<b>', b: 2 })).toBe('<b> and 2, <b> again; {c}');
    expect(fillTemplate('no placeholders', { a: 1 })).toBe('no placeholders');
    expect(fillTemplate('{toString}', {})).toBe('{toString}');
    expect(fillTemplate('{n}', { n: 0 })).toBe('0');
  });

  it('looks messages up in the interface language', () => {
    expect(translate('zh', 'retry')).toBe('重试');
    expect(translate('en', 'retry')).toBe('Retry');
    expect(translate('en', 'shownOf', { shown: 2, total: 3 })).toBe('2 of 3 efforts shown');
    expect(translate('zh', 'shownOf', { shown: 2, total: 3 })).toBe('显示 2 / 3 项行动');
    expect(translate('zh', 'invalidDataset')).toBe('数据集未通过校验（{count} 个问题）');
  });

  it('picks a data label and recognises message keys', () => {
    expect(pick({ zh: '成都', en: 'Chengdu' }, 'zh')).toBe('成都');
    expect(pick({ zh: '成都', en: 'Chengdu' }, 'en')).toBe('Chengdu');
    expect(isMessageKey('retry')).toBe(true);
    expect(isMessageKey('exportPng')).toBe(true);
    expect(isMessageKey('importTitle')).toBe(true);
    expect(isMessageKey('no-such-key')).toBe(false);
  });
});

describe('metric labels', () => {
  const mini = buildDataset(miniDatasetJson());
  it('names the counts and the unit metrics in both languages', () => {
    expect(metricLabel('efforts', mini, 'zh')).toBe('行动数');
    expect(metricLabel('organisations', mini, 'en')).toBe(translate('en', 'metricOrganisations'));
    expect(metricLabel('unit:yuan', mini, 'zh')).toBe('数据：元');
    expect(metricLabel('unit:yuan', mini, 'en')).toBe(translate('en', 'metricUnit', { unit: 'yuan' }));
    expect(metricLabel('unit:nothing', mini, 'en')).toBe(translate('en', 'metricUnit', { unit: '?' }));
    expect(metricUnitLabel('unit:person-times', mini, 'zh')).toBe('人次');
    expect(metricUnitLabel('unit:person-times', mini, 'en')).toBe('person-times');
    expect(metricUnitLabel('efforts', mini, 'en')).toBeNull();
    expect(metricUnitLabel('unit:nothing', mini, 'en')).toBeNull();
  });
});
