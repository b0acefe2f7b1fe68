import { afterEach, describe, expect, it } from 'vitest';
import {
  deleteDraft,
  draftBackend,
  fallbackDraftBackend,
  listDrafts,
  loadDraft,
  memoryDraftBackend,
  saveDraft,
  setDraftBackend,
  type DraftBackend,
} from '../../../src/storage/draft-storage';
import { newDraft, reduceDraft } from '../../../src/workbench/draft-ops';
import { checkDraftShape } from '../../../src/workbench/draft-shape';
import type { Draft } from '../../../src/workbench/draft-types';
import { bundledJson } from '../../fixtures/load';

const bundled = bundledJson();
const TEXT = '攀枝花市工商联捐赠16.8万元。';

function draft(id: string, title = id): Draft {
  const d = newDraft({
    id,
    text: TEXT,
    title: { zh: title, en: title },
    source: { ...bundled.source },
    vocabularies: bundled,
    updatedAt: '2000-01-01T00:00:00.000Z',
  });
  return reduceDraft(reduceDraft(d, { type: 'addEffort', span: { start: 0, end: TEXT.length } }), {
    type: 'confirmFigure',
    effortId: 'e-1',
    figure: {
      span: { start: 9, end: 15 },
      qualifier: 'exact',
      value: 168000,
      low: null,
      high: null,
      unit: 'yuan',
      label: { zh: '捐赠', en: 'donated' },
    },
  });
}

afterEach(() => setDraftBackend(null));

describe('draft storage (memory backend)', () => {
  it('saves with the time, lists newest first, loads and deletes', async () => {
    const backend = memoryDraftBackend();
    const saved = await saveDraft(draft('a', '甲'), backend, '2024-05-01T10:00:00.000Z');
    expect(saved.ok && saved.draft.updatedAt).toBe('2024-05-01T10:00:00.000Z');
    await saveDraft(draft('b', '乙'), backend, '2024-05-02T10:00:00.000Z');
    const list = await listDrafts(backend);
    expect(list).toEqual({
      drafts: [
        {
          id: 'b',
          title: { zh: '乙', en: '乙' },
          updatedAt: '2024-05-02T10:00:00.000Z',
          efforts: 1,
          textLength: 16,
        },
        {
          id: 'a',
          title: { zh: '甲', en: '甲' },
          updatedAt: '2024-05-01T10:00:00.000Z',
          efforts: 1,
          textLength: 16,
        },
      ],
      skipped: [],
      error: null,
    });
    expect(TEXT.length).toBe(16);
    const loaded = await loadDraft('a', backend);
    expect(loaded).toEqual({
      ok: true,
      draft: { ...draft('a', '甲'), updatedAt: '2024-05-01T10:00:00.000Z' },
    });
    expect(await deleteDraft('a', backend)).toBe(true);
    expect((await listDrafts(backend)).drafts.map((d) => d.id)).toEqual(['b']);
    expect(await loadDraft('a', backend)).toEqual({ ok: false, reason: 'missing' });
  });

  it('saving again replaces the draft (one record a draft)', async () => {
    const backend = memoryDraftBackend();
    await saveDraft(draft('a'), backend, '2024-05-01T10:00:00.000Z');
    const changed = reduceDraft(draft('a'), { type: 'removeEffort', effortId: 'e-1' });
    await saveDraft(changed, backend, '2024-05-03T10:00:00.000Z');
    expect(backend.records.size).toBe(1);
    expect((await listDrafts(backend)).drafts.map((d) => [d.id, d.efforts, d.updatedAt])).toEqual([
      ['a', 0, '2024-05-03T10:00:00.000Z'],
    ]);
  });

  it('keeps what was saved apart from the draft in memory (structured clones)', async () => {
    const backend = memoryDraftBackend();
    const d = draft('a');
    await saveDraft(d, backend, '2024-05-01T10:00:00.000Z');
    d.efforts[0]!.summary.zh = 'changed after saving';
    const loaded = await loadDraft('a', backend);
    expect(loaded.ok && loaded.draft.efforts[0]!.summary.zh).toBe('');
  });

  it('skips and reports corrupted records, never throws, never deletes them', async () => {
    const good = { ...draft('good'), updatedAt: '2024-05-01T10:00:00.000Z' };
    const outside = structuredClone(good);
    outside.id = 'outside';
    outside.efforts[0]!.figures[0]!.span = { start: 10, end: 99 };
    const badQualifier = structuredClone(good);
    badQualifier.id = 'bad-qualifier';
    (badQualifier.efforts[0]!.figures[0] as { qualifier: string }).qualifier = 'some';
    const backend = memoryDraftBackend([
      good,
      outside,
      badQualifier,
      { id: 'no-text', draftVersion: 1, source: {} },
      { ...draft('x'), draftVersion: 9 },
      'a string',
      null,
    ]);
    const list = await listDrafts(backend);
    expect(list.drafts.map((d) => d.id)).toEqual(['good']);
    expect(list.skipped).toEqual([
      { id: 'outside', field: 'efforts[0].figures[0].span' },
      { id: 'bad-qualifier', field: 'efforts[0].figures[0].qualifier' },
      { id: 'no-text', field: 'source.text' },
      { id: 'x', field: 'draftVersion' },
      { id: null, field: '(root)' },
      { id: null, field: '(root)' },
    ]);
    expect(list.error).toBeNull();
    expect(backend.records.size).toBe(7);
    expect(await loadDraft('outside', backend)).toEqual({
      ok: false,
      reason: 'corrupted',
      field: 'efforts[0].figures[0].span',
    });
  });

  it('refuses to save what would not read back', async () => {
    const backend = memoryDraftBackend();
    const broken = {
      ...draft('a'),
      exclusions: [{ id: 'x-1', span: { start: 3, end: 2 }, kind: 'date', reason: { zh: '', en: '' } }],
    };
    expect(await saveDraft(broken as Draft, backend)).toEqual({
      ok: false,
      reason: 'invalid',
      field: 'exclusions[0].span',
    });
    expect(backend.records.size).toBe(0);
  });

  it('reports a storage that fails instead of throwing', async () => {
    const failing: DraftBackend = {
      getAll: () => Promise.reject(new Error('gone')),
      get: () => Promise.reject(new Error('gone')),
      put: () => Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' })),
      delete: () => Promise.reject(new Error('gone')),
      persistent: () => true,
    };
    expect(await listDrafts(failing)).toEqual({ drafts: [], skipped: [], error: 'Error: gone' });
    expect(await loadDraft('a', failing)).toEqual({
      ok: false,
      reason: 'unavailable',
      message: 'Error: gone',
    });
    expect(await saveDraft(draft('a'), failing)).toEqual({
      ok: false,
      reason: 'full',
      message: 'QuotaExceededError: quota',
    });
    expect(await deleteDraft('a', failing)).toBe(false);
  });
});

describe('the page backend', () => {
  it('is memory where there is no IndexedDB (jsdom), and the functions use it by default', async () => {
    expect(typeof indexedDB).toBe('undefined');
    const backend = draftBackend();
    expect(backend.persistent()).toBe(false);
    expect(draftBackend()).toBe(backend);
    await saveDraft(draft('default'));
    expect((await listDrafts()).drafts.map((d) => d.id)).toEqual(['default']);
    expect((await loadDraft('default')).ok).toBe(true);
    expect(await deleteDraft('default')).toBe(true);
    expect((await listDrafts()).drafts).toEqual([]);
  });

  it('falls back to memory when IndexedDB refuses to open', async () => {
    let opened = 0;
    const refusing = {
      open: () => {
        opened += 1;
        const req = { error: new Error('denied') } as unknown as IDBOpenDBRequest;
        queueMicrotask(() => req.onerror?.(new Event('error')));
        return req;
      },
    } as unknown as IDBFactory;
    const backend = fallbackDraftBackend(refusing);
    expect(backend.persistent()).toBe(true);
    expect((await saveDraft(draft('a'), backend, '2024-05-01T10:00:00.000Z')).ok).toBe(true);
    expect(backend.persistent()).toBe(false);
    expect((await listDrafts(backend)).drafts.map((d) => d.id)).toEqual(['a']);
    expect(opened).toBe(1);
  });

  it('accepts a draft made by newDraft and the shape check names the first bad field', () => {
    expect(checkDraftShape(draft('a'))).toBeNull();
    expect(checkDraftShape({ ...draft('a'), nextIds: undefined })).toBeNull();
    expect(
      checkDraftShape({ ...draft('a'), nextIds: { effort: -1, figure: 1, exclusion: 1, organisation: 1 } }),
    ).toBe('nextIds.effort');
    expect(checkDraftShape({ ...draft('a'), id: '' })).toBe('id');
    expect(checkDraftShape({ ...draft('a'), units: [{ id: 'x', zh: 1, en: 'x' }] })).toBe('units[0].zh');
  });
});
