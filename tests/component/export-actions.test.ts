import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDataset } from '../../src/data/model';
import { useAtlasStore } from '../../src/store/store';
import { miniDatasetJson } from '../fixtures/mini-dataset';
import { readJson } from '../fixtures/load';
import type { DatasetJson } from '../../src/data/schema';
import { BUNDLED_SOURCE_TEXT_URL, BUNDLED_TEXT_FILE } from '../../src/data/queries';
import { importText } from '../../src/import/import-file';

/**
 * The export actions read the one visible set: what the user sees (filters, timeline cursor) is
 * what the visible-data files hold. Downloads are captured instead of saved.
 */
const saved: Array<{ blob: Blob; name: string }> = [];
vi.mock('../../src/ui/download', () => ({
  downloadBlob: (blob: Blob, name: string) => saved.push({ blob, name }),
}));
vi.mock('../../src/charts/chart', () => import('./support/chart-stub'));

const { exportData, exportEvidencePack } = await import('../../src/features/export/export-actions');

/** The bytes of a Blob (jsdom's Blob has no `arrayBuffer`; its FileReader does). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
async function textOf(blob: Blob): Promise<string> {
  return new TextDecoder().decode(await bytesOf(blob));
}
/** Effort ids of a CSV export, in order, once each. */
function csvEffortIds(text: string): string[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true });
  return [...new Set(parsed.data.map((r) => r.effort_id!))];
}

beforeEach(() => {
  saved.length = 0;
  useAtlasStore.getState().registerDataset(buildDataset(miniDatasetJson()), { origin: { kind: 'bundled' } });
});

describe('visible-data export', () => {
  it('holds the efforts that pass the filters', async () => {
    useAtlasStore.getState().toggleFilter('organisationTypes', 'private-enterprise');
    exportData('visible-csv');
    expect(csvEffortIds(await textOf(saved[0]!.blob))).toEqual(['pzh-transport', 'pzh-donation']);
    expect(saved[0]!.name).toMatch(/data-visible.*\.csv$/);
  });

  it('follows the timeline cursor (undated efforts drop out), in CSV and JSON', async () => {
    useAtlasStore.getState().applyView({ period: '2022-09-03' });
    exportData('visible-csv');
    expect(csvEffortIds(await textOf(saved[0]!.blob))).toEqual(['pzh-donation']);
    exportData('visible-json');
    const json = JSON.parse(await textOf(saved[1]!.blob)) as { efforts: Array<{ id: string }>; view: object };
    expect(json.efforts.map((e) => e.id)).toEqual(['pzh-donation']);
    expect(json.view).toMatchObject({ period: '2022-09-03' });
  });

  it('the full export ignores the view; CSV starts with a BOM and guards formulas', async () => {
    const json = miniDatasetJson();
    json.efforts[0]!.summary.zh = '=HYPERLINK("http://evil")';
    useAtlasStore.getState().registerDataset(buildDataset(json), { origin: { kind: 'bundled' } });
    useAtlasStore.getState().applyView({ period: '2022-09-03' });
    exportData('full-csv');
    const bytes = await bytesOf(saved[0]!.blob);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await textOf(saved[0]!.blob);
    expect(csvEffortIds(text)).toEqual(['cd-volunteers', 'pzh-transport', 'pzh-donation']);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('the evidence pack holds the visible efforts and says why images are missing', async () => {
    useAtlasStore.getState().applyView({ period: '2022-09-03', lang: 'en' });
    await exportEvidencePack();
    const files = unzipSync(await bytesOf(saved[0]!.blob));
    expect(Object.keys(files).sort()).toEqual([
      'README.md',
      'data.csv',
      'data.json',
      'dataset.json',
      'provenance.json',
    ]);
    expect(csvEffortIds(strFromU8(files['data.csv']!))).toEqual(['pzh-donation']);
    const provenance = JSON.parse(strFromU8(files['provenance.json']!)) as { figures: unknown[] };
    expect(provenance.figures).toHaveLength(2);
    expect(strFromU8(files['README.md']!)).toMatch(/No map image/);
    // The mini dataset has no report text: the pack says its quotes are unverified.
    expect(strFromU8(files['README.md']!)).toContain('**Unverified: no source text.**');
    expect(JSON.parse(strFromU8(files['provenance.json']!))).toMatchObject({ quotes: 'unverified' });
  });

  it('the evidence pack of an imported dataset holds it whole, with its text, and imports back equal', async () => {
    const json = readJson<DatasetJson>('tests/fixtures/with-text/dataset.json');
    const meta = {
      id: json.id,
      fileName: 'd.json',
      kind: 'json' as const,
      importedAt: '2025-01-01T00:00:00Z',
      bytes: 1,
    };
    useAtlasStore
      .getState()
      .registerDataset(buildDataset(json), { origin: { kind: 'imported', meta }, activate: true });
    useAtlasStore.getState().applyView({ lang: 'zh' });
    await exportEvidencePack();
    const files = unzipSync(await bytesOf(saved[0]!.blob));
    const readme = strFromU8(files['README.md']!);
    expect(readme).toContain('原文内嵌于 `dataset.json` 的 `source.text`；每条引文均已与之逐字核对。');
    expect(readme).toContain('`dataset.json` — 完整数据集（JSON，内嵌报告原文，可重新导入）');
    expect(JSON.parse(strFromU8(files['provenance.json']!))).toMatchObject({ quotes: 'verified' });
    // The visible data leaves the text to dataset.json.
    expect(JSON.parse(strFromU8(files['data.json']!)).source).not.toHaveProperty('text');
    const back = importText(strFromU8(files['dataset.json']!), {
      fileName: 'dataset.json',
      vocabularies: miniDatasetJson(),
    });
    expect(back.ok && back.value.dataset).toEqual(json);
  });

  it('the evidence pack of the bundled dataset embeds the bundled report', async () => {
    const quotes = miniDatasetJson().efforts.flatMap((e) => [
      e.quote,
      e.date?.quote ?? '',
      ...e.measures.map((m) => m.quote),
    ]);
    const report = quotes.join('。\n');
    const fetchSpy = vi.fn(async () => new Response(report));
    vi.stubGlobal('fetch', fetchSpy);
    const json = miniDatasetJson();
    json.source.textFile = BUNDLED_TEXT_FILE;
    useAtlasStore.getState().registerDataset(buildDataset(json), { origin: { kind: 'bundled' } });
    await exportEvidencePack();
    vi.unstubAllGlobals();
    expect(fetchSpy).toHaveBeenCalledWith(BUNDLED_SOURCE_TEXT_URL);
    const files = unzipSync(await bytesOf(saved[0]!.blob));
    const dataset = JSON.parse(strFromU8(files['dataset.json']!)) as DatasetJson;
    expect(dataset).toEqual({ ...json, source: { ...json.source, text: report } });
    expect(importText(strFromU8(files['dataset.json']!), { fileName: 'p.json', vocabularies: json }).ok).toBe(
      true,
    );
  });
});
