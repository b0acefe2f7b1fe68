import { useCallback, useEffect, useRef, useState } from 'react';
import { applyAction, canRedo, canUndo, historyOf, redo, undo } from '../../workbench/draft-ops';
import type { Draft, DraftAction, DraftHistory } from '../../workbench/draft-types';
import { draftsPersist, saveDraft } from './drafts';

export type SaveStatus =
  | { kind: 'saved'; at: string }
  /** Kept for this page only: the browser gives no storage (export to keep the work). */
  | { kind: 'memory'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string };

export interface DraftHistoryApi {
  draft: Draft;
  /** Apply one change (one undo step); returns the draft after it (the same one if nothing changed). */
  dispatch: (action: DraftAction) => Draft;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  saveStatus: SaveStatus;
}

/** How long the draft rests before it is saved (each change restarts the wait). */
export const AUTOSAVE_MS = 600;

/**
 * A draft's undo/redo history and its autosave: every change is saved to IndexedDB once the user
 * pauses, and at once when the page is hidden or left (a closed tab loses nothing). What is saved
 * is the history's present, so a reload opens the draft as it was shown.
 */
export function useDraftHistory(initial: Draft): DraftHistoryApi {
  const [history, setHistory] = useState<DraftHistory>(() => historyOf(initial));
  const current = useRef(history);
  /** The draft last handed to storage (null: nothing is known to be saved). */
  const saved = useRef<Draft | null>(initial);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ kind: 'saved', at: initial.updatedAt });
  /** How the draft in storage was saved (shown again when undo/redo return to it). */
  const savedStatus = useRef<SaveStatus>({ kind: 'saved', at: initial.updatedAt });

  const commit = useCallback((next: DraftHistory) => {
    if (next === current.current) return;
    current.current = next;
    setHistory(next);
  }, []);

  const dispatch = useCallback(
    (action: DraftAction): Draft => {
      commit(applyAction(current.current, action));
      return current.current.present;
    },
    [commit],
  );

  const save = useCallback(async (): Promise<void> => {
    const draft = current.current.present;
    if (draft === saved.current) return;
    saved.current = draft;
    setSaveStatus({ kind: 'saving' });
    const result = await saveDraft(draft);
    if (!result.ok) {
      saved.current = null;
      setSaveStatus({ kind: 'failed', message: result.reason === 'invalid' ? result.field : result.message });
      return;
    }
    savedStatus.current = draftsPersist()
      ? { kind: 'saved', at: result.draft.updatedAt }
      : { kind: 'memory', at: result.draft.updatedAt };
    // A newer change may have arrived meanwhile: its own save reports.
    if (current.current.present === draft) setSaveStatus(savedStatus.current);
  }, []);

  // Autosave after a pause; at once when the page is hidden or left.
  useEffect(() => {
    // Undo or redo back to what is saved: nothing to save.
    if (history.present === saved.current) {
      setSaveStatus(savedStatus.current);
      return;
    }
    setSaveStatus((s) => (s.kind === 'pending' ? s : { kind: 'pending' }));
    const timer = window.setTimeout(() => void save(), AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [history.present, save]);
  useEffect(() => {
    const flush = (): void => void save();
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the draft (Back, another draft): what is unsaved is saved.
      flush();
    };
  }, [save]);

  return {
    draft: history.present,
    dispatch,
    undo: useCallback(() => commit(undo(current.current)), [commit]),
    redo: useCallback(() => commit(redo(current.current)), [commit]),
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    saveStatus,
  };
}
