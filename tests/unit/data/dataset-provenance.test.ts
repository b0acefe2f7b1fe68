import { describe, expect, it } from 'vitest';
import { bundledJson, readJson, readSourceText } from '../../fixtures/load';
import { occurrences, readFigure } from '../../fixtures/figures';
import { checkQuotes, quotesOf } from '../../../src/data/source-text';

/**
 * The bundled dataset against the report it comes from: each figure must be findable, verbatim,
 * and mean what the dataset says it means; and no figure of the report may be missing.
 */
const source = readSourceText();
const dataset = bundledJson();
const exclusions = readJson<Array<{ text: string; reason: { zh: string; en: string } }>>(
  'data/figure-exclusions.json',
);
const measures = dataset.efforts.flatMap((e, i) =>
  e.measures.map((m, j) => ({ ...m, path: `efforts[${i}].measures[${j}]`, effort: e })),
);

describe('bundled dataset provenance', () => {
  it('has a source record for the report', () => {
    expect(dataset.source.title).toBe('【同心抗疫】四川统一战线在行动(二)');
    expect(dataset.source.url).toBe('http://www.sctyzx.gov.cn/');
    expect(dataset.source.publishedAt).toBe('2022-09-09T11:30:43+08:00');
    expect(source).toContain(dataset.source.title);
    expect(dataset.source.textFile).toBe('source/000_85bcb02d0b9cfa40.txt');
  });

  it('quotes every measure with the figure inside the quote', () => {
    expect(measures.length).toBeGreaterThan(40);
    for (const m of measures) expect(m.quote, `${m.path}.figure`).toContain(m.figure);
  });

  // The same check (and whitespace rule) as an import of a dataset that embeds its text.
  it('quotes every effort, date and measure verbatim, as an import with its text is checked', () => {
    expect(quotesOf(dataset).length).toBe(dataset.efforts.length + 6 + measures.length);
    expect(checkQuotes(dataset, source)).toEqual([]);
    // The bundled quotes are verbatim even before whitespace is normalised.
    for (const { path, quote } of quotesOf(dataset)) expect(source, path).toContain(quote);
  });

  it('records each value, range and qualifier exactly as its figure states it', () => {
    for (const m of measures) {
      const recorded =
        m.qualifier === 'approx'
          ? { qualifier: m.qualifier, low: m.low, high: m.high }
          : { qualifier: m.qualifier, value: m.value };
      expect({ path: m.path, ...recorded }).toEqual({ path: m.path, ...readFigure(m.figure) });
    }
  });

  it('reads the known tricky figures right', () => {
    const byFigure = (f: string) => measures.find((m) => m.figure.includes(f));
    expect(byFigure('350余万元')).toMatchObject({ value: 3_500_000, qualifier: 'at-least', unit: 'yuan' });
    expect(byFigure('16.8万元')).toMatchObject({ value: 168_000, qualifier: 'exact', unit: 'yuan' });
    expect(byFigure('超15000小时')).toMatchObject({ value: 15_000, qualifier: 'at-least', unit: 'hours' });
    expect(byFigure('144237剂')).toMatchObject({ value: 144_237, qualifier: 'exact', unit: 'samples' });
    expect(byFigure('5万余人次')).toMatchObject({
      value: 50_000,
      qualifier: 'at-least',
      unit: 'person-times',
    });
    // Vague amounts are ranges with no single number that could be charted or summed as stated.
    const thousands = byFigure('数千人次');
    expect(thousands).toMatchObject({ qualifier: 'approx', low: 2000, high: 9999, unit: 'person-times' });
    expect(thousands).not.toHaveProperty('value');
    const firms = byFigure('数家民营企业');
    expect(firms).toMatchObject({ qualifier: 'approx', low: 2, high: 9, unit: 'organisations' });
    expect(firms).not.toHaveProperty('value');
  });

  it('covers every number in the report with a measure or a documented exclusion', () => {
    const covered: Array<[number, number]> = [];
    for (const m of measures) {
      for (const [qs] of occurrences(source, m.quote)) covered.push(...occurrences(m.quote, m.figure, qs));
    }
    for (const x of exclusions) {
      const found = occurrences(source, x.text);
      expect(found.length, `exclusion "${x.text}" is not in the source`).toBeGreaterThan(0);
      expect(x.reason.en.length).toBeGreaterThan(3);
      covered.push(...found);
    }
    const uncovered: string[] = [];
    for (const match of source.matchAll(/\d+(?:[.:]\d+)?|数[十百千万家]/g)) {
      const at = match.index;
      if (!covered.some(([s, e]) => at >= s && at < e)) {
        uncovered.push(`${match[0]} in “${source.slice(Math.max(0, at - 12), at + 16).replace(/\n/g, ' ')}”`);
      }
    }
    expect(uncovered).toEqual([]);
  });

  it('does not record a figure twice', () => {
    const keys = measures.map((m) => `${m.quote}|${m.figure}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
