import type { DatasetJson } from './schema';

/** A dataset as it is stored and exported: its JSON text and that text's size in UTF-8 bytes. */
export interface SerializedDataset {
  text: string;
  bytes: number;
}

/**
 * The stored form of a dataset. Costly for a large import (≈ 100 ms for a 5 MB file on a slow
 * machine), so the data worker makes it beside the import and hands it to the page (issue 12).
 */
export function serializeDataset(json: DatasetJson): SerializedDataset {
  const text = JSON.stringify(json);
  return { text, bytes: new TextEncoder().encode(text).length };
}
