import type { EffortIndex } from '../aggregates/effort-index';
import type { DatasetError } from '../data/dataset-errors';
import type { Dataset, EffortRecord } from '../data/model';
import type { ImportedFile, ImportOptions } from '../import/import-file';
import type { ImportIssue } from '../import/issues';
import type { SerializedDataset } from '../data/serialized-dataset';

/** Where a dataset load is: shown while it runs (a large file takes seconds). */
export type LoadPhase = 'download' | 'validate' | 'index' | 'transfer';

export interface LoadProgress {
  phase: LoadPhase;
  /** Efforts received so far, of `total` (the transfer phase only). */
  done?: number;
  total?: number;
}

export type ImportFileResult = { ok: true; value: ImportedFile } | { ok: false; errors: ImportIssue[] };

/** What the page asks the worker: validate and index a dataset's bytes, or import a user's file. */
export type WorkerRequest =
  | { id: number; kind: 'dataset'; bytes: ArrayBuffer }
  /** A same-origin URL the worker fetches itself: the bytes never touch the page's thread. */
  | { id: number; kind: 'dataset-url'; url: string }
  | {
      id: number;
      kind: 'import';
      /** One dataset file, and optionally its report's text (.txt, .md): see `importFiles`. */
      files: Array<Blob & { name: string }>;
      options: Omit<ImportOptions, 'fileName' | 'sourceText'>;
    };

/**
 * What the worker answers. A valid dataset comes in parts, so the page never spends one long task
 * taking it in: the dataset without its efforts, the efforts in slices, then the columnar index
 * (its typed arrays transferred, not copied).
 */
export type WorkerReply =
  | { id: number; kind: 'progress'; progress: LoadProgress }
  | { id: number; kind: 'invalid'; errors: DatasetError[] }
  | { id: number; kind: 'head'; dataset: Dataset; total: number }
  | { id: number; kind: 'efforts'; efforts: EffortRecord[] }
  | { id: number; kind: 'done'; index: EffortIndex | null }
  /** `serialized`: the imported dataset's stored form (made in the worker, so the page need not). */
  | { id: number; kind: 'imported'; result: ImportFileResult; serialized?: SerializedDataset }
  | { id: number; kind: 'failed'; message: string };
