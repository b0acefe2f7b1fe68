import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/model';
import { canDrill } from '../../../src/charts/geo';
import { formatIssue } from '../../../src/i18n/import-issues';
import { parseDatasetCsv } from '../../../src/import/csv-import';
import { importText } from '../../../src/import/import-file';
import { parseDatasetJsonFile } from '../../../src/import/json-import';
import { bundledJson, readJson, regionRegistry } from '../../fixtures/load';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

const registry = regionRegistry();
const bundled = bundledJson();
const vocabularies = bundled;
const bazhongText = JSON.stringify(readJson('tests/fixtures/regions/bazhong.json'));

const HEADER =
  'effort_id,region_code,organisation_names,organisation_types,activities,date_kind,date_start,date_end,summary_zh,summary_en,quote,value,unit,qualifier,figure,label_zh,label_en';
const csvWith = (code: string): string =>
  [
    HEADER,
    `bz-a,${code},巴州区委统战部,united-front-department,donations,on,2022-09-05,,捐款,Donation,捐款5万元,50000,yuan,exact,5万元,捐款,donation`,
  ].join('\n');
const csvOptions = { vocabularies, fileName: 'bazhong.csv', now: '2024-01-02T03:04:05+00:00', registry };

describe('JSON import and the region registry', () => {
  it('accepts a dataset that names registry regions without listing them (巴州区 511902)', () => {
    const result = parseDatasetJsonFile(bazhongText, registry);
    expect(result.ok ? 'ok' : result.errors.map((e) => formatIssue(e, 'en'))).toBe('ok');
    if (!result.ok) return;
    const ds = buildDataset(result.value);
    expect(ds.regionByCode.get('511902')).toMatchObject({
      zh: '巴州区',
      en: 'Bazhou District',
      parent: '511900',
    });
    expect(ds.regionByCode.get('511921')).toMatchObject({ zh: '通江县', en: 'Tongjiang County' });
    expect(ds.regionByCode.get('511900')).toMatchObject({ zh: '巴中市', en: 'Bazhong' });
    expect([...ds.reportedPrefectures]).toEqual(['511900']);
  });

  it('without the registry, refuses the same file at the efforts that name unlisted regions', () => {
    const result = parseDatasetJsonFile(bazhongText);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.location)).toContainEqual({
      kind: 'path',
      path: 'efforts[0].regionCode',
    });
  });

  it('refuses a code that is neither listed nor in the registry, at its path', () => {
    const json = miniDatasetJson();
    json.efforts[1]!.regionCode = '519999';
    const result = parseDatasetJsonFile(JSON.stringify(json), registry);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        location: { kind: 'path', path: 'efforts[1].regionCode' },
        code: 'unknownRegion',
        params: { code: '519999' },
      },
    ]);
    expect(formatIssue(result.errors[0]!, 'en')).toMatch(/519999/);
  });

  it('refuses a listed region whose parent disagrees with the registry, at its path', () => {
    const json = miniDatasetJson();
    json.regions.push({
      code: '511902',
      zh: '巴州区',
      en: 'Bazhou District',
      level: 'county',
      parent: '510100',
    });
    const result = parseDatasetJsonFile(JSON.stringify(json), registry);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        location: { kind: 'path', path: `regions[${json.regions.length - 1}].parent` },
        code: 'regionDisagrees',
        params: { code: '511902', field: 'parent', expected: '511900', received: '510100' },
      },
    ]);
    expect(formatIssue(result.errors[0]!, 'zh')).toContain('511900');
  });

  it('still accepts a region of its own that the registry lacks (outside Sichuan)', () => {
    const json = miniDatasetJson();
    json.regions.push({ code: '500000', zh: '重庆市', en: 'Chongqing', level: 'province', parent: null });
    json.efforts[0]!.regionCode = '500000';
    expect(parseDatasetJsonFile(JSON.stringify(json), registry).ok).toBe(true);
  });

  it('goes through importText with the registry the app passes', () => {
    const result = importText(bazhongText, { fileName: 'bazhong.json', vocabularies, registry });
    expect(result.ok).toBe(true);
  });
});

describe('CSV import and the region registry', () => {
  it('accepts a row naming 巴州区 511902, which the bundled dataset does not list', () => {
    expect(bundled.regions.some((r) => r.code === '511902')).toBe(false);
    const result = parseDatasetCsv(csvWith('511902'), csvOptions);
    expect(result.ok ? 'ok' : result.errors.map((e) => formatIssue(e, 'en'))).toBe('ok');
    if (!result.ok) return;
    expect(result.value.efforts[0]!.regionCode).toBe('511902');
    const listed = result.value.regions.map((r) => r.code);
    expect(listed).toContain('511902');
    expect(listed).toContain('511900');
    // Only the regions it names and their ancestors, not the bundled dataset's.
    expect(listed).toEqual(['510000', '511900', '511902']);
  });

  it('refuses an unknown code such as 519999 at its row and column', () => {
    const result = parseDatasetCsv(csvWith('519999'), csvOptions);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        location: { kind: 'row', row: 2, column: 'region_code' },
        code: 'unknownRegionCode',
        params: { value: '519999' },
      },
    ]);
    expect(formatIssue(result.errors[0]!, 'en')).toMatch(/"519999" is not the code of Sichuan/);
    expect(formatIssue(result.errors[0]!, 'zh')).toMatch(/“519999”不是四川/);
  });

  it('refuses an unknown place code too', () => {
    const csv = csvWith('511902').replace(HEADER, `${HEADER},place_codes`) + ',511921;519998';
    const result = parseDatasetCsv(csv, csvOptions);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.location, e.code])).toEqual([
      [{ kind: 'row', row: 2, column: 'place_codes' }, 'unknownRegionCode'],
    ]);
  });
});

describe('canDrill', () => {
  it('offers a prefecture outside the bundled five when its efforts name its counties', () => {
    const result = parseDatasetJsonFile(bazhongText, registry);
    if (!result.ok) throw new Error('fixture invalid');
    const ds = buildDataset(result.value);
    expect(canDrill(ds, '511900')).toBe(true);
    expect(canDrill(ds, '510100')).toBe(false);
    expect(canDrill(ds, '511902')).toBe(false);
  });

  it('does not offer a prefecture whose counties are only listed, not named by an effort', () => {
    const json = miniDatasetJson();
    json.regions.push(
      { code: '511900', zh: '巴中市', en: 'Bazhong', level: 'prefecture', parent: '510000' },
      { code: '511902', zh: '巴州区', en: 'Bazhou District', level: 'county', parent: '511900' },
    );
    const ds = buildDataset(json);
    expect(canDrill(ds, '511900')).toBe(false);
    expect(canDrill(ds, '510400')).toBe(true);
  });
});
