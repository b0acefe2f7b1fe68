import { afterEach, describe, expect, it } from 'vitest';
import {
  DATASET_ERROR_CODES,
  type DatasetErrorCode,
  type DatasetErrorParams,
  type ReceivedKind,
} from '../../../src/data/dataset-errors';
import {
  formatDatasetError,
  receivedWords,
  typeWords,
  validationMessages,
} from '../../../src/i18n/messages-validation';
import { formatIssue } from '../../../src/i18n/import-issues';
import { parseDatasetJsonFile } from '../../../src/import/json-import';
import type { Lang } from '../../../src/domain/view';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

/** One example per code; the type makes a new code without an example fail to compile. */
const EXAMPLES: { [C in DatasetErrorCode]: DatasetErrorParams<C> } = {
  jsonSyntax: { message: 'Unexpected end of JSON input' },
  wrongType: { expected: 'number', received: 'string', value: '"200"' },
  notOneOf: { allowed: '"exact", "at-least", "approx"', received: 'string', value: '"roughly"' },
  tooFew: { minimum: 1 },
  unknownKey: { key: 'qualifer' },
  invalidValue: {},
  nonEmpty: {},
  regionCode: {},
  isoDate: {},
  calendarDate: {},
  idFormat: {},
  nonNegative: {},
  httpUrl: {},
  isoDateTime: {},
  dateEndNotNull: {},
  dateEndMissing: { kind: 'range' },
  dateEndNotStart: {},
  dateEndBeforeStart: {},
  datasetVersion: {},
  approxHasValue: {},
  approxNeedsLow: {},
  rangeOrder: {},
  valueMissing: { qualifier: 'exact' },
  rangeOnlyApprox: { field: 'low', qualifier: 'at-least' },
  inferredNeedsReason: {},
  reasonOnlyInferred: { kind: 'stated' },
  duplicateId: { id: 'cd-ufd' },
  unknownRegion: { code: '519999' },
  regionParent: {},
  regionDisagrees: { code: '510421', field: 'parent', expected: '510400', received: '510100' },
  unknownOrganisationType: { id: 'guild' },
  unknownOrganisation: { id: 'ghost-org' },
  unknownActivity: { id: 'juggling' },
  unknownUnit: { id: 'bananas' },
  figureNotInQuote: {},
  quoteNotInSource: { quote: '参与志愿活动200余人次', matched: 8 },
  addresseeIsActor: { id: 'org-a' },
  addresseeTwice: { id: 'org-a' },
};

const render = (code: DatasetErrorCode, lang: Lang): string =>
  formatDatasetError({ code, params: EXAMPLES[code] }, lang);

const HAN = /\p{Script=Han}/u;

/** The English words of a template, without its placeholders: "expected ", ", got " for wrongType. */
const englishFragments = (template: string): string[] =>
  template
    .split(/\{\w+\}/)
    .map((f) => f.trim())
    .filter((f) => /[a-z]{3}/i.test(f));

describe('the validation message catalogue', () => {
  it('has a zh and an en template for every code, and no other', () => {
    for (const lang of ['zh', 'en'] as const)
      expect(Object.keys(validationMessages[lang]).sort()).toEqual([...DATASET_ERROR_CODES].sort());
  });

  it.each(DATASET_ERROR_CODES)('%s: renders in both languages with every placeholder filled', (code) => {
    for (const lang of ['zh', 'en'] as const) {
      const text = render(code, lang);
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).not.toMatch(/\{\w+\}/);
      // `received` and `expected` are words to translate; every other parameter is shown as it is.
      const {
        received: _received,
        expected: _expected,
        ...shown
      } = EXAMPLES[code] as Record<string, unknown>;
      for (const value of Object.values(shown)) expect(text).toContain(String(value));
    }
  });

  it.each(DATASET_ERROR_CODES)('%s: the Chinese is Chinese, not the English template', (code) => {
    const zh = render(code, 'zh');
    expect(zh).toMatch(HAN);
    expect(zh).not.toBe(render(code, 'en'));
    for (const fragment of englishFragments(validationMessages.en[code])) expect(zh).not.toContain(fragment);
  });

  it('words what a field held in Chinese, for every kind', () => {
    const kinds = Object.keys(receivedWords.en) as ReceivedKind[];
    expect(Object.keys(receivedWords.zh).sort()).toEqual([...kinds].sort());
    for (const received of kinds) {
      if (received === 'null') continue; // null is null in both languages
      const zh = formatDatasetError(
        { code: 'wrongType', params: { expected: 'object', received, value: '7' } },
        'zh',
      );
      expect(zh).toMatch(/^应为对象，实际为\p{Script=Han}/u);
      for (const fragment of englishFragments(receivedWords.en[received])) expect(zh).not.toContain(fragment);
    }
    expect(formatDatasetError({ code: 'wrongType', params: EXAMPLES.wrongType }, 'zh')).toBe(
      '应为数字，实际为文本 "200"',
    );
    expect(formatDatasetError({ code: 'wrongType', params: EXAMPLES.wrongType }, 'en')).toBe(
      'expected a number, got the text "200"',
    );
  });

  it('shows a value from the file as text, even when it looks like a placeholder', () => {
    const text = formatDatasetError({ code: 'unknownUnit', params: { id: '{id}<b>' } }, 'zh');
    expect(text).toBe('未知的单位“{id}<b>”');
  });
});

describe('rewording the English cannot change the Chinese', () => {
  const saved = structuredClone({ validationMessages, receivedWords, typeWords });
  afterEach(() => {
    Object.assign(validationMessages.en, saved.validationMessages.en);
    Object.assign(receivedWords.en, saved.receivedWords.en);
    Object.assign(typeWords.en, saved.typeWords.en);
  });

  /** Every English text becomes something else entirely. */
  function rewordEnglish(): void {
    for (const code of DATASET_ERROR_CODES) validationMessages.en[code] = `REWORDED ${code}`;
    for (const kind of Object.keys(receivedWords.en) as ReceivedKind[]) receivedWords.en[kind] = 'REWORDED';
    for (const name of Object.keys(typeWords.en)) typeWords.en[name] = 'REWORDED';
  }

  it('for every code rendered directly', () => {
    const before = DATASET_ERROR_CODES.map((code) => [render(code, 'zh'), render(code, 'en')]);
    rewordEnglish();
    const after = DATASET_ERROR_CODES.map((code) => [render(code, 'zh'), render(code, 'en')]);
    expect(after.map(([zh]) => zh)).toEqual(before.map(([zh]) => zh));
    // …while the English did change, so the rewording took effect.
    after.forEach(([, en], i) => expect(en).not.toBe(before[i]![1]));
  });

  it('for the errors of an imported file', () => {
    const ds = miniDatasetJson() as unknown as { efforts: Array<Record<string, unknown>> };
    ds.efforts[0]!.regionCode = 'Chengdu';
    ds.efforts[1]!.summary = 5;
    const issues = (): string[] => {
      const r = parseDatasetJsonFile(JSON.stringify(ds));
      return r.ok ? [] : r.errors.map((issue) => formatIssue(issue, 'zh'));
    };
    const before = issues();
    expect(before).toEqual([
      'efforts[0].regionCode：应为六位 GB/T 2260 行政区划代码，如 "510100"',
      'efforts[1].summary：应为对象，实际为数字 5',
    ]);
    rewordEnglish();
    expect(issues()).toEqual(before);
  });
});
