import { describe, expect, it } from 'vitest';
import { decodeText, detectKind, importFile, importText } from '../../../src/import/import-file';
import { IMPORT_LIMITS } from '../../../src/import/limits';
import {
  allowedList,
  datasetIdFromFileName,
  isRealDay,
  NUMBER,
  nowIso,
  splitList,
  titleFromFileName,
  vocabularyLookup,
} from '../../../src/import/csv-values';
import { datasetToCsv } from '../../../src/import/csv-export';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

const mini = miniDatasetJson();
const options = { vocabularies: mini, now: '2024-01-02T03:04:05+00:00' };

describe('detectKind', () => {
  it('goes by the extension first', () => {
    expect(detectKind('a.json', 'x,y')).toBe('json');
    expect(detectKind('a.JSON', '')).toBe('json');
    expect(detectKind('a.csv', '{')).toBe('csv');
    expect(detectKind('a.tsv', '{')).toBe('csv');
    expect(detectKind('a.xlsx', '{')).toBeNull();
    expect(detectKind('a.tar.gz', '{')).toBeNull();
  });

  it('looks at the first character of .txt files and of files without an extension', () => {
    expect(detectKind('a.txt', '\uFEFF  {"id": 1}')).toBe('json');
    expect(detectKind('data', '\n[1]')).toBe('json');
    expect(detectKind('data', 'effort_id,region_code')).toBe('csv');
    expect(detectKind('data.txt', '   ')).toBeNull();
    expect(detectKind('data', '')).toBeNull();
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with or without a BOM, and falls back to GB18030 (Excel in Chinese)', () => {
    expect(decodeText(new TextEncoder().encode('成都,Chengdu'))).toBe('成都,Chengdu');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
    // 成都 in GB18030 / GBK.
    expect(decodeText(new Uint8Array([0xb3, 0xc9, 0xb6, 0xbc]))).toBe('成都');
  });
});

describe('importText', () => {
  it('imports JSON and CSV text and says which it was', () => {
    const json = importText(JSON.stringify(mini), { ...options, fileName: 'mini.json' });
    expect(json.ok && json.value.kind).toBe('json');
    expect(json.ok && json.value.dataset.id).toBe('mini');
    const csv = importText(datasetToCsv(mini), { ...options, fileName: 'my mini.csv' });
    expect(csv.ok ? csv.value.kind : csv.errors).toBe('csv');
    expect(csv.ok && csv.value.dataset.efforts.map((e) => e.id)).toEqual([
      'cd-volunteers',
      'pzh-transport',
      'pzh-donation',
    ]);
  });

  it('refuses unsupported files, taken ids and files over the size limit, before parsing', () => {
    const unsupported = importText('{}', { ...options, fileName: 'sheet.xlsx' });
    expect(unsupported.ok ? null : unsupported.errors).toEqual([
      { location: { kind: 'file' }, code: 'unsupportedType', params: { name: 'sheet.xlsx' } },
    ]);
    const taken = importText(JSON.stringify(mini), {
      ...options,
      fileName: 'a.json',
      reservedIds: ['x', 'mini'],
    });
    expect(taken.ok ? null : taken.errors).toEqual([
      { location: { kind: 'path', path: 'id' }, code: 'idTaken', params: { id: 'mini' } },
    ]);
    const free = importText(JSON.stringify(mini), { ...options, fileName: 'a.json', reservedIds: ['x'] });
    expect(free.ok).toBe(true);
    const huge = 'x'.repeat(IMPORT_LIMITS.maxFileBytes + 1);
    const tooLarge = importText(huge, { ...options, fileName: 'a.json' });
    expect(tooLarge.ok ? null : tooLarge.errors.map((e) => [e.code, e.params])).toEqual([
      ['fileTooLarge', { size: IMPORT_LIMITS.maxFileBytes + 1, max: IMPORT_LIMITS.maxFileBytes }],
    ]);
    expect(importText('x'.repeat(IMPORT_LIMITS.maxFileBytes), { ...options, fileName: 'a.json' }).ok).toBe(
      false,
    );
  });

  it('passes parse errors through', () => {
    const bad = importText('{"schemaVersion": 1', { ...options, fileName: 'a.json' });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.errors.length).toBeGreaterThan(0);
  });
});

describe('importFile', () => {
  const file = (parts: BlobPart[], name: string): Blob & { name: string } =>
    Object.assign(new Blob(parts), { name });

  it('reads, decodes and imports a file', async () => {
    const r = await importFile(file([JSON.stringify(mini)], 'mini.json'), options);
    expect(r.ok && r.value.dataset.id).toBe('mini');
  });

  it('refuses an empty file and a file over the limit without reading it', async () => {
    const empty = await importFile(file([], 'a.csv'), options);
    expect(empty.ok ? null : empty.errors.map((e) => e.code)).toEqual(['fileEmpty']);
    const big = { size: IMPORT_LIMITS.maxFileBytes + 1, name: 'big.csv' } as Blob & { name: string };
    const tooLarge = await importFile(big, options);
    expect(tooLarge.ok ? null : tooLarge.errors.map((e) => [e.code, e.params])).toEqual([
      ['fileTooLarge', { size: IMPORT_LIMITS.maxFileBytes + 1, max: IMPORT_LIMITS.maxFileBytes }],
    ]);
  });

  it('reports a file that cannot be read', async () => {
    const unreadable = Object.assign(new Blob(['x']), {
      name: 'a.json',
      arrayBuffer: () => Promise.reject(new Error('disk gone')),
    });
    const r = await importFile(unreadable, options);
    expect(r.ok ? null : r.errors.map((e) => [e.code, e.params])).toEqual([
      ['unexpected', { message: 'Error: disk gone' }],
    ]);
  });
});

describe('CSV value helpers', () => {
  it('derives a valid dataset id and a title from the file name', () => {
    expect(datasetIdFromFileName('My Data (2).csv')).toBe('import-my-data-2');
    expect(datasetIdFromFileName('--x--.csv')).toBe('import-x');
    expect(datasetIdFromFileName(`${'a'.repeat(60)}.csv`)).toBe(`import-${'a'.repeat(48)}`);
    const chinese = datasetIdFromFileName('数据.csv');
    expect(chinese).toMatch(/^import-[0-9a-z]+$/);
    expect(datasetIdFromFileName('数据.csv')).toBe(chinese);
    expect(datasetIdFromFileName('资料.csv')).not.toBe(chinese);
    expect(titleFromFileName('  My data.csv ')).toBe('My data');
    expect(titleFromFileName('.csv')).toBe('.csv');
    expect(titleFromFileName('')).toBe('import');
    expect(titleFromFileName(`${'长'.repeat(100)}.csv`).length).toBeLessThanOrEqual(81);
  });

  it('splits lists, looks up vocabularies by id or label, and lists allowed ids', () => {
    expect(splitList(' a; b ;;c ')).toEqual(['a', 'b', 'c']);
    expect(splitList('')).toEqual([]);
    const lookup = vocabularyLookup(mini.organisationTypes);
    expect(lookup('private-enterprise')).toBe('private-enterprise');
    expect(lookup('民营企业')).toBe('private-enterprise');
    expect(lookup('Private Enterprises')).toBe('private-enterprise');
    expect(lookup('PRIVATE-ENTERPRISE')).toBe('private-enterprise');
    expect(lookup('nobody')).toBeUndefined();
    expect(allowedList([{ id: 'a' }, { id: 'b' }])).toBe('a, b');
    const many = Array.from({ length: 13 }, (_, i) => ({ id: `t${i}` }));
    expect(allowedList(many)).toBe(
      `${many
        .slice(0, 12)
        .map((e) => e.id)
        .join(', ')}, …`,
    );
    expect(allowedList(many.slice(0, 12))).not.toContain('…');
  });

  it('accepts real calendar days and plain or grouped numbers only', () => {
    expect(isRealDay('2022-09-04')).toBe(true);
    expect(isRealDay('2024-02-29')).toBe(true);
    expect(isRealDay('2022-02-29')).toBe(false);
    expect(isRealDay('2022-09-31')).toBe(false);
    expect(isRealDay('2022-9-4')).toBe(false);
    expect(isRealDay('x2022-09-04')).toBe(false);
    for (const ok of ['0', '168000', '168,000', '1,234,567.5', '16.8', '1e3', '2E+4'])
      expect(NUMBER.test(ok), ok).toBe(true);
    for (const bad of ['', '1,23', '12,3456', '-1', '1.', '.5', '1,000,00', 'x1'])
      expect(NUMBER.test(bad), bad).toBe(false);
    expect(nowIso()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);
  });
});
