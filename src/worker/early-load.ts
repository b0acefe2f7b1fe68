import type { WorkerReply, WorkerRequest } from './protocol';

/**
 * A linked dataset (`?dataset=…`) is downloaded, validated and indexed by the data worker. Started
 * by the app's entry module, the worker began its download ≈ 0.7 s after navigation (the entry had
 * to arrive and be evaluated first). The first-paint script, which runs before the body is parsed,
 * starts it instead: it creates the worker and sends the request at once, and keeps what the worker
 * answers until the app's worker client adopts the worker and claims the request (client.ts).
 *
 * Nothing here validates or shows anything: the worker runs the same validation either way, and
 * the page shows the data only through the client, as before.
 */

/** The request id of the early load (the client numbers its own requests from 1). */
export const EARLY_REQUEST_ID = 0;

export interface EarlyLoad {
  worker: Worker;
  /** The absolute URL requested. */
  url: string;
  /** What the worker answered before the client took over, in order. */
  replies: WorkerReply[];
  /** Set when the worker failed to start or crashed before the client took over. */
  error: string | null;
}

const KEY = '__tongxinEarlyLoad';
type WithEarlyLoad = { [KEY]?: EarlyLoad };

/** Start the data worker on `url` (absolute) with the worker script at `workerUrl`. */
export function startEarlyLoad(workerUrl: string, url: string): void {
  let worker: Worker;
  try {
    worker = new Worker(workerUrl, { type: 'module' });
  } catch {
    return; // The client then starts its own worker, or runs on the page, as without this.
  }
  const early: EarlyLoad = { worker, url, replies: [], error: null };
  worker.onmessage = (event: MessageEvent<WorkerReply>) => early.replies.push(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    early.error = event.message || 'unknown error';
  };
  const request: WorkerRequest = { id: EARLY_REQUEST_ID, kind: 'dataset-url', url };
  worker.postMessage(request);
  (window as WithEarlyLoad)[KEY] = early;
}

/** The early load, once: the client takes it over (null where none was started). */
export function takeEarlyLoad(): EarlyLoad | null {
  const w = window as WithEarlyLoad;
  const early = w[KEY] ?? null;
  delete w[KEY];
  return early;
}
