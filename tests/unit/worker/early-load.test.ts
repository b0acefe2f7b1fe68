import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatasetError } from '../../../src/data/dataset-errors';
import type { Dataset, EffortRecord } from '../../../src/data/model';
import type { LoadProgress, WorkerReply, WorkerRequest } from '../../../src/worker/protocol';

/** A Worker that records what it is sent and answers only when a test says so. */
class FakeWorker {
  static made: FakeWorker[] = [];
  readonly posted: WorkerRequest[] = [];
  onmessage: ((event: { data: WorkerReply }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
  terminated = false;
  constructor(
    readonly url: string | URL,
    readonly options?: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }
  postMessage(message: WorkerRequest): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: WorkerReply): void {
    this.onmessage?.({ data });
  }
  fail(message: string): boolean {
    let prevented = false;
    this.onerror?.({ message, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

const URL_A = new URL('linked/a.json', document.baseURI).href;
const head = { id: 'linked', efforts: [] } as unknown as Dataset;
const effort = (id: string) => ({ id }) as unknown as EffortRecord;

/** Fresh modules: the client keeps its worker in module state. */
async function modules() {
  vi.resetModules();
  const early = await import('../../../src/worker/early-load');
  const client = await import('../../../src/worker/client');
  return { ...early, ...client };
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});

afterEach(() => {
  vi.unstubAllGlobals();
  delete (window as { __tongxinEarlyLoad?: unknown }).__tongxinEarlyLoad;
});

describe('the early load (started by the first-paint script)', () => {
  it('starts a module worker on the given script and asks it for the dataset at once', async () => {
    const { startEarlyLoad, takeEarlyLoad, EARLY_REQUEST_ID } = await modules();
    startEarlyLoad('./assets/dataset-worker-x.js', URL_A);
    expect(FakeWorker.made).toHaveLength(1);
    const [w] = FakeWorker.made;
    expect(w!.url).toBe('./assets/dataset-worker-x.js');
    expect(w!.options).toEqual({ type: 'module' });
    expect(w!.posted).toEqual([{ id: EARLY_REQUEST_ID, kind: 'dataset-url', url: URL_A }]);
    w!.reply({ id: 0, kind: 'progress', progress: { phase: 'download' } });
    const taken = takeEarlyLoad();
    expect(taken?.replies).toEqual([{ id: 0, kind: 'progress', progress: { phase: 'download' } }]);
    expect(taken?.error).toBeNull();
    expect(takeEarlyLoad()).toBeNull(); // once
  });

  it('notes a worker that fails (and keeps the error off the console)', async () => {
    const { startEarlyLoad, takeEarlyLoad } = await modules();
    startEarlyLoad('./w.js', URL_A);
    expect(FakeWorker.made[0]!.fail('404')).toBe(true);
    expect(takeEarlyLoad()?.error).toBe('404');
  });
});

describe('the worker client takes the early load over', () => {
  it('claims the request for the same URL: replies before and after, no second worker or request', async () => {
    const { startEarlyLoad, loadUrlInWorker, warmUpWorker } = await modules();
    startEarlyLoad('./w.js', URL_A);
    const w = FakeWorker.made[0]!;
    w.reply({ id: 0, kind: 'progress', progress: { phase: 'download' } });
    w.reply({ id: 0, kind: 'head', dataset: head, total: 3 });
    warmUpWorker(); // as prefetchFirstScreen does first: the worker is adopted…
    w.reply({ id: 0, kind: 'efforts', efforts: [effort('e1'), effort('e2')] }); // …and kept until claimed
    const progress: LoadProgress[] = [];
    const loading = loadUrlInWorker('linked/a.json', (p) => progress.push(p));
    w.reply({ id: 0, kind: 'efforts', efforts: [effort('e3')] });
    w.reply({ id: 0, kind: 'done', index: null });
    const result = await loading;
    expect(result).toEqual({
      ok: true,
      dataset: { ...head, efforts: ['e1', 'e2', 'e3'].map(effort) },
      index: null,
    });
    expect(progress).toEqual([
      { phase: 'download' },
      { phase: 'transfer', done: 0, total: 3 },
      { phase: 'transfer', done: 2, total: 3 },
      { phase: 'transfer', done: 3, total: 3 },
    ]);
    expect(FakeWorker.made).toHaveLength(1);
    expect(w.posted).toHaveLength(1);
  });

  it('passes on an early load that the worker found invalid', async () => {
    const { startEarlyLoad, loadUrlInWorker } = await modules();
    startEarlyLoad('./w.js', URL_A);
    const errors: DatasetError[] = [
      { path: 'efforts[0].regionCode', code: 'unknownRegion', params: { code: '519999' } },
    ];
    FakeWorker.made[0]!.reply({ id: 0, kind: 'invalid', errors });
    await expect(loadUrlInWorker('linked/a.json')).resolves.toEqual({ ok: false, errors });
  });

  it('asks the adopted worker anew for another URL (the early request is not the answer)', async () => {
    const { startEarlyLoad, loadUrlInWorker } = await modules();
    startEarlyLoad('./w.js', URL_A);
    const w = FakeWorker.made[0]!;
    w.reply({ id: 0, kind: 'invalid', errors: [] });
    const loading = loadUrlInWorker('linked/b.json');
    expect(w.posted.at(-1)).toEqual({
      id: 1,
      kind: 'dataset-url',
      url: new URL('linked/b.json', document.baseURI).href,
    });
    w.reply({ id: 1, kind: 'head', dataset: head, total: 0 });
    w.reply({ id: 1, kind: 'done', index: null });
    await expect(loading).resolves.toMatchObject({ ok: true, dataset: { id: 'linked', efforts: [] } });
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('starts a worker of its own where the early one failed', async () => {
    const { startEarlyLoad, loadUrlInWorker } = await modules();
    startEarlyLoad('./w.js', URL_A);
    FakeWorker.made[0]!.fail('could not load');
    const loading = loadUrlInWorker('linked/a.json');
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    const own = FakeWorker.made[1]!;
    expect(own.posted).toEqual([{ id: 1, kind: 'dataset-url', url: URL_A }]);
    own.reply({ id: 1, kind: 'head', dataset: head, total: 0 });
    own.reply({ id: 1, kind: 'done', index: null });
    await expect(loading).resolves.toMatchObject({ ok: true });
  });

  it('leaves the load to the page when the adopted worker crashed before the claim', async () => {
    const { startEarlyLoad, loadUrlInWorker, warmUpWorker } = await modules();
    startEarlyLoad('./w.js', URL_A);
    warmUpWorker();
    FakeWorker.made[0]!.fail('out of memory');
    expect(loadUrlInWorker('linked/a.json')).toBeNull(); // loadDataset then fetches and validates on the page
  });

  it('fails the claimed request when the worker crashes after the claim', async () => {
    const { startEarlyLoad, loadUrlInWorker } = await modules();
    startEarlyLoad('./w.js', URL_A);
    const loading = loadUrlInWorker('linked/a.json');
    FakeWorker.made[0]!.fail('out of memory');
    await expect(loading).rejects.toThrow(/out of memory/);
  });
});
