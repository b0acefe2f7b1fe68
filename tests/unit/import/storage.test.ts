import { describe, expect, it } from 'vitest';
import {
  deleteStoredDataset,
  loadStoredDatasets,
  memoryBackend,
  saveDataset,
} from '../../../src/storage/dataset-storage';
import { STORAGE_LIMIT_BYTES } from '../../../src/import/limits';
import { miniDatasetJson } from '../../fixtures/mini-dataset';
import { readJson } from '../../fixtures/load';
import type { DatasetJson } from '../../../src/data/schema';
import { serializeDataset } from '../../../src/data/serialized-dataset';

const meta = (id: string) => ({
  id,
  fileName: `${id}.json`,
  kind: 'json' as const,
  importedAt: '2024-01-01T00:00:00Z',
});

describe('dataset storage', () => {
  it('saves, restores (validated again) and deletes', async () => {
    const backend = memoryBackend();
    const ds = miniDatasetJson();
    const saved = await saveDataset(backend, meta('mini'), ds);
    expect(saved.ok && saved.meta.bytes).toBeGreaterThan(100);
    const loaded = await loadStoredDatasets(backend);
    expect(loaded.discarded).toBe(0);
    expect(loaded.datasets.map((d) => d.json)).toEqual([ds]);
    await deleteStoredDataset(backend, 'mini');
    expect((await loadStoredDatasets(backend)).datasets).toEqual([]);
  });

  it('stores the serialised form it is given (made by the data worker), sized in UTF-8 bytes', async () => {
    const ds = miniDatasetJson();
    const serialized = serializeDataset(ds);
    expect(serialized.text).toBe(JSON.stringify(ds));
    // Chinese characters take three bytes each in UTF-8: more bytes than UTF-16 code units.
    expect(serialized.bytes).toBe(Buffer.byteLength(serialized.text, 'utf8'));
    expect(serialized.bytes).toBeGreaterThan(serialized.text.length);
    // Without one, that form is made on the spot.
    const plain = memoryBackend();
    await saveDataset(plain, meta('mini'), ds);
    expect(plain.records.get('mini')).toMatchObject({ text: serialized.text, bytes: serialized.bytes });
    // Given one, it is what is stored, as is (an indented text tells it from one made here).
    const given = { text: JSON.stringify(ds, null, 1), bytes: 12_345 };
    const backend = memoryBackend();
    const saved = await saveDataset(backend, meta('mini'), ds, given);
    expect(saved.ok && saved.meta.bytes).toBe(12_345);
    expect(backend.records.get('mini')).toMatchObject(given);
    // And it is read back as the same dataset.
    expect((await loadStoredDatasets(backend)).datasets.map((d) => d.json)).toEqual([ds]);
  });

  it('keeps a dataset with its report text, and restores it only while its quotes are in that text', async () => {
    const backend = memoryBackend();
    const ds = readJson<DatasetJson>('tests/fixtures/with-text/dataset.json');
    await saveDataset(backend, meta(ds.id), ds);
    const loaded = await loadStoredDatasets(backend);
    expect(loaded.datasets.map((d) => d.json.source.text)).toEqual([ds.source.text]);
    // A record altered in storage so that a quote is no longer in its text is discarded, not shown.
    const record = backend.records.get(ds.id) as { text: string };
    backend.records.set(ds.id, { ...record, text: record.text.replace('1200余户', '1300余户') });
    const again = await loadStoredDatasets(backend);
    expect(again).toEqual({ datasets: [], discarded: 1 });
    expect(backend.records.has(ds.id)).toBe(false);
  });

  it('refuses a dataset that would take the total over the limit, with the numbers', async () => {
    const backend = memoryBackend([{ ...meta('big'), bytes: STORAGE_LIMIT_BYTES - 100, text: '{}' }]);
    const r = await saveDataset(backend, meta('mini'), miniDatasetJson());
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('full');
  });

  it('discards corrupted or invalid records instead of crashing', async () => {
    const valid = { ...meta('mini'), bytes: 10, text: JSON.stringify(miniDatasetJson()) };
    const backend = memoryBackend([
      valid,
      { ...meta('broken'), bytes: 5, text: '{"schemaVersion":' },
      { ...meta('wrong-id'), bytes: 5, text: JSON.stringify(miniDatasetJson()) },
      { id: 'no-fields' },
      null,
      'a string',
    ]);
    const loaded = await loadStoredDatasets(backend);
    expect(loaded.datasets.map((d) => d.meta.id)).toEqual(['mini']);
    expect(loaded.discarded).toBe(5);
    expect([...backend.records.keys()].sort()).toEqual(['#4', '#5', 'mini']);
  });

  it('reports an unavailable store instead of throwing', async () => {
    const backend = { ...memoryBackend(), put: () => Promise.reject(new Error('private mode')) };
    const r = await saveDataset(backend, meta('mini'), miniDatasetJson());
    expect(r).toEqual({ ok: false, reason: 'unavailable', message: 'Error: private mode' });
    const failing = { ...memoryBackend(), getAll: () => Promise.reject(new Error('gone')) };
    expect(await loadStoredDatasets(failing)).toEqual({ datasets: [], discarded: 0 });
  });
});
