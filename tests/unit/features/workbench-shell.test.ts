import { describe, expect, it } from 'vitest';
import {
  draftMetaOf,
  EMPTY_META,
  fileNameOf,
  joinPublishedAt,
  metaOfDraft,
  splitPublishedAt,
} from '../../../src/features/workbench/draft-meta';
import { metaFieldOf } from '../../../src/features/workbench/meta-fields';
import {
  cursorSpan,
  moveCursor,
  sentenceIndexAt,
} from '../../../src/features/workbench/reader/sentence-cursor';
import { paragraphRuns, trimSpan } from '../../../src/features/workbench/reader/text-runs';

/** The workbench shell's pure helpers: the reader's runs, the sentence cursor, the report's details. */
describe('paragraphRuns', () => {
  const paragraphs = [
    { start: 0, end: 10 },
    { start: 12, end: 30 },
  ];
  it('splits a paragraph at every mark edge inside it, each run knowing what covers it', () => {
    const [first, second] = paragraphRuns(paragraphs, {
      efforts: [
        { id: 'e-1', span: { start: 4, end: 20 } },
        { id: 'e-2', span: { start: 15, end: 25 } },
      ],
      figures: [{ span: { start: 16, end: 18 }, status: 'open' }],
      cursor: { start: 24, end: 28 },
    });
    expect(first!.runs).toEqual([
      { start: 0, end: 4, efforts: [], figure: null, cursor: false },
      // The effort runs over the paragraph's end: its run stops there.
      { start: 4, end: 10, efforts: ['e-1'], figure: null, cursor: false },
    ]);
    expect(second!.runs.map((r) => [r.start, r.end, r.efforts.join('+'), r.figure, r.cursor])).toEqual([
      [12, 15, 'e-1', null, false],
      [15, 16, 'e-1+e-2', null, false],
      [16, 18, 'e-1+e-2', 'open', false],
      [18, 20, 'e-1+e-2', null, false],
      [20, 24, 'e-2', null, false],
      [24, 25, 'e-2', null, true],
      [25, 28, '', null, true],
      [28, 30, '', null, false],
    ]);
  });
  it('leaves a paragraph without marks as one run', () => {
    expect(paragraphRuns(paragraphs, { efforts: [], figures: [], cursor: null })[1]!.runs).toEqual([
      { start: 12, end: 30, efforts: [], figure: null, cursor: false },
    ]);
  });
});

describe('trimSpan', () => {
  it('leaves out white space at both ends, and gives null for white space only', () => {
    expect(trimSpan(' 甲乙 \n', { start: 0, end: 5 })).toEqual({ start: 1, end: 3 });
    expect(trimSpan('甲 \n 乙', { start: 1, end: 4 })).toBeNull();
  });
});

describe('the sentence cursor', () => {
  const sentences = [
    { start: 0, end: 5 },
    { start: 6, end: 10 },
    { start: 12, end: 20 },
  ];
  it('starts where it is told (or at an end), moves by a sentence and stops at the ends', () => {
    expect(moveCursor(null, 'next', false, 3)).toEqual({ anchor: 0, focus: 0 });
    expect(moveCursor(null, 'previous', false, 3)).toEqual({ anchor: 2, focus: 2 });
    expect(moveCursor(null, 'next', false, 3, 1)).toEqual({ anchor: 1, focus: 1 });
    expect(moveCursor({ anchor: 2, focus: 2 }, 'next', false, 3)).toEqual({ anchor: 2, focus: 2 });
    expect(moveCursor({ anchor: 0, focus: 0 }, 'previous', false, 3)).toEqual({ anchor: 0, focus: 0 });
    expect(moveCursor({ anchor: 1, focus: 1 }, 'first', false, 3)).toEqual({ anchor: 0, focus: 0 });
    expect(moveCursor(null, 'next', false, 0)).toBeNull();
  });
  it('extends from its anchor with Shift, either way, and covers whole sentences', () => {
    const grown = moveCursor({ anchor: 1, focus: 1 }, 'next', true, 3)!;
    expect(grown).toEqual({ anchor: 1, focus: 2 });
    expect(cursorSpan(grown, sentences)).toEqual({ start: 6, end: 20 });
    const back = moveCursor({ anchor: 1, focus: 1 }, 'previous', true, 3)!;
    expect(cursorSpan(back, sentences)).toEqual({ start: 0, end: 10 });
  });
  it('finds the sentence at an offset, or the next one after a gap', () => {
    expect(sentenceIndexAt(sentences, 0)).toBe(0);
    expect(sentenceIndexAt(sentences, 7)).toBe(1);
    expect(sentenceIndexAt(sentences, 10)).toBe(2);
    expect(sentenceIndexAt(sentences, 20)).toBeNull();
  });
});

describe("the report's details", () => {
  it('joins a local time and an offset into the schema’s date-time, or nothing when either is bad', () => {
    expect(joinPublishedAt('2022-09-09T11:30', '+08:00')).toBe('2022-09-09T11:30:00+08:00');
    expect(joinPublishedAt('2022-09-09T11:30:43', '-05:30')).toBe('2022-09-09T11:30:43-05:30');
    expect(joinPublishedAt('2022-09-09T11:30:43.250', '+08:00')).toBe('2022-09-09T11:30:43+08:00');
    expect(joinPublishedAt('', '+08:00')).toBe('');
    expect(joinPublishedAt('2022-09-09T11:30', '8')).toBe('');
    expect(joinPublishedAt('2022-09-09T11:30', '+25:00')).toBe('');
  });
  it('splits a date-time back for the form (Z is +00:00)', () => {
    expect(splitPublishedAt('2022-09-09T11:30:43+08:00')).toEqual({
      localTime: '2022-09-09T11:30:43',
      offset: '+08:00',
    });
    expect(splitPublishedAt('2022-09-09T11:30:43Z')).toEqual({
      localTime: '2022-09-09T11:30:43',
      offset: '+00:00',
    });
    expect(splitPublishedAt('yesterday')).toEqual({ localTime: '', offset: '+08:00' });
  });
  it('turns the form into the draft’s title and source, and back', () => {
    const fields = {
      ...EMPTY_META,
      titleZh: ' 报告 ',
      titleEn: 'Report',
      publisherZh: '某网',
      publisherEn: 'Some site',
      url: 'https://example.org/a',
      localTime: '2022-09-09T11:30',
    };
    const meta = draftMetaOf(fields, 'report.txt');
    expect(meta.title).toEqual({ zh: '报告', en: 'Report' });
    expect(meta.source).toEqual({
      title: '报告',
      titleEn: 'Report',
      publisher: { zh: '某网', en: 'Some site' },
      reprintedFrom: null,
      url: 'https://example.org/a',
      publishedAt: '2022-09-09T11:30:00+08:00',
      textFile: 'report.txt',
      language: 'zh',
    });
    expect(metaOfDraft(meta.title, meta.source)).toEqual({
      ...fields,
      titleZh: '报告',
      localTime: '2022-09-09T11:30:00',
    });
  });
  it('names files after the title, without characters file systems refuse', () => {
    expect(fileNameOf('同心抗疫:四川统一战线在行动(二)', 'x')).toBe('同心抗疫-四川统一战线在行动(二)');
    expect(fileNameOf(' a/b\\c?  d ', 'x')).toBe('a-b-c- d');
    expect(fileNameOf('...', 'draft-1')).toBe('draft-1');
  });
  it('knows which form field a problem of the details is in', () => {
    expect(metaFieldOf('source.url')).toBe('url');
    expect(metaFieldOf('title.en')).toBe('titleEn');
    expect(metaFieldOf('source.publishedAt')).toBe('localTime');
    expect(metaFieldOf('source.publisher.en')).toBe('publisherEn');
    expect(metaFieldOf('regionCode')).toBeNull();
  });
});
