import { describe, expect, it } from 'vitest';
import { describeDraftIssue, describeReopenFailure, fieldName } from '../../../src/i18n/workbench-issues';
import type { Draft, DraftIssue } from '../../../src/workbench/draft-types';

const at = (field: string, code: string, extra: Partial<DraftIssue> = {}): DraftIssue => ({
  effortId: 'e-1',
  figureId: null,
  organisationId: null,
  field,
  code,
  params: {},
  ...extra,
});

describe("a draft's problems in words", () => {
  it('says what to do for the workbench’s own checks, naming the language when there is one', () => {
    expect(describeDraftIssue(at('regionCode', 'draftNoRegion'), 'zh')).toBe('请选择地区');
    expect(describeDraftIssue(at('summary.en', 'draftNoSummary', { params: { lang: 'en' } }), 'zh')).toBe(
      '请填写英文摘要',
    );
    expect(describeDraftIssue(at('summary.zh', 'draftNoSummary', { params: { lang: 'zh' } }), 'en')).toBe(
      'Write the summary in Chinese',
    );
    expect(describeDraftIssue(at('summary', 'draftNoSummary'), 'en')).toBe('Write the summary');
  });
  it("gives the import's errors after the name of their field", () => {
    expect(describeDraftIssue(at('source.url', 'httpUrl', { effortId: null }), 'en')).toBe(
      'URL: expected an http(s) URL',
    );
    expect(describeDraftIssue(at('source.url', 'httpUrl', { effortId: null }), 'zh')).toBe(
      '网址：应为 http(s) 网址',
    );
    expect(fieldName('date.start', 'zh')).toBe('日期');
    expect(fieldName('typeBasis.reason.en', 'en')).toBe('Why this type');
    expect(fieldName('something.else', 'en')).toBe('something.else');
  });
  it('names the figure a problem is in', () => {
    const draft = {
      source: { text: '累计捐资捐物16.8万元。' },
      efforts: [{ id: 'e-1', figures: [{ id: 'f-1', span: { start: 6, end: 12 } }] }],
    } as unknown as Draft;
    const issue = at('figures.unit', 'draftFigureNoUnit', { figureId: 'f-1' });
    expect(describeDraftIssue(issue, 'zh', draft)).toBe('“16.8万元”：请选择单位');
    expect(describeDraftIssue(issue, 'en', draft)).toBe('“16.8万元”: Choose a unit');
  });
  it('says why an exported file cannot be continued', () => {
    expect(
      describeReopenFailure(
        { code: 'draftQuoteNotFound', params: { path: 'efforts[2]', quote: '某句' } },
        'zh',
      ),
    ).toBe('efforts[2] 的引文不在全文中：“某句”');
    expect(describeReopenFailure({ code: 'draftNoText', params: {} }, 'en')).toMatch(
      /^the file does not carry/,
    );
  });
});
