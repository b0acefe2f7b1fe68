import {
  deleteDraft,
  draftBackend,
  listDrafts,
  loadDraft,
  saveDraft,
  type DraftList,
  type DraftSummary,
  type LoadDraftResult,
  type SaveDraftResult,
} from '../../storage/draft-storage';

/**
 * The workbench's drafts in this browser (src/storage/draft-storage.ts): listed, opened, saved,
 * deleted. `persistent` is false when the browser keeps nothing past the page (no IndexedDB).
 */
export { deleteDraft, listDrafts, loadDraft, saveDraft };
export type { DraftList, DraftSummary, LoadDraftResult, SaveDraftResult };

export function draftsPersist(): boolean {
  return draftBackend().persistent();
}
