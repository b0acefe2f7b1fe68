import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_MS, useDraftHistory } from '../../src/features/workbench/use-draft-history';
import { memoryDraftBackend, setDraftBackend } from '../../src/storage/draft-storage';
import type { Draft } from '../../src/workbench/draft-types';
import { reportDraft, spanOf } from './support/editor-harness';

/**
 * The shell's draft history: changes are undone and redone, and what is shown is what is saved —
 * after a pause, at once when the page is hidden, and never left "unsaved" when undo/redo return
 * to the draft already in storage.
 */
let backend: ReturnType<typeof memoryDraftBackend>;
const stored = (id: string): Draft | undefined => backend.records.get(id) as Draft | undefined;

beforeEach(() => {
  vi.useFakeTimers();
  backend = memoryDraftBackend();
  // As IndexedDB would: what is saved outlives the page.
  setDraftBackend({ ...backend, persistent: () => true });
});
afterEach(() => {
  vi.useRealTimers();
  setDraftBackend(null);
});

async function settle(ms = AUTOSAVE_MS): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('useDraftHistory', () => {
  it('saves the draft shown once the user pauses, and undo/redo walk the changes', async () => {
    const initial = reportDraft();
    const { result } = renderHook(() => useDraftHistory(initial));
    expect(result.current.saveStatus.kind).toBe('saved');
    expect(result.current.canUndo).toBe(false);

    act(
      () =>
        void result.current.dispatch({ type: 'addEffort', span: spanOf(initial, '累计捐资捐物16.8万元') }),
    );
    expect(result.current.draft.efforts).toHaveLength(1);
    expect(result.current.saveStatus.kind).toBe('pending');
    expect(stored(initial.id)).toBeUndefined();
    await settle();
    expect(result.current.saveStatus.kind).toBe('saved');
    expect(stored(initial.id)?.efforts).toHaveLength(1);

    act(() => result.current.undo());
    expect(result.current.draft.efforts).toHaveLength(0);
    expect(result.current.canRedo).toBe(true);
    expect(result.current.saveStatus.kind).toBe('pending');
    // Redo before the save: back to the draft in storage, so nothing is unsaved.
    act(() => result.current.redo());
    expect(result.current.draft.efforts).toHaveLength(1);
    expect(result.current.saveStatus.kind).toBe('saved');

    act(() => result.current.undo());
    await settle();
    expect(stored(initial.id)?.efforts).toHaveLength(0);
  });

  it('returns the draft after a change, and the same draft when the change does nothing', () => {
    const initial = reportDraft();
    const { result } = renderHook(() => useDraftHistory(initial));
    let after: Draft | null = null;
    act(() => {
      after = result.current.dispatch({ type: 'addEffort', span: spanOf(initial, '累计捐资捐物16.8万元') });
    });
    expect(after!.efforts.map((e) => e.id)).toEqual(['e-1']);
    act(() => {
      after = result.current.dispatch({ type: 'removeEffort', effortId: 'e-9' });
    });
    expect(after).toBe(result.current.draft);
    expect(result.current.draft.efforts).toHaveLength(1);
  });

  it('saves at once when the page is hidden or left', async () => {
    const initial = reportDraft();
    const { result } = renderHook(() => useDraftHistory(initial));
    act(
      () =>
        void result.current.dispatch({ type: 'addEffort', span: spanOf(initial, '累计捐资捐物16.8万元') }),
    );
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
      await Promise.resolve();
    });
    expect(stored(initial.id)?.efforts).toHaveLength(1);
  });

  it('says when the browser keeps drafts only for the page (no IndexedDB)', async () => {
    setDraftBackend(memoryDraftBackend());
    const initial = reportDraft();
    const { result } = renderHook(() => useDraftHistory(initial));
    act(
      () =>
        void result.current.dispatch({ type: 'addEffort', span: spanOf(initial, '累计捐资捐物16.8万元') }),
    );
    await settle();
    expect(result.current.saveStatus.kind).toBe('memory');
  });

  it('says when the browser cannot keep the draft', async () => {
    setDraftBackend({ ...memoryDraftBackend(), put: () => Promise.reject(new Error('quota')) });
    const initial = reportDraft();
    const { result } = renderHook(() => useDraftHistory(initial));
    act(
      () =>
        void result.current.dispatch({ type: 'addEffort', span: spanOf(initial, '累计捐资捐物16.8万元') }),
    );
    await settle();
    expect(result.current.saveStatus).toEqual({ kind: 'failed', message: 'Error: quota' });
  });
});
