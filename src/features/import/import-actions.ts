import { buildDataset, type Dataset } from '../../data/model';
import { findClashes } from '../../aggregates/union';
import { loadRegionRegistry } from '../../data/region-registry';
import { importFiles, isSourceTextFile } from '../../import/import-file';
import { importInWorker, workersAvailable } from '../../worker/client';
import { capIssues, clip, fileIssue, type ImportIssue } from '../../import/issues';
import { formatBytes } from '../../i18n/import-issues';
import { datasetToJson } from '../../import/to-json';
import { templateCsv } from '../../import/csv-export';
import type { Vocabularies } from '../../import/csv-import';
import { deleteStoredDataset, loadStoredDatasets, saveDataset } from '../../storage/dataset-storage';
import { useAtlasStore } from '../../store/store';
import { selectBundledId } from '../../store/datasets-slice';
import { restoreOnce, storageBackend } from './import-backend';

function bundledId(): string | null {
  return selectBundledId(useAtlasStore.getState());
}

function vocabularies(): Vocabularies {
  const id = bundledId();
  const ds = id ? useAtlasStore.getState().datasets[id] : undefined;
  if (!ds) return { units: [], organisationTypes: [], activities: [], regions: [] };
  return {
    units: ds.units,
    organisationTypes: ds.organisationTypes,
    activities: ds.activities,
    regions: ds.regions,
  };
}

/** The file a loaded dataset came from (its import's file name, or the bundled dataset's id). */
function fileNameOf(id: string): string {
  const origin = useAtlasStore.getState().origins[id];
  return origin?.kind === 'imported' ? origin.meta.fileName : `${id}.json`;
}

/** Where `dataset` (from the file `name`) gives a loaded report's id another meaning, as located issues. */
function clashIssues(dataset: Dataset, name: string): ImportIssue[] {
  const { datasets, datasetOrder } = useAtlasStore.getState();
  const loaded = datasetOrder.flatMap((id) => (datasets[id] ? [datasets[id]] : []));
  return findClashes(loaded, dataset).map((c) => ({
    location: { kind: 'path', path: c.path },
    code: 'datasetClash',
    params: {
      list: c.path.slice(0, c.path.indexOf('[')),
      id: clip(c.id),
      file: clip(name),
      incoming: clip(c.incoming, 120),
      existing: clip(c.existing, 120),
      otherFile: clip(fileNameOf(c.existingDataset)),
      otherDataset: c.existingDataset,
    },
  }));
}

/**
 * Import the files chosen or dropped together — one dataset, optionally with its report's text
 * (.txt or .md), whose quotes are then checked against it: validate, then (only if valid) register
 * it in the workspace and keep it in storage with its text. A bad file changes nothing already
 * loaded; its problems are shown in the panel.
 */
export async function importDatasetFiles(files: readonly File[]): Promise<void> {
  const name = files.map((f) => f.name).join(' + ');
  const { setImportStatus } = useAtlasStore.getState();
  setImportStatus({ kind: 'busy', name });
  // Let the "checking…" status paint before the parse (on the page where workers are unavailable).
  await new Promise((resolve) => setTimeout(resolve, 0));
  const reserved = [bundledId()].filter((id): id is string => id !== null);
  let result: Awaited<ReturnType<typeof importInWorker>>;
  try {
    // Read, parsed and validated in the data worker: a 5 MB CSV does not freeze the tab.
    const options = { vocabularies: vocabularies(), reservedIds: reserved };
    result = await (workersAvailable() ? importInWorker(files, options) : importFiles(files, options));
  } catch (e) {
    result = { ok: false, errors: [fileIssue('unexpected', { message: String(e).slice(0, 160) })] };
  }
  if (!result.ok) {
    setImportStatus({ kind: 'failed', name, issues: result.errors });
    return;
  }
  const { dataset: json, kind } = result.value;
  const dataset = buildDataset(json);
  const clashes = clashIssues(dataset, name);
  if (clashes.length > 0) {
    // Nothing already loaded changes: the file is refused as a whole.
    setImportStatus({ kind: 'failed', name, issues: capIssues(clashes) });
    return;
  }
  const importedAt = new Date().toISOString();
  // The dataset file's name (the report text, if any, is named in `source.textFile`).
  const fileName = files.find((f) => !isSourceTextFile(f.name))?.name ?? name;
  // Serialised in the worker when it did the import (a 5 MB file's text is ≈ 100 ms on the page).
  const saved = await saveDataset(
    storageBackend(),
    { id: json.id, fileName, kind, importedAt },
    json,
    'serialized' in result ? result.serialized : undefined,
  );
  const meta = saved.ok ? saved.meta : { id: json.id, fileName, kind, importedAt, bytes: 0 };
  useAtlasStore.getState().registerDataset(dataset, { origin: { kind: 'imported', meta } });
  setImportStatus({ kind: 'done', id: json.id });
  if (!saved.ok) {
    const lang = useAtlasStore.getState().view.lang;
    const title = dataset.title[lang].slice(0, 80);
    useAtlasStore.getState().pushNotice(
      saved.reason === 'full'
        ? {
            kind: 'warning',
            key: 'importStorageFull',
            params: { title, used: formatBytes(saved.used), max: formatBytes(saved.max) },
          }
        : saved.reason === 'count'
          ? { kind: 'warning', key: 'importStorageCount', params: { title, max: saved.max } }
          : {
              kind: 'warning',
              key: 'importStorageUnavailable',
              params: { title, message: saved.message.slice(0, 120) },
            },
    );
  }
}

/** Restore the datasets kept from earlier visits (once per page); damaged ones are discarded with a notice. */
export function restoreImportedDatasets(): Promise<void> {
  return restoreOnce(async () => {
    const registry = await loadRegionRegistry().catch(() => undefined);
    const { datasets, discarded } = await loadStoredDatasets(storageBackend(), registry);
    const reserved = bundledId();
    for (const { meta, json } of datasets) {
      if (json.id === reserved) continue;
      const dataset = buildDataset(json);
      // Kept from before clashes were refused: such a dataset stays in storage but is not loaded.
      const clashes = clashIssues(dataset, meta.fileName);
      if (clashes.length > 0) {
        useAtlasStore.getState().pushNotice({
          kind: 'warning',
          key: 'importRestoreClash',
          params: { file: clip(meta.fileName) },
          details: clashes.map((c) => `${c.location.kind === 'path' ? c.location.path : ''} ${c.params.id}`),
        });
        continue;
      }
      useAtlasStore.getState().registerDataset(dataset, { origin: { kind: 'imported', meta } });
    }
    if (discarded > 0) {
      useAtlasStore
        .getState()
        .pushNotice({ kind: 'warning', key: 'importStorageCorrupt', params: { count: discarded } });
    }
  })
    .catch(() => undefined)
    .finally(() => useAtlasStore.getState().setRestored());
}

export async function removeImportedDataset(id: string): Promise<void> {
  const ds = useAtlasStore.getState().datasets[id];
  const lang = useAtlasStore.getState().view.lang;
  const { removeDataset, importStatus, setImportStatus } = useAtlasStore.getState();
  removeDataset(id);
  if (importStatus.kind === 'done' && importStatus.id === id) setImportStatus({ kind: 'idle' });
  await deleteStoredDataset(storageBackend(), id).catch(() => undefined);
  if (ds) {
    useAtlasStore
      .getState()
      .pushNotice({ kind: 'info', key: 'importRemoved', params: { title: ds.title[lang].slice(0, 80) } });
  }
}

/** The CSV template (header and two example rows of the bundled dataset), as a download. */
export function downloadTemplate(): void {
  const id = bundledId();
  const ds = id ? useAtlasStore.getState().datasets[id] : undefined;
  if (!ds) return;
  const blob = new Blob([templateCsv(datasetToJson(ds))], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'tongxin-atlas-template.csv';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
