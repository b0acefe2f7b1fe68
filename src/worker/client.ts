import type { EffortRecord, Dataset } from '../data/model';
import type { ImportOptions } from '../import/import-file';
import type { SerializedDataset } from '../data/serialized-dataset';
import type { ImportFileResult, LoadProgress, WorkerReply, WorkerRequest } from './protocol';
import type { Validated } from './validate';
import { EARLY_REQUEST_ID, takeEarlyLoad } from './early-load';

type Handler = (reply: WorkerReply) => void;

let worker: Worker | null = null;
/** Set when the worker could not run here: everything is then done on the page, as before. */
let unavailable = typeof Worker === 'undefined';
let nextId = 1;
const pending = new Map<number, Handler>();

function failAll(message: string): void {
  for (const [id, handler] of pending) handler({ id, kind: 'failed', message });
  pending.clear();
}

/** The first-paint script's request (early-load.ts), taken over with its worker, until claimed. */
let early: { url: string; replies: WorkerReply[] } | null = null;

/** The worker the first-paint script started, if it did and it is running. */
function adoptEarlyWorker(): Worker | null {
  const started = takeEarlyLoad();
  if (!started) return null;
  if (started.error !== null) {
    started.worker.terminate();
    return null; // As without it: a worker of our own, or the page where that fails too.
  }
  const taken = { url: started.url, replies: started.replies };
  early = taken;
  // Until `loadUrlInWorker` claims the request, what the worker answers to it is kept.
  pending.set(EARLY_REQUEST_ID, (reply) => taken.replies.push(reply));
  return started.worker;
}

function theWorker(): Worker | null {
  if (unavailable) return null;
  if (!worker) {
    worker = adoptEarlyWorker();
    if (!worker) {
      try {
        worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
      } catch {
        unavailable = true;
        return null;
      }
    }
    worker.onmessage = (event: MessageEvent<WorkerReply>) => pending.get(event.data.id)?.(event.data);
    worker.onerror = (event) => {
      // A worker that cannot start (or crashed): fail what it held; the next request runs on the page.
      event.preventDefault();
      unavailable = true;
      worker?.terminate();
      worker = null;
      failAll(`the data worker failed: ${event.message || 'unknown error'}`);
    };
  }
  return worker;
}

function request(message: WorkerRequest, handler: Handler, transfer: Transferable[] = []): void {
  const w = theWorker();
  if (!w) {
    handler({ id: message.id, kind: 'failed', message: 'no worker' });
    return;
  }
  pending.set(message.id, handler);
  w.postMessage(message, transfer);
}

/** Whether the data worker can run here (not in jsdom, not where it failed to start). */
export function workersAvailable(): boolean {
  return theWorker() !== null;
}

/** Start the worker now (its script and the validator load while the page fetches the data). */
export function warmUpWorker(): void {
  theWorker();
}

/** Collects a dataset sent in parts (see WorkerReply) and settles once it is whole. */
function datasetReceiver(
  id: number,
  onProgress: (progress: LoadProgress) => void,
  resolve: (result: Validated) => void,
  reject: (error: Error) => void,
): Handler {
  let head: Dataset | null = null;
  const slices: EffortRecord[][] = [];
  let received = 0;
  let total = 0;
  return (reply) => {
    switch (reply.kind) {
      case 'progress':
        onProgress(reply.progress);
        return;
      case 'head':
        head = reply.dataset;
        total = reply.total;
        onProgress({ phase: 'transfer', done: 0, total });
        return;
      case 'efforts':
        slices.push(reply.efforts);
        received += reply.efforts.length;
        onProgress({ phase: 'transfer', done: received, total });
        return;
      case 'done':
        pending.delete(id);
        if (head) resolve({ ok: true, dataset: { ...head, efforts: slices.flat() }, index: reply.index });
        else reject(new Error('the data worker sent no dataset'));
        return;
      case 'invalid':
        pending.delete(id);
        resolve({ ok: false, errors: reply.errors });
        return;
      case 'failed':
        pending.delete(id);
        reject(new Error(reply.message));
        return;
      default:
        return;
    }
  };
}

/**
 * Validate, model and index a dataset's bytes in the worker (the bytes are transferred to it).
 * Where workers are unavailable, the same functions run on the page.
 */
export function validateInWorker(
  bytes: ArrayBuffer,
  onProgress: (progress: LoadProgress) => void = () => {},
): Promise<Validated> {
  if (theWorker() === null) {
    return Promise.all([import('./validate'), import('../data/region-registry')])
      .then(([m, r]) => Promise.all([m, r.loadRegionRegistry()]))
      .then(([m, registry]) => m.validateDatasetBytes(bytes, (phase) => onProgress({ phase }), registry));
  }
  return new Promise((resolve, reject) => {
    const id = nextId++;
    request({ id, kind: 'dataset', bytes }, datasetReceiver(id, onProgress, resolve, reject), [bytes]);
  });
}

/**
 * Fetch, validate, model and index a dataset in the worker: a large file is never read on the
 * page's thread. Null where workers are unavailable (the caller fetches and validates itself).
 */
export function loadUrlInWorker(
  url: string,
  onProgress: (progress: LoadProgress) => void = () => {},
): Promise<Validated> | null {
  if (theWorker() === null) return null;
  // Resolved against the page: a worker resolves relative URLs against its own script.
  const absolute = new URL(url, document.baseURI).href;
  return new Promise((resolve, reject) => {
    if (early !== null && early.url === absolute) {
      // The first-paint script already asked for it: take its replies so far, then the rest.
      const { replies } = early;
      early = null;
      const receive = datasetReceiver(EARLY_REQUEST_ID, onProgress, resolve, reject);
      pending.set(EARLY_REQUEST_ID, receive);
      for (const reply of replies) receive(reply);
      return;
    }
    const id = nextId++;
    request({ id, kind: 'dataset-url', url: absolute }, datasetReceiver(id, onProgress, resolve, reject));
  });
}

/** An import's result and, from the worker, the dataset's stored form (see `saveDataset`). */
export type ImportedInWorker = ImportFileResult & { serialized?: SerializedDataset };

/** Read and validate a user's file (JSON or CSV) in the worker; on the page where workers are unavailable. */
export function importInWorker(
  files: ReadonlyArray<Blob & { name: string }>,
  options: Omit<ImportOptions, 'fileName' | 'sourceText'>,
): Promise<ImportedInWorker> {
  if (theWorker() === null) return import('../import/import-file').then((m) => m.importFiles(files, options));
  return new Promise((resolve, reject) => {
    const id = nextId++;
    request({ id, kind: 'import', files: [...files], options }, (reply) => {
      pending.delete(id);
      if (reply.kind === 'imported')
        resolve(reply.serialized ? { ...reply.result, serialized: reply.serialized } : reply.result);
      else reject(new Error(reply.kind === 'failed' ? reply.message : `unexpected reply ${reply.kind}`));
    });
  });
}
