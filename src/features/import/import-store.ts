import { create } from 'zustand';
import type { ImportIssue } from '../../import/issues';
import { defaultBackend, type StorageBackend, type StoredMeta } from '../../storage/dataset-storage';

export type ImportStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; name: string }
  | { kind: 'done'; id: string }
  | { kind: 'failed'; name: string; issues: ImportIssue[] };

interface ImportState {
  /** Imported datasets (by id): where they came from. Datasets in the workspace without meta are bundled. */
  meta: Record<string, StoredMeta>;
  status: ImportStatus;
  /** Where imported datasets are kept (replaced in tests). */
  backend: StorageBackend | null;
  /** Set once the stored datasets have been restored (once per page). */
  restore: Promise<void> | null;
}

/** State of the import feature, kept apart from the workspace store. */
export const useImportStore = create<ImportState>()(() => ({
  meta: {},
  status: { kind: 'idle' },
  backend: null,
  restore: null,
}));

export function storageBackend(): StorageBackend {
  const { backend } = useImportStore.getState();
  if (backend) return backend;
  const created = defaultBackend();
  useImportStore.setState({ backend: created });
  return created;
}

const initial = useImportStore.getState();

/** Tests: a fresh import state, optionally with a given storage backend. */
export function resetImportStore(backend: StorageBackend | null = null): void {
  useImportStore.setState({ ...initial, backend }, true);
}
