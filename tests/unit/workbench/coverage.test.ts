import { describe, expect, it } from 'vitest';
import { coverageOf, paragraphsOf, sentencesOf } from '../../../src/workbench/coverage';
import { newDraft, reduceDraft } from '../../../src/workbench/draft-ops';
import type { Draft, DraftAction, Span } from '../../../src/workbench/draft-types';
import { bundledJson } from '../../fixtures/load';

const bundled = bundledJson();
const texts = (text: string, spans: Span[]): string[] => spans.map((s) => text.slice(s.start, s.end));

describe('sentencesOf', () => {
  it('splits after 。！？；; and at line ends, trimmed, without blank sentences', () => {
    const text = ' 一句。二句！三句？\r\n  四句；五;六\n\n\u3000\n七句。';
    expect(texts(text, sentencesOf(text))).toEqual([
      '一句。',
      '二句！',
      '三句？',
      '四句；',
      '五;',
      '六',
      '七句。',
    ]);
    expect(sentencesOf(text)[0]).toEqual({ start: 1, end: 4 });
  });

  it('keeps a last sentence without an end, and gives nothing for a blank text', () => {
    expect(texts('甲。乙', sentencesOf('甲。乙'))).toEqual(['甲。', '乙']);
    expect(sentencesOf(' \n\t')).toEqual([]);
    expect(sentencesOf('')).toEqual([]);
  });
});

describe('paragraphsOf', () => {
  it('with blank lines: a paragraph is a block, hard-wrapped lines stay together', () => {
    const text = '标题\n\n第一段第一行\n第一段第二行\n\n\u00a0\n\n第二段。\n';
    expect(texts(text, paragraphsOf(text))).toEqual(['标题', '第一段第一行\n第一段第二行', '第二段。']);
  });

  it('without blank lines: each line is a paragraph (CRLF and CR too)', () => {
    const text = '第一段。\r\n第二段。\r第三段。';
    expect(texts(text, paragraphsOf(text))).toEqual(['第一段。', '第二段。', '第三段。']);
    expect(paragraphsOf('')).toEqual([]);
  });

  it('takes a line of spaces only as the blank line between blocks', () => {
    const text = '第一段第一行\n第一段第二行\n \u3000\n第二段。';
    expect(texts(text, paragraphsOf(text))).toEqual(['第一段第一行\n第一段第二行', '第二段。']);
  });
});

describe('coverageOf', () => {
  // Sentence 0: a title with a section number; 1: two figures; 2: a date and one figure; 3: none.
  const TEXT = '一、概况\n志愿者200余人次参与,捐赠16.8万元。9月3日,走访数千户。没有数字的句子。';
  const span = (needle: string): Span => {
    const start = TEXT.indexOf(needle);
    return { start, end: start + needle.length };
  };
  const base = (): Draft =>
    newDraft({
      id: 'd',
      text: TEXT,
      title: { zh: '测', en: 'T' },
      source: { ...bundled.source },
      vocabularies: bundled,
      updatedAt: '2024-01-01T00:00:00.000Z',
    });
  const run = (...actions: DraftAction[]): Draft => actions.reduce(reduceDraft, base());

  it('lists every detected figure, open while nothing is marked', () => {
    const c = coverageOf(base());
    expect(c.items.map((i) => [i.text, i.status, i.sentence, i.effortId, i.exclusionId])).toEqual([
      ['200余人次', 'open', 1, null, null],
      ['16.8万元', 'open', 1, null, null],
      ['数千户', 'open', 2, null, null],
    ]);
    expect(c.items[1]!.span).toEqual(span('16.8万元'));
    expect([c.total, c.covered, c.excluded, c.open]).toEqual([3, 0, 0, 3]);
  });

  it('covered by an overlapping confirmed figure of any effort, excluded by an exclusion with or around its span', () => {
    const c = coverageOf(
      run(
        { type: 'addEffort', span: span('一、概况') },
        { type: 'addEffort', span: span('志愿者200余人次参与,捐赠16.8万元。') },
        {
          type: 'confirmFigure',
          effortId: 'e-2',
          figure: {
            span: span('16.8万'),
            qualifier: 'exact',
            value: 168000,
            low: null,
            high: null,
            unit: 'yuan',
            label: { zh: '捐赠', en: 'donated' },
          },
        },
        { type: 'dismissFigure', span: span('走访数千户'), kind: 'other', reason: { zh: '不计', en: 'no' } },
        {
          type: 'dismissFigure',
          span: span('200余人次'),
          kind: 'repeat',
          reason: { zh: '重复', en: 'repeat' },
        },
      ),
    );
    expect(c.items.map((i) => [i.text, i.status, i.effortId, i.exclusionId])).toEqual([
      ['200余人次', 'excluded', null, 'x-2'],
      ['16.8万元', 'covered', 'e-2', null],
      ['数千户', 'excluded', null, 'x-1'],
    ]);
    expect([c.total, c.covered, c.excluded, c.open]).toEqual([3, 1, 2, 0]);
  });

  it('a confirmed figure wins over an exclusion of the same span', () => {
    const d = run(
      { type: 'addEffort', span: span('志愿者200余人次参与') },
      { type: 'addEffort', span: span('志愿者200余人次参与') },
      { type: 'dismissFigure', span: span('200余人次'), kind: 'other', reason: { zh: '不计', en: 'no' } },
    );
    // Exclusions live in the draft, figures in efforts: put the figure in directly, as a re-opened file may.
    const withFigure: Draft = {
      ...d,
      efforts: d.efforts.map((e) =>
        e.id === 'e-2'
          ? {
              ...e,
              figures: [
                {
                  id: 'f-1',
                  span: span('200余人次'),
                  qualifier: 'at-least',
                  value: 200,
                  low: null,
                  high: null,
                  unit: 'person-times',
                  label: { zh: '志愿', en: 'v' },
                },
              ],
            }
          : e,
      ),
    };
    const item = coverageOf(withFigure).items[0]!;
    expect([item.status, item.effortId, item.exclusionId]).toEqual(['covered', 'e-2', null]);
  });

  it('an exclusion that only overlaps a figure does not exclude it', () => {
    const c = coverageOf(
      run({ type: 'dismissFigure', span: span('200余'), kind: 'other', reason: { zh: '不计', en: 'no' } }),
    );
    expect(c.items[0]!.status).toBe('open');
    expect(c.open).toBe(3);
  });
});
