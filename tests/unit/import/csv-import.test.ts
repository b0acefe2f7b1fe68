import { describe, expect, it } from 'vitest';
import { parseDatasetCsv, datasetIdFromFileName, type Vocabularies } from '../../../src/import/csv-import';
import { datasetToCsv, templateCsv } from '../../../src/import/csv-export';
import { CSV_COLUMN_NAMES } from '../../../src/import/csv-columns';
import { escapeCell, unescapeCell } from '../../../src/import/csv-cell';
import { formatIssue } from '../../../src/i18n/import-issues';
import { IMPORT_LIMITS } from '../../../src/import/limits';
import { bundledJson } from '../../fixtures/load';
import { defaultOrganisationId } from '../../../src/data/organisation-id';

const bundled = bundledJson();
const vocabularies: Vocabularies = bundled;
const opts = { vocabularies, fileName: 'my data.csv', now: '2024-01-02T03:04:05+00:00' };

const HEADER =
  'effort_id,region_code,organisation_names,organisation_types,activities,date_kind,date_start,date_end,summary_zh,summary_en,quote,value,unit,qualifier,figure,label_zh,label_en';

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\n');
}

const GOOD = csv(
  'pzh-a,510400,攀枝花市委统战部;某公司,united-front-department;民营企业,donations;coordination,on,2022-09-04,,捐款,Donation,共捐款16.8万元，志愿者200余人次,168000,yuan,exact,16.8万元,捐款,donations',
  'pzh-a,,,,,,,,,,,200,person-times,at-least,200余人次,志愿者,volunteers',
  'cd-b,510100,某公司,private-enterprise,Donations,,,,捐物,Goods,捐物若干,,,,,,',
);

function messages(text: string, lang: 'zh' | 'en' = 'en'): string[] {
  const r = parseDatasetCsv(text, opts);
  return r.ok ? [] : r.errors.map((e) => formatIssue(e, lang));
}

describe('CSV import', () => {
  it('builds a dataset: one row per measure, effort columns given once', () => {
    const r = parseDatasetCsv(GOOD, opts);
    expect(r.ok ? 'ok' : r.errors.map((e) => formatIssue(e, 'en'))).toBe('ok');
    if (!r.ok) return;
    const ds = r.value;
    expect(ds.id).toBe('import-my-data');
    expect(ds.title).toEqual({ zh: 'my data', en: 'my data' });
    expect(ds.units).toEqual(bundled.units);
    expect(ds.efforts.map((e) => e.id)).toEqual(['pzh-a', 'cd-b']);
    const a = ds.efforts[0]!;
    expect(a.date).toEqual({ kind: 'on', start: '2022-09-04', end: '2022-09-04', quote: '2022-09-04' });
    expect(a.activities).toEqual(['donations', 'coordination']);
    expect(a.measures.map((m) => [m.qualifier === 'approx' ? m.low : m.value, m.unit, m.qualifier])).toEqual([
      [168000, 'yuan', 'exact'],
      [200, 'person-times', 'at-least'],
    ]);
    // Ids made from name and type (src/data/organisation-id.ts): another report's bodies never clash.
    const fresh = (zh: string, type: string): string => defaultOrganisationId(zh, type, () => false);
    const firm = fresh('某公司', 'private-enterprise');
    expect(ds.organisations).toEqual([
      {
        id: fresh('攀枝花市委统战部', 'united-front-department'),
        name: { zh: '攀枝花市委统战部', en: '攀枝花市委统战部' },
        type: 'united-front-department',
        // A file without the column does not say how its types are known.
        typeBasis: { kind: 'unrecorded' },
        regionCode: '510400',
      },
      {
        id: firm,
        name: { zh: '某公司', en: '某公司' },
        type: 'private-enterprise',
        typeBasis: { kind: 'unrecorded' },
        regionCode: '510400',
      },
    ]);
    expect(ds.efforts[1]!.organisationIds).toEqual([firm]);
    expect(ds.efforts[1]!.measures).toEqual([]);
  });

  it('locates errors by row and column, in both languages', () => {
    const text = csv(
      'pzh-a,510400,某公司,private-enterprise,donations,,,,捐款,Donation,捐款100元,100,bananas,exact,100元,捐款,',
      'pzh-b,5104,某公司,unknown-type,donations,range,2022-09-31,,捐款,Donation,捐款100元,1O0,yuan,roughly,100元,捐款,',
    );
    expect(messages(text)).toEqual([
      'row 2, column "unit": expected one of persons, person-times, vehicle-trips, samples, households, yuan, hours, days, testing-sites, meals, parcels, cases, …; got "bananas"',
      'row 3, column "region_code": expected a six-digit region code (such as 510100); got "5104"',
      'row 3, column "organisation_types": expected one of united-front-department, democratic-party, federation-of-industry-commerce, overseas-chinese-federation, ethnic-religious-affairs, religious-body, private-enterprise, intellectuals-new-social-groups, united-front-association, representative-individuals; got "unknown-type"',
      'row 3, column "date_start": expected a real date as YYYY-MM-DD; got "2022-09-31"',
    ]);
    expect(messages(text, 'zh')[1]).toBe(
      '第 3 行，“region_code”列：应为六位行政区划代码（如 510100）；实际为“5104”',
    );
  });

  it('reports measure errors of a row whose effort is valid', () => {
    const text = csv(
      'pzh-a,510400,某公司,private-enterprise,donations,,,,捐款,Donation,捐款100元,1O0,yuan,roughly,,捐款,',
    );
    expect(messages(text)).toEqual([
      'row 2, column "figure": expected a value, found an empty cell',
      'row 2, column "value": expected a number ≥ 0 (such as 16800 or 16,800); got "1O0"',
      'row 2, column "qualifier": expected one of exact, at-least, approx; got "roughly"',
    ]);
  });

  it('maps schema errors (figure not in quote, dates out of order) back to rows and columns', () => {
    const text = csv(
      'pzh-a,510400,某公司,private-enterprise,donations,range,2022-09-04,2022-09-01,捐款,Donation,捐款100元,100,yuan,exact,200元,捐款,',
    );
    expect(messages(text)).toEqual(['row 2, column "date_end": expected end on or after start']);
    const text2 = csv(
      'pzh-a,510400,某公司,private-enterprise,donations,,,,捐款,Donation,捐款100元,100,yuan,exact,200元,捐款,',
    );
    expect(messages(text2)).toEqual(['row 2, column "figure": the figure does not occur in its quote']);
    expect(messages(text2, 'zh')).toEqual(['第 2 行，“figure”列：数字原文（figure）未出现在引文（quote）中']);
  });

  it('reports conflicting effort columns on a later row', () => {
    const text = csv(
      'pzh-a,510400,某公司,private-enterprise,donations,,,,捐款,Donation,捐款100元,,,,,,',
      'pzh-a,510100,,,,,,,,,,,,,,,',
    );
    expect(messages(text)).toEqual([
      'row 3, column "region_code": differs from row 2 (the same effort "pzh-a")',
    ]);
  });

  it('checks the header: missing, unknown and duplicate columns', () => {
    expect(messages('effort_id,regoin_code,effort_id\nx,510100,x')).toEqual([
      'row 1, column "regoin_code": unknown column "regoin_code"; see the template CSV for the columns',
      'row 1, column "effort_id": the column "effort_id" appears more than once',
      'row 1: the required column "region_code" is missing',
      'row 1: the required column "organisation_names" is missing',
      'row 1: the required column "organisation_types" is missing',
      'row 1: the required column "activities" is missing',
      'row 1: the required column "summary_zh" is missing',
      'row 1: the required column "summary_en" is missing',
      'row 1: the required column "quote" is missing',
    ]);
  });

  it('reports malformed CSV, empty files and too many cells', () => {
    expect(messages('')).toEqual(['the file is empty']);
    expect(messages(HEADER)).toEqual(['the file is empty']);
    expect(messages(csv('a,"unclosed'))[0]).toMatch(/^row 2: malformed CSV: /);
    expect(messages(csv('a,510100,x,y,z,,,,a,b,c,,,,,,,extra'))).toEqual([
      'row 2: malformed CSV: 18 cells, but the header has 17 columns',
    ]);
  });

  it('enforces the row limit without reading the whole file', () => {
    const row = 'e,510100,某公司,private-enterprise,donations,,,,a,b,c,,,,,,';
    const text = `${HEADER}\n${`${row}\n`.repeat(IMPORT_LIMITS.maxCsvRows + 5)}`;
    const started = performance.now();
    expect(messages(text)).toEqual(['too many rows (> 100000); the limit is 100000']);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('enforces the text length limit per cell', () => {
    const long = 'x'.repeat(IMPORT_LIMITS.maxTextLength + 1);
    expect(messages(csv(`e,510100,某公司,private-enterprise,donations,,,,${long},b,c,,,,,,`))).toEqual([
      'row 2, column "summary_zh": the text is too long (200001 characters); the limit is 200000',
    ]);
  });

  it('reads tab-separated files, a BOM and formula-escaped cells', () => {
    const tsv = `\uFEFF${HEADER.replaceAll(',', '\t')}\ne\t510100\t某公司\tprivate-enterprise\tdonations\t\t\t\t'=SUM(1)\tb\tc\t\t\t\t\t\t`;
    const r = parseDatasetCsv(tsv, opts);
    expect(r.ok && r.value.efforts[0]!.summary.zh).toBe('=SUM(1)');
  });

  it('escapes formula cells reversibly', () => {
    for (const s of ['=1+1', '+a', '-b', '@c', "'", "'=", "''x", 'plain', "'x"]) {
      expect(unescapeCell(escapeCell(s))).toBe(s);
      expect(/^[=+\-@]/.test(escapeCell(s))).toBe(false);
    }
  });

  it('round-trips the bundled dataset through CSV (ids, figures, ranges, roles, type bases, version)', () => {
    const r = parseDatasetCsv(datasetToCsv(bundled), opts);
    expect(r.ok ? 'ok' : r.errors.map((e) => formatIssue(e, 'en'))).toBe('ok');
    if (!r.ok) return;
    expect(r.value.efforts).toEqual(bundled.efforts);
    expect(r.value.id).toBe(bundled.id);
    expect(r.value.datasetVersion).toBe('2.0.0');
    expect(r.value.source.url).toBe(bundled.source.url);
    // Every organisation some effort names keeps its type and type basis (reasons included).
    const named = new Set(bundled.efforts.flatMap((e) => [...e.organisationIds, ...(e.addresseeIds ?? [])]));
    const pick = (o: (typeof bundled.organisations)[number]) => [o.id, o.type, o.typeBasis];
    expect(r.value.organisations.map(pick).sort()).toEqual(
      bundled.organisations
        .filter((o) => named.has(o.id))
        .map(pick)
        .sort(),
    );
  });

  it('reads roles, type bases with reasons, and approximate ranges', () => {
    const header =
      'effort_id,region_code,organisation_names,organisation_types,organisation_roles,organisation_type_basis,organisation_type_reasons_zh,organisation_type_reasons_en,activities,summary_zh,summary_en,quote,value,value_low,value_high,unit,qualifier,figure,label_zh';
    const text = [
      header,
      'a,510100,市侨联;侨商会;某公司,overseas-chinese-federation,actor;addressee;actor,stated;stated;inferred,按章节推断,From the section,initiative-letter,倡议,Appeal,协助检测数千人次，5人,,2000,9999,person-times,approx,数千人次,检测',
      'a,,,,,,,,,,,,5,,,persons,exact,5,人',
    ].join('\n');
    const r = parseDatasetCsv(text, opts);
    expect(r.ok ? 'ok' : r.errors.map((e) => formatIssue(e, 'en'))).toBe('ok');
    if (!r.ok) return;
    const e = r.value.efforts[0]!;
    const [federation, chamber, company] = r.value.organisations.map((o) => o.id);
    expect(r.value.organisations.map((o) => o.name.zh)).toEqual(['市侨联', '侨商会', '某公司']);
    expect(e.organisationIds).toEqual([federation, company]);
    expect(e.addresseeIds).toEqual([chamber]);
    expect(r.value.organisations.map((o) => o.typeBasis)).toEqual([
      { kind: 'stated' },
      { kind: 'stated' },
      { kind: 'inferred', reason: { zh: '按章节推断', en: 'From the section' } },
    ]);
    expect(e.measures[0]).toMatchObject({ qualifier: 'approx', low: 2000, high: 9999 });
    expect(e.measures[0]).not.toHaveProperty('value');
    expect(e.measures[1]).toMatchObject({ qualifier: 'exact', value: 5 });
  });

  it('refuses a value for an approximate figure, a range for an exact one, and missing reasons or actors', () => {
    const header =
      'effort_id,region_code,organisation_names,organisation_types,organisation_roles,organisation_type_basis,activities,summary_zh,summary_en,quote,value,value_low,value_high,unit,qualifier,figure,label_zh';
    const text = [
      header,
      'a,510100,某公司,private-enterprise,,inferred,donations,x,x,q,,,,,,,',
      'b,510100,某公司,private-enterprise,,,donations,x,x,数千人次,2000,,,person-times,approx,数千人次,检测',
      'c,510100,某公司,private-enterprise,,,donations,x,x,5人,5,1,,persons,exact,5人,人',
      'd,510100,某公司,private-enterprise,addressee,,donations,x,x,q,,,,,,,',
      'e,510100,某公司,private-enterprise,,,donations,x,x,数家,,5,2,organisations,approx,数家,家',
    ].join('\n');
    expect(messages(text)).toEqual([
      'row 2, column "organisation_type_reasons_zh": expected one reason per organisation whose type basis is "inferred" (1); got 0',
      'row 3, column "value_low": expected a value, found an empty cell',
      'row 3, column "value": an approximate figure (such as 数千) has no single value: give value_low (and value_high), leave value empty',
      'row 4, column "value_low": only an approximate figure has value_low and value_high; an exact or at-least figure has value',
      'row 5, column "organisation_roles": expected at least one organisation with the role "actor"',
    ]);
    // What the row checks let through, the dataset parser refuses, located by row and column.
    expect(
      messages(
        [
          header,
          'e,510100,某公司,private-enterprise,,,donations,x,x,数家,,5,2,organisations,approx,数家,家',
        ].join('\n'),
      ),
    ).toEqual(['row 2, column "value_high": expected "high" to be at least "low"']);
  });

  it('offers a template with the full header and two example rows that import', () => {
    const template = templateCsv(bundled);
    const lines = template
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMN_NAMES.join(','));
    const r = parseDatasetCsv(template, opts);
    expect(r.ok ? r.value.efforts.length : r.errors.map((e) => formatIssue(e, 'en'))).toBe(2);
    if (r.ok) expect(r.value.efforts.flatMap((e) => e.measures)).toHaveLength(1);
  });

  it('derives a valid dataset id from any file name', () => {
    for (const name of ['数据.csv', 'My File (2).CSV', '---.csv', '']) {
      expect(datasetIdFromFileName(name)).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    }
  });
});
