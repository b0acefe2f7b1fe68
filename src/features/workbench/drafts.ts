import type { LocalizedText } from '../../data/schema';
import * as storage from '../../storage/draft-storage';
import type { Draft } from '../../workbench/draft-types';

/** A saved draft as the start screen lists it. */
export interface DraftSummary {
  id: string;
  title: LocalizedText;
  updatedAt: string;
  efforts: number;
  figures: number;
}

function summaryOf(d: Draft): DraftSummary {
  return {
    id: d.id,
    title: d.title,
    updatedAt: d.updatedAt,
    efforts: d.efforts.length,
    figures: d.efforts.reduce((n, e) => n + e.figures.length, 0),
  };
}

/** The saved drafts, the most recently changed first. */
export async function draftSummaries(): Promise<DraftSummary[]> {
  const drafts = await storage.listDrafts();
  return drafts.map(summaryOf).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export const loadDraft = storage.loadDraft;
export const saveDraft = storage.saveDraft;
export const deleteDraft = storage.deleteDraft;
