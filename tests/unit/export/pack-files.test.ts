import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/model';
import { DEFAULT_VIEW } from '../../../src/domain/view';
import { fullDatasetJson, visibleDataJson } from '../../../src/export/data-json';
import { zipPack } from '../../../src/export/pack';
import { buildProvenance } from '../../../src/export/provenance';
import { buildReadme } from '../../../src/export/readme';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

/** The files of an evidence pack, as a reader of the pack gets them. */
const json = miniDatasetJson();
const mini = buildDataset(json);
const NOW = new Date(Date.UTC(2025, 0, 2, 10, 30));

describe('evidence pack files', () => {
  it('provenance: each figure with its effort, path, region, unit, qualifier, wording and quote', () => {
    const p = buildProvenance(mini, [mini.efforts[2]!]);
    expect(p).toEqual({
      datasetId: 'mini',
      datasetVersion: null,
      source: { title: '测试报告', url: 'http://example.org/', publishedAt: '2022-09-09T11:30:43+08:00' },
      reports: [
        {
          datasetId: 'mini',
          datasetVersion: null,
          source: { title: '测试报告', url: 'http://example.org/', publishedAt: '2022-09-09T11:30:43+08:00' },
        },
      ],
      figures: [
        {
          effortId: 'pzh-donation',
          datasetId: 'mini',
          path: 'efforts[2].measures[0]',
          region: { code: '510400', zh: '攀枝花市', en: 'Panzhihua' },
          value: 168000,
          range: null,
          unit: { id: 'yuan', zh: '元', en: 'yuan' },
          qualifier: 'exact',
          figure: '16.8万元',
          label: { zh: '捐资', en: 'donations' },
          quote: '捐资16.8万元',
          organisations: [
            {
              id: 'pzh-firm',
              role: 'actor',
              name: { zh: '某运业公司', en: 'A transport firm' },
              type: 'private-enterprise',
              typeBasis: {
                kind: 'inferred',
                reason: { zh: '按所在章节推断', en: 'From the section it is in' },
              },
            },
            {
              id: 'parties',
              role: 'actor',
              name: { zh: '各民主党派', en: 'Democratic parties' },
              type: 'democratic-party',
              typeBasis: { kind: 'stated' },
            },
          ],
        },
        {
          effortId: 'pzh-donation',
          datasetId: 'mini',
          path: 'efforts[2].measures[1]',
          region: { code: '510400', zh: '攀枝花市', en: 'Panzhihua' },
          value: null,
          range: { low: 2000, high: 9999 },
          unit: { id: 'person-times', zh: '人次', en: 'person-times' },
          qualifier: 'approx',
          figure: '数千人次',
          label: { zh: '检测', en: 'tests' },
          quote: '协助完成核酸检测数千人次',
          organisations: [
            {
              id: 'pzh-firm',
              role: 'actor',
              name: { zh: '某运业公司', en: 'A transport firm' },
              type: 'private-enterprise',
              typeBasis: {
                kind: 'inferred',
                reason: { zh: '按所在章节推断', en: 'From the section it is in' },
              },
            },
            {
              id: 'parties',
              role: 'actor',
              name: { zh: '各民主党派', en: 'Democratic parties' },
              type: 'democratic-party',
              typeBasis: { kind: 'stated' },
            },
          ],
        },
      ],
    });
  });

  it('provenance leaves names empty for a region or unit the dataset does not list', () => {
    const odd = {
      ...mini.efforts[0]!,
      regionCode: '519999',
      measures: [{ ...mini.efforts[0]!.measures[0]!, unit: 'cups' }],
    };
    const [figure] = buildProvenance(mini, [odd]).figures;
    expect(figure!.region).toEqual({ code: '519999', zh: '', en: '' });
    expect(figure!.unit).toEqual({ id: 'cups', zh: '', en: '' });
  });

  it('visible data: the view, its words, the vocabularies, and only the regions and organisations used', () => {
    const v = visibleDataJson({
      dataset: mini,
      efforts: [mini.efforts[1]!],
      view: DEFAULT_VIEW,
      viewInWords: 'W',
      permalink: 'P',
      now: NOW,
    }) as Record<string, unknown>;
    expect(v).toMatchObject({
      kind: 'tongxin-atlas/visible-data',
      schemaVersion: 2,
      exportedAt: '2025-01-02T10:30:00.000Z',
      datasetId: 'mini',
      datasetTitle: json.title,
      source: json.source,
      view: DEFAULT_VIEW,
      viewInWords: 'W',
      permalink: 'P',
      units: json.units,
      organisationTypes: json.organisationTypes,
      activities: json.activities,
    });
    expect(Object.keys(v.qualifiers as object)).toEqual(['exact', 'at-least', 'approx']);
    expect((v.regions as Array<{ code: string }>).map((r) => r.code)).toEqual(['510400', '510421']);
    expect((v.organisations as Array<{ id: string }>).map((o) => o.id)).toEqual(['pzh-firm']);
    expect(v.efforts).toEqual([{ ...json.efforts[1], path: 'efforts[1]' }]);
    expect((v.measures as Array<{ path: string }>).map((m) => m.path)).toEqual([
      'efforts[1].measures[0]',
      'efforts[1].measures[1]',
    ]);
  });

  it('full data: the dataset file as it was validated', () => {
    expect(fullDatasetJson(mini)).toEqual(json);
  });

  it('README in both languages (the text a reader of the pack gets)', () => {
    for (const lang of ['zh', 'en'] as const) {
      const readme = buildReadme({
        dataset: mini,
        lang,
        now: NOW,
        permalink: 'https://a.example/?types=x',
        viewInWords: 'VIEW-WORDS',
        viewCitation: 'VIEW-CITATION',
        files: [{ name: 'data.csv', description: 'CSV' }],
        notes: lang === 'zh' ? ['NOTE'] : [],
      });
      expect(
        readme.replace(/\d{4}年\d+月\d+日 \d\d:\d\d|\d+ Jan 2025, \d\d:\d\d/, 'LOCAL-TIME'),
      ).toMatchSnapshot();
    }
  });

  it('zips text deflated and images stored, dated at the export time', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const zip = zipPack(
      [
        { name: 'a.txt', content: '同心'.repeat(100) },
        { name: 'b.png', content: png },
      ],
      NOW,
    );
    const files = unzipSync(zip);
    expect(strFromU8(files['a.txt']!)).toBe('同心'.repeat(100));
    expect([...files['b.png']!]).toEqual([...png]);
    // Local headers: compression method at offset 8 (8 = deflate, 0 = stored).
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    expect(view.getUint16(8, true)).toBe(8);
    const second = zip.findIndex((_b, i) => i > 4 && view.getUint32(i, true) === 0x04034b50);
    expect(view.getUint16(second + 8, true)).toBe(0);
    expect(zip.length).toBeLessThan(600 + png.length);
  });
});
