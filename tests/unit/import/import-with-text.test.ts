import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DatasetJson } from '../../../src/data/schema';
import { formatIssue } from '../../../src/i18n/import-issues';
import { importFiles, importText, isSourceTextFile } from '../../../src/import/import-file';
import { IMPORT_LIMITS } from '../../../src/import/limits';
import { bundledJson, readJson, repoPath } from '../../fixtures/load';

const DIR = 'tests/fixtures/with-text';
const read = (name: string): string => readFileSync(repoPath(`${DIR}/${name}`), 'utf8');
const REPORT = read('report.txt');
const CSV = read('dataset.csv');
const JSON_TEXT = read('dataset.json');
const bundled = bundledJson();
const options = { vocabularies: bundled, now: '2024-01-02T03:04:05+00:00' };
const file = (name: string, text: string): File => new File([text], name);

describe('a JSON dataset with its source text', () => {
  it('imports with its text, every quote checked', () => {
    const result = importText(JSON_TEXT, { ...options, fileName: 'with-text.json' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.dataset.source.text).toBe(REPORT);
    expect(result.value.dataset).toEqual(readJson<DatasetJson>(`${DIR}/dataset.json`));
  });

  it('is refused, nothing imported, when one quote is a character off, located by its JSON path', () => {
    const bad = JSON_TEXT.replace('"figure": "1200余户"', '"figure": "1200余户"').replace(
      '"date": {\n        "kind": "on",\n        "start": "2021-03-02",\n        "end": "2021-03-02",\n        "quote": "3月2日"',
      '"date": {\n        "kind": "on",\n        "start": "2021-03-02",\n        "end": "2021-03-02",\n        "quote": "3月2号"',
    );
    expect(bad).not.toBe(JSON_TEXT);
    const result = importText(bad, { ...options, fileName: 'with-text.json' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => formatIssue(e, 'en'))).toEqual([
      'efforts[0].date.quote: the quote is not verbatim in the source text: "3月2号" (only its first 3 characters match)',
    ]);
    expect(formatIssue(result.errors[0]!, 'zh')).toBe(
      'efforts[0].date.quote：引文未逐字出现在原文中：“3月2号”（仅前 3 个字符与原文一致）',
    );
  });

  it('refuses a text over the limit at its path, before any other check', () => {
    const json = JSON.parse(JSON_TEXT) as DatasetJson;
    json.source.text = '字'.repeat(IMPORT_LIMITS.maxTextLength + 1);
    const result = importText(JSON.stringify(json), { ...options, fileName: 'long.json' });
    expect(!result.ok && result.errors.map((e) => [e.location, e.code])).toEqual([
      [{ kind: 'path', path: 'source.text' }, 'textTooLong'],
    ]);
  });
});

describe('a CSV dataset imported with a .txt of its report', () => {
  it('imports when both files are chosen together, in either order, with the text embedded', async () => {
    for (const files of [
      [file('dataset.csv', CSV), file('report.txt', REPORT)],
      [file('report.txt', REPORT), file('dataset.csv', CSV)],
    ]) {
      const result = await importFiles(files, options);
      expect(result.ok ? null : result.errors).toBeNull();
      if (!result.ok) return;
      const ds = result.value.dataset;
      expect(result.value.kind).toBe('csv');
      expect(ds.id).toBe('fixture-with-text-csv');
      expect(ds.source.text).toBe(REPORT);
      expect(ds.source.textFile).toBe('report.txt');
      // The same efforts, figures and quotes as the JSON fixture.
      const json = readJson<DatasetJson>(`${DIR}/dataset.json`);
      expect(ds.efforts.map((e) => [e.id, e.quote, e.date, e.measures])).toEqual(
        json.efforts.map((e) => [e.id, e.quote, e.date, e.measures]),
      );
    }
  });

  it('accepts a .md report and a text with CRLF line breaks and a BOM', async () => {
    const crlf = `\uFEFF${REPORT.replace(/\n/g, '\r\n')}`;
    const result = await importFiles([file('report.md', crlf), file('dataset.csv', CSV)], options);
    expect(result.ok && result.value.dataset.source.text).toBe(REPORT.replace(/\n/g, '\r\n'));
  });

  it('refuses a quote one character off, by row and column, and loads nothing', async () => {
    const bad = CSV.replace('提供志愿服务300余人次。', '提供志愿服务300余人次!');
    const result = await importFiles([file('dataset.csv', bad), file('report.txt', REPORT)], options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.errors.map((e) => formatIssue(e, 'en'));
    // Row 5 is the Suining effort: its quote, and its figure's quote (the effort's by default); all
    // but the last of its 40 characters match.
    expect(lines).toEqual([
      expect.stringMatching(
        /^row 5, column "quote": the quote is not verbatim in the source text: "3月5日至7日/,
      ),
      expect.stringMatching(
        /^row 5, column "quote": the quote is not verbatim .*\(only its first 39 characters match\)$/,
      ),
    ]);
  });

  it('imports the same CSV without a text as before: no quote is checked', async () => {
    const result = await importFiles(
      [file('dataset.csv', CSV.replace('300余人次。', '300余人次!'))],
      options,
    );
    expect(result.ok && result.value.dataset.source).toMatchObject({ textFile: 'imported' });
    expect(result.ok && 'text' in result.value.dataset.source).toBe(false);
  });
});

describe('choosing files', () => {
  it('tells a report text from a dataset by its extension', () => {
    expect(['a.txt', 'B.TXT', 'r.md', 'r.markdown'].map(isSourceTextFile)).toEqual([true, true, true, true]);
    expect(['a.csv', 'a.json', 'a.tsv', 'txt', 'a.txt.csv'].map(isSourceTextFile)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('says what to add when a report text comes alone, in both languages', async () => {
    const result = await importFiles([file('report.txt', REPORT)], options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatIssue(result.errors[0]!, 'en')).toBe(
      '"report.txt" is a report text, not a dataset: add the CSV or JSON it belongs to (choose or drop both files together)',
    );
    expect(formatIssue(result.errors[0]!, 'zh')).toMatch(
      /^“report.txt”是报告原文，不是数据集：请添加它所属的 CSV 或 JSON 文件/,
    );
  });

  it('refuses two datasets, or two texts, at once', async () => {
    const two = await importFiles([file('a.csv', CSV), file('b.json', JSON_TEXT)], options);
    expect(!two.ok && two.errors[0]).toMatchObject({ code: 'tooManyFiles', params: { data: 2, texts: 0 } });
    const texts = await importFiles(
      [file('a.csv', CSV), file('r.txt', REPORT), file('s.md', REPORT)],
      options,
    );
    expect(!texts.ok && texts.errors[0]).toMatchObject({
      code: 'tooManyFiles',
      params: { data: 1, texts: 2 },
    });
  });

  it('embeds a .txt into a JSON file without text, but refuses a second text for one that has it', async () => {
    const json = JSON.parse(JSON_TEXT) as DatasetJson;
    delete json.source.text;
    const added = await importFiles([file('d.json', JSON.stringify(json)), file('r.txt', REPORT)], options);
    expect(added.ok && added.value.dataset.source).toMatchObject({ text: REPORT, textFile: 'r.txt' });
    const twice = await importFiles([file('d.json', JSON_TEXT), file('r.txt', REPORT)], options);
    expect(!twice.ok && twice.errors).toEqual([
      { location: { kind: 'path', path: 'source.text' }, code: 'sourceTextTwice', params: { name: 'r.txt' } },
    ]);
  });

  it('refuses an empty or over-long report text with its name', async () => {
    const empty = await importFiles([file('a.csv', CSV), file('r.txt', ' \n ')], options);
    expect(!empty.ok && empty.errors[0]).toMatchObject({
      code: 'sourceTextEmpty',
      params: { name: 'r.txt' },
    });
    const long = 'x'.repeat(IMPORT_LIMITS.maxTextLength + 1);
    const tooLong = await importFiles([file('a.csv', CSV), file('r.txt', long)], options);
    expect(!tooLong.ok && tooLong.errors[0]).toMatchObject({
      code: 'sourceTextTooLong',
      params: { name: 'r.txt', length: IMPORT_LIMITS.maxTextLength + 1, max: IMPORT_LIMITS.maxTextLength },
    });
  });
});
