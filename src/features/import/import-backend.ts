import { defaultBackend, type StorageBackend } from '../../storage/dataset-storage';

/**
 * The import feature's services (not state: nothing renders from them): where imported datasets
 * are kept, and the once-per-page restore of earlier imports. Its state (status, origins) lives
 * in the workspace store.
 */
const services: { backend: StorageBackend | null; restore: Promise<void> | null } = {
  backend: null,
  restore: null,
};

export function storageBackend(): StorageBackend {
  services.backend ??= defaultBackend();
  return services.backend;
}

/** The restore of stored imports, started once per page. */
export function restoreOnce(run: () => Promise<void>): Promise<void> {
  services.restore ??= run();
  return services.restore;
}

/** Tests: fresh services, optionally with a given storage backend. */
export function resetImportServices(backend: StorageBackend | null = null): void {
  services.backend = backend;
  services.restore = null;
}
