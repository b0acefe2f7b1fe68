import { parseDatasetText } from '../data/parse-dataset';
import type { RegionRegistry } from '../data/region-registry';
import type { DatasetJson } from '../data/schema';
import { serializeDataset, type SerializedDataset } from '../data/serialized-dataset';
import { MAX_IMPORTED_DATASETS, STORAGE_LIMIT_BYTES } from '../import/limits';

/** What is kept of an imported dataset between visits (the dataset is re-validated on restore). */
export interface StoredDataset {
  id: string;
  fileName: string;
  kind: 'json' | 'csv';
  /** ISO 8601. */
  importedAt: string;
  /** UTF-8 size of `text`. */
  bytes: number;
  /** The validated dataset as JSON text. */
  text: string;
}

export type StoredMeta = Omit<StoredDataset, 'text'>;

/** Where records live: IndexedDB in the browser, memory in tests or when IndexedDB is unavailable. */
export interface StorageBackend {
  getAll(): Promise<unknown[]>;
  put(record: StoredDataset): Promise<void>;
  delete(id: string): Promise<void>;
}

export type SaveResult =
  | { ok: true; meta: StoredMeta }
  | { ok: false; reason: 'full'; used: number; max: number }
  | { ok: false; reason: 'count'; max: number }
  | { ok: false; reason: 'unavailable'; message: string };

export interface LoadResult {
  datasets: Array<{ meta: StoredMeta; json: DatasetJson }>;
  /** Records that were unreadable or no longer valid; they have been deleted. */
  discarded: number;
}

function isStoredDataset(r: unknown): r is StoredDataset {
  if (typeof r !== 'object' || r === null) return false;
  const o = r as Record<string, unknown>;
  return (
    typeof o.id === 'string' &&
    typeof o.fileName === 'string' &&
    (o.kind === 'json' || o.kind === 'csv') &&
    typeof o.importedAt === 'string' &&
    typeof o.bytes === 'number' &&
    typeof o.text === 'string'
  );
}

const metaOf = ({ text: _text, ...meta }: StoredDataset): StoredMeta => meta;

/**
 * Every stored dataset, validated again (against the region registry when given, as at import);
 * corrupted records are deleted and counted, never thrown.
 */
export async function loadStoredDatasets(
  backend: StorageBackend,
  registry?: RegionRegistry,
): Promise<LoadResult> {
  let records: unknown[];
  try {
    records = await backend.getAll();
  } catch {
    return { datasets: [], discarded: 0 };
  }
  const datasets: LoadResult['datasets'] = [];
  let discarded = 0;
  for (const r of records) {
    const parsed =
      isStoredDataset(r) && r.text.length <= STORAGE_LIMIT_BYTES ? parseDatasetText(r.text, registry) : null;
    if (
      parsed?.ok &&
      isStoredDataset(r) &&
      parsed.value.id === r.id &&
      datasets.length < MAX_IMPORTED_DATASETS
    ) {
      datasets.push({ meta: metaOf(r), json: parsed.value });
      continue;
    }
    discarded += 1;
    const id = (r as { id?: unknown } | null)?.id;
    if (typeof id === 'string') await backend.delete(id).catch(() => undefined);
  }
  datasets.sort((a, b) => a.meta.importedAt.localeCompare(b.meta.importedAt));
  return { datasets, discarded };
}

/**
 * Keep a validated dataset, unless it would take the total over the storage limit. `serialized`:
 * `serializeDataset(json)` when it was already made (by the data worker); made here otherwise.
 */
export async function saveDataset(
  backend: StorageBackend,
  meta: Omit<StoredMeta, 'bytes'>,
  json: DatasetJson,
  serialized: SerializedDataset = serializeDataset(json),
): Promise<SaveResult> {
  const { text, bytes } = serialized;
  let others: StoredDataset[];
  try {
    others = (await backend.getAll()).filter(isStoredDataset).filter((r) => r.id !== meta.id);
  } catch (e) {
    return { ok: false, reason: 'unavailable', message: String(e) };
  }
  const used = others.reduce((sum, r) => sum + r.bytes, 0);
  if (used + bytes > STORAGE_LIMIT_BYTES) {
    return { ok: false, reason: 'full', used: used + bytes, max: STORAGE_LIMIT_BYTES };
  }
  if (others.length + 1 > MAX_IMPORTED_DATASETS)
    return { ok: false, reason: 'count', max: MAX_IMPORTED_DATASETS };
  const record: StoredDataset = { ...meta, bytes, text };
  try {
    await backend.put(record);
  } catch (e) {
    // The browser's own quota (QuotaExceededError) or private browsing.
    const name = (e as { name?: unknown } | null)?.name;
    if (name === 'QuotaExceededError')
      return { ok: false, reason: 'full', used: used + bytes, max: STORAGE_LIMIT_BYTES };
    return { ok: false, reason: 'unavailable', message: String(e) };
  }
  return { ok: true, meta: metaOf(record) };
}

export async function deleteStoredDataset(backend: StorageBackend, id: string): Promise<void> {
  await backend.delete(id);
}

export function memoryBackend(initial: unknown[] = []): StorageBackend & { records: Map<string, unknown> } {
  const records = new Map<string, unknown>();
  initial.forEach((r, i) => {
    const id = (r as { id?: unknown } | null)?.id;
    records.set(typeof id === 'string' ? id : `#${i}`, r);
  });
  return {
    records,
    getAll: () => Promise.resolve([...records.values()].map((r) => structuredClone(r))),
    put: (record) => {
      records.set(record.id, structuredClone(record));
      return Promise.resolve();
    },
    delete: (id) => {
      records.delete(id);
      return Promise.resolve();
    },
  };
}

const DB_NAME = 'tongxin-atlas';
const STORE = 'imported-datasets';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** IndexedDB, opened lazily; one object store keyed by dataset id. */
export function indexedDbBackend(factory: IDBFactory = indexedDB): StorageBackend {
  let db: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> => {
    db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(DB_NAME, 1);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE))
          req.result.createObjectStore(STORE, { keyPath: 'id' });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB is unavailable'));
      req.onblocked = () => reject(new Error('IndexedDB is blocked'));
    }).catch((e: unknown) => {
      db = null;
      throw e;
    });
    return db;
  };
  const tx = async <T>(mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const store = (await open()).transaction(STORE, mode).objectStore(STORE);
    return request(run(store));
  };
  return {
    getAll: () => tx('readonly', (s) => s.getAll()),
    put: async (record) => {
      await tx('readwrite', (s) => s.put(record));
    },
    delete: async (id) => {
      await tx('readwrite', (s) => s.delete(id));
    },
  };
}

/** The backend for this browser: IndexedDB when present, else memory (nothing kept across reloads). */
export function defaultBackend(): StorageBackend {
  return typeof indexedDB === 'undefined' ? memoryBackend() : indexedDbBackend();
}
