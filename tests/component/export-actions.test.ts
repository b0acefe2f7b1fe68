import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDataset } from '../../src/data/model';
import { useAtlasStore } from '../../src/store/store';
import { miniDatasetJson } from '../fixtures/mini-dataset';

/**
 * The export actions read the one visible set: what the user sees (filters, timeline cursor) is
 * what the visible-data files hold. Downloads are captured instead of saved.
 */
const saved: Array<{ blob: Blob; name: string }> = [];
vi.mock('../../src/features/export/download', () => ({
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
    expect(Object.keys(files).sort()).toEqual(['README.md', 'data.csv', 'data.json', 'provenance.json']);
    expect(csvEffortIds(strFromU8(files['data.csv']!))).toEqual(['pzh-donation']);
    const provenance = JSON.parse(strFromU8(files['provenance.json']!)) as { figures: unknown[] };
    expect(provenance.figures).toHaveLength(2);
    expect(strFromU8(files['README.md']!)).toMatch(/No map image/);
  });
});
