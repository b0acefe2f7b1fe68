import { describe, expect, it } from 'vitest';
import { parseDatasetJson } from '../../../src/data/parse-dataset';
import { checkQuotes, locateQuote, normaliseQuote, quotesOf } from '../../../src/data/source-text';
import { normaliseText } from '../../../src/data/quote-match';
import type { DatasetJson } from '../../../src/data/schema';
import { readJson } from '../../fixtures/load';

const fixture = (): DatasetJson => readJson<DatasetJson>('tests/fixtures/with-text/dataset.json');
const TEXT = '标题\n\n3月2日，巴中市委统战部组织志愿服务队，累计走访群众1200余户。\n第二段。';

describe('the whitespace rule', () => {
  it('compares a run of whitespace as one space and ignores the ends of a quote', () => {
    expect(normaliseQuote('  a \t\r\n b\u00a0\u3000c  ')).toBe('a b c');
    expect(locateQuote('第一句。\r\n\r\n第二句。', '第一句。 第二句。')).toEqual({ start: 0, end: 12 });
    expect(locateQuote('一\u3000\u3000二', '一 二')).toEqual({ start: 0, end: 4 });
    expect(locateQuote('甲乙丙', ' 乙 ')).toEqual({ start: 1, end: 2 });
  });

  it('folds nothing else: no added whitespace, no punctuation or character variants', () => {
    expect(locateQuote('社区(村)', '社区 (村)')).toBeNull();
    expect(locateQuote('社区(村)', '社区（村）')).toBeNull();
    expect(locateQuote('350余万元', '350馀万元')).toBeNull();
    expect(locateQuote('abc', '   ')).toBeNull();
  });

  it('gives the offsets of the quote in the original text, for the highlight', () => {
    const at = locateQuote(TEXT, '累计走访群众1200余户');
    expect(at).not.toBeNull();
    expect(TEXT.slice(at!.start, at!.end)).toBe('累计走访群众1200余户');
  });

  it('normalises a text to one space per whitespace run, with the offset of every character', () => {
    expect(normaliseText('  甲\r\n乙')).toEqual({ text: ' 甲 乙', offsets: [0, 2, 3, 5, 6] });
    expect(normaliseText('甲')).toEqual({ text: '甲', offsets: [0, 1] });
    expect(normaliseText('')).toEqual({ text: '', offsets: [0] });
  });
});

describe('checkQuotes', () => {
  it('accepts a dataset whose every quote is verbatim in its text', () => {
    const ds = fixture();
    expect(quotesOf(ds)).toHaveLength(4 + 2 + 4);
    expect(checkQuotes(ds, ds.source.text!)).toEqual([]);
  });

  it('refuses a quote one character off, located by its path, saying how much of it matches', () => {
    const ds = fixture();
    ds.efforts[2]!.measures[0]!.quote = ds.efforts[2]!.measures[0]!.quote.replace('300余', '301余');
    const quote = ds.efforts[2]!.measures[0]!.quote;
    const errors = checkQuotes(ds, ds.source.text!);
    // Everything up to "…志愿服务30" matches; the character after it, "1", is the one that differs.
    expect(errors).toEqual([
      {
        path: 'efforts[2].measures[0].quote',
        code: 'quoteNotInSource',
        params: { quote, matched: quote.indexOf('301') + 2 },
      },
    ]);
  });

  it('checks date quotes too, and clips a long quote in the message', () => {
    const ds = fixture();
    ds.efforts[0]!.date!.quote = '3月3日';
    ds.efforts[1]!.quote = '不在原文中的'.repeat(10);
    const errors = checkQuotes(ds, ds.source.text!);
    expect(errors.map((e) => e.path)).toEqual(['efforts[0].date.quote', 'efforts[1].quote']);
    expect(errors[0]!.params).toEqual({ quote: '3月3日', matched: 2 });
    expect(errors[1]!.params).toEqual({ quote: `${'不在原文中的'.repeat(10).slice(0, 40)}…`, matched: 0 });
  });

  it('accepts a quote whose line break or spaces differ from the text only in kind or number', () => {
    const ds = fixture();
    const text = ds.source.text!.replace('累计走访', '累计\r\n  走访');
    ds.efforts[0]!.quote = ds.efforts[0]!.quote.replace('累计走访', '累计 走访');
    ds.efforts[0]!.measures[0]!.quote = ds.efforts[0]!.quote;
    expect(checkQuotes(ds, text)).toEqual([]);
  });
});

describe('a dataset with its source text, parsed', () => {
  it('validates when every quote is verbatim, and is refused with located errors when not', () => {
    expect(parseDatasetJson(fixture()).ok).toBe(true);
    const bad = fixture();
    bad.source.text = bad.source.text!.replace('8.5万元', '8.6万元');
    const result = parseDatasetJson(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.path} ${e.code}`)).toEqual([
      'efforts[1].quote quoteNotInSource',
      'efforts[1].measures[0].quote quoteNotInSource',
      'efforts[1].measures[1].quote quoteNotInSource',
    ]);
  });

  it('checks nothing against a text the dataset does not have', () => {
    const ds = fixture();
    delete ds.source.text;
    ds.efforts[0]!.quote = `${ds.efforts[0]!.quote}（改）`;
    ds.efforts[0]!.measures[0]!.quote = ds.efforts[0]!.quote;
    expect(parseDatasetJson(ds).ok).toBe(true);
  });

  it('refuses an empty embedded text', () => {
    const ds = fixture();
    ds.source.text = '  ';
    const result = parseDatasetJson(ds);
    expect(!result.ok && result.errors[0]).toMatchObject({ path: 'source.text', code: 'nonEmpty' });
  });
});
