import type { LocalizedText } from '../data/schema';
import type { Draft } from '../workbench/draft-types';
import { checkDraftShape } from '../workbench/draft-shape';

/**
 * Workbench drafts between visits (issue 14: "nothing is lost on reload or a closed tab"). One
 * IndexedDB database of their own (not the imported datasets'), one record per draft keyed by its
 * id; memory when IndexedDB is missing or refuses to open (then nothing outlives the page, and
 * `persistent()` says so). A record that is not a sound draft is skipped and reported, never thrown,
 * and never deleted: it is someone's work.
 */

/** What the start screen lists of a draft. */
export interface DraftSummary {
  id: string;
  title: LocalizedText;
  /** ISO 8601, stamped by `saveDraft`. */
  updatedAt: string;
  efforts: number;
  /** Characters (UTF-16 code units) of the report's text. */
  textLength: number;
}

/** A record that could not be read as a draft: its id when it has one, and the first field at fault. */
export interface SkippedDraft {
  id: string | null;
  field: string;
}

export interface DraftList {
  /** Most recently saved first. */
  drafts: DraftSummary[];
  skipped: SkippedDraft[];
  /** Set when the storage itself could not be read (the lists are then empty). */
  error: string | null;
}

export type LoadDraftResult =
  | { ok: true; draft: Draft }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'corrupted'; field: string }
  | { ok: false; reason: 'unavailable'; message: string };

export type SaveDraftResult =
  | { ok: true; draft: Draft }
  | { ok: false; reason: 'invalid'; field: string }
  | { ok: false; reason: 'full' | 'unavailable'; message: string };

export interface DraftBackend {
  getAll(): Promise<unknown[]>;
  get(id: string): Promise<unknown>;
  put(draft: Draft): Promise<void>;
  delete(id: string): Promise<void>;
  /** Whether what is saved outlives the page (false for memory). */
  persistent(): boolean;
}

const idOf = (r: unknown): string | null => {
  const id = (r as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
};

const message = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

const summaryOf = (d: Draft): DraftSummary => ({
  id: d.id,
  title: { zh: d.title.zh, en: d.title.en },
  updatedAt: d.updatedAt,
  efforts: d.efforts.length,
  textLength: d.source.text.length,
});

export async function listDrafts(backend: DraftBackend = draftBackend()): Promise<DraftList> {
  let records: unknown[];
  try {
    records = await backend.getAll();
  } catch (e) {
    return { drafts: [], skipped: [], error: message(e) };
  }
  const drafts: DraftSummary[] = [];
  const skipped: SkippedDraft[] = [];
  for (const r of records) {
    const field = checkDraftShape(r);
    if (field === null) drafts.push(summaryOf(r as Draft));
    else skipped.push({ id: idOf(r), field });
  }
  drafts.sort((a, b) =>
    a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1,
  );
  return { drafts, skipped, error: null };
}

export async function loadDraft(
  id: string,
  backend: DraftBackend = draftBackend(),
): Promise<LoadDraftResult> {
  let record: unknown;
  try {
    record = await backend.get(id);
  } catch (e) {
    return { ok: false, reason: 'unavailable', message: message(e) };
  }
  if (record === undefined) return { ok: false, reason: 'missing' };
  const field = checkDraftShape(record);
  return field === null ? { ok: true, draft: record as Draft } : { ok: false, reason: 'corrupted', field };
}

/**
 * Keeps the draft, stamped with `updatedAt` = `now` (the saved draft is returned). A draft that would
 * not read back is refused (`invalid`), the browser's quota is `full`.
 */
export async function saveDraft(
  draft: Draft,
  backend: DraftBackend = draftBackend(),
  now: string = new Date().toISOString(),
): Promise<SaveDraftResult> {
  const stamped: Draft = { ...draft, updatedAt: now };
  const field = checkDraftShape(stamped);
  if (field !== null) return { ok: false, reason: 'invalid', field };
  try {
    await backend.put(stamped);
  } catch (e) {
    const name = (e as { name?: unknown } | null)?.name;
    return { ok: false, reason: name === 'QuotaExceededError' ? 'full' : 'unavailable', message: message(e) };
  }
  return { ok: true, draft: stamped };
}

/** Removes a draft; false when the storage refused. */
export async function deleteDraft(id: string, backend: DraftBackend = draftBackend()): Promise<boolean> {
  try {
    await backend.delete(id);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Backends

export function memoryDraftBackend(
  initial: unknown[] = [],
): DraftBackend & { records: Map<string, unknown> } {
  const records = new Map<string, unknown>();
  initial.forEach((r, i) => records.set(idOf(r) ?? `#${i}`, structuredClone(r)));
  return {
    records,
    getAll: () => Promise.resolve([...records.values()].map((r) => structuredClone(r))),
    get: (id) => Promise.resolve(records.has(id) ? structuredClone(records.get(id)) : undefined),
    put: (draft) => {
      records.set(draft.id, structuredClone(draft));
      return Promise.resolve();
    },
    delete: (id) => {
      records.delete(id);
      return Promise.resolve();
    },
    persistent: () => false,
  };
}

export const DRAFT_DB_NAME = 'tongxin-atlas-workbench';
const STORE = 'drafts';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** IndexedDB, opened lazily; one object store keyed by draft id. Operations reject when it fails. */
export function indexedDbDraftBackend(
  factory: IDBFactory = indexedDB,
): DraftBackend & { open(): Promise<IDBDatabase> } {
  let db: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> => {
    db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(DRAFT_DB_NAME, 1);
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
    open,
    getAll: () => tx('readonly', (s) => s.getAll()),
    get: (id) => tx('readonly', (s) => s.get(id)),
    put: async (draft) => {
      await tx('readwrite', (s) => s.put(draft));
    },
    delete: async (id) => {
      await tx('readwrite', (s) => s.delete(id));
    },
    persistent: () => true,
  };
}

/**
 * IndexedDB when the browser has it and it opens; otherwise memory for the rest of the page (private
 * windows of some browsers refuse to open a database).
 */
export function fallbackDraftBackend(factory: IDBFactory | undefined): DraftBackend {
  const memory = memoryDraftBackend();
  if (factory === undefined) return memory;
  const idb = indexedDbDraftBackend(factory);
  let chosen: Promise<DraftBackend> | null = null;
  let current: DraftBackend | null = null;
  const choose = (): Promise<DraftBackend> => {
    chosen ??= idb.open().then(
      () => (current = idb),
      () => (current = memory),
    );
    return chosen;
  };
  return {
    getAll: async () => (await choose()).getAll(),
    get: async (id) => (await choose()).get(id),
    put: async (draft) => (await choose()).put(draft),
    delete: async (id) => (await choose()).delete(id),
    // Until the first operation it is not known; IndexedDB is assumed.
    persistent: () => (current ?? idb).persistent(),
  };
}

let shared: DraftBackend | null = null;

/** The page's draft storage (created on first use). */
export function draftBackend(): DraftBackend {
  shared ??= fallbackDraftBackend(typeof indexedDB === 'undefined' ? undefined : indexedDB);
  return shared;
}

/** Tests: use this backend as the page's (null: create it again on next use). */
export function setDraftBackend(backend: DraftBackend | null): void {
  shared = backend;
}
