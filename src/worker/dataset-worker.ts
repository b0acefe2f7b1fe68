/**
 * The dataset worker: validation, modelling and indexing of a dataset, and the parsing of a user's
 * import, off the page's main thread, so a 100,000-effort file or a 5 MB CSV never freezes the tab.
 * It runs exactly the validators the page would run; it only moves where they run.
 */
import { effortIndexOf, type EffortIndex } from '../aggregates/effort-index';
import type { Dataset } from '../data/model';
import { loadRegionRegistry } from '../data/region-registry';
import { importFiles } from '../import/import-file';
import { serializeDataset } from '../data/serialized-dataset';
import type { LoadPhase, WorkerReply, WorkerRequest } from './protocol';
import { readText } from './read-text';
import { modelDatasetBytes, modelDatasetText, type Modelled } from './validate';

/** Efforts per message: each slice is taken in by the page in a short task. */
const SLICE = 1000;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: WorkerReply, transfer: Transferable[] = []): void => scope.postMessage(reply, transfer);

/** The buffers of the index's typed arrays, each once (transferred to the page, not copied). */
function buffersOf(index: EffortIndex): ArrayBuffer[] {
  const arrays = [
    index.typeMask,
    index.activityMask,
    index.region,
    index.prefecture,
    index.dataset,
    index.start,
    index.end,
    index.orgType,
    index.orgStart,
    index.orgs,
    index.measureEffort,
    index.measureLow,
    index.measureHigh,
    index.measureQualifier,
    ...index.unitMeasures.values(),
  ];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/**
 * The dataset in parts (see WorkerReply). The index is built after the efforts are posted: the page
 * takes the slices in (its main thread) while this thread builds the index, instead of one after
 * the other.
 */
function sendDataset(id: number, dataset: Dataset): void {
  const { efforts } = dataset;
  post({ id, kind: 'head', dataset: { ...dataset, efforts: [] }, total: efforts.length });
  for (let i = 0; i < efforts.length; i += SLICE) {
    post({ id, kind: 'efforts', efforts: efforts.slice(i, i + SLICE) });
  }
  const index = effortIndexOf(dataset);
  post({ id, kind: 'done', index }, index ? buffersOf(index) : []);
}

async function handle(request: WorkerRequest): Promise<void> {
  const { id } = request;
  if (request.kind === 'import') {
    const result = await importFiles(request.files, request.options);
    post({
      id,
      kind: 'imported',
      result,
      ...(result.ok ? { serialized: serializeDataset(result.value.dataset) } : {}),
    });
    return;
  }
  const phase = (p: LoadPhase): void => post({ id, kind: 'progress', progress: { phase: p } });
  let result: Modelled;
  if (request.kind === 'dataset-url') {
    phase('download');
    const response = await fetch(request.url);
    if (!response.ok) throw new Error(`${request.url}: HTTP ${response.status}`);
    const [text, registry] = await Promise.all([readText(response), loadRegionRegistry()]);
    result = modelDatasetText(text, phase, registry);
  } else {
    result = modelDatasetBytes(request.bytes, phase, await loadRegionRegistry());
  }
  if (!result.ok) post({ id, kind: 'invalid', errors: result.errors });
  else sendDataset(id, result.dataset);
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  handle(event.data).catch((e: unknown) =>
    post({
      id: event.data.id,
      kind: 'failed',
      message: (e instanceof Error ? e.message : String(e)).slice(0, 300),
    }),
  );
};
