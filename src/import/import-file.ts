import { loadRegionRegistry, type RegionRegistry } from '../data/region-registry';
import type { DatasetJson } from '../data/schema';
import { parseDatasetCsv, type SourceTextFile, type Vocabularies } from './csv-import';
import { clip, fileIssue, type ImportIssue } from './issues';
import { parseDatasetJsonFile, type ImportResult } from './json-import';
import { IMPORT_LIMITS } from './limits';

export type FileKind = 'json' | 'csv';

/** By extension (.json, .csv, .tsv, .txt); otherwise by the first character of the text. */
export function detectKind(fileName: string, text: string): FileKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  if (ext && ext !== 'txt') return null;
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (first === undefined) return null;
  return first === '{' || first === '[' ? 'json' : 'csv';
}

/**
 * Bytes → text. UTF-8 first (with or without BOM); a file that is not valid UTF-8 is read as
 * GB18030, which is what Excel in Chinese locales writes for "CSV".
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030').decode(bytes);
    } catch {
      return new TextDecoder('utf-8').decode(bytes);
    }
  }
}

export interface ImportOptions {
  fileName: string;
  vocabularies: Vocabularies;
  /** Ids that an import may not take (the bundled dataset's). */
  reservedIds?: readonly string[];
  now?: string;
  /** The app's region registry (every region of Sichuan); without it only listed regions count. */
  registry?: RegionRegistry;
  /** The report's text, chosen with the file: every quote of the dataset is checked against it. */
  sourceText?: SourceTextFile;
}

export interface ImportedFile {
  kind: FileKind;
  dataset: DatasetJson;
}

/** Text of a file → a validated dataset, or located issues. Never throws. */
export function importText(
  text: string,
  options: ImportOptions,
): { ok: true; value: ImportedFile } | { ok: false; errors: ImportIssue[] } {
  if (text.length > IMPORT_LIMITS.maxFileBytes) {
    return {
      ok: false,
      errors: [fileIssue('fileTooLarge', { size: text.length, max: IMPORT_LIMITS.maxFileBytes })],
    };
  }
  const kind = detectKind(options.fileName, text);
  if (kind === null) {
    return { ok: false, errors: [fileIssue('unsupportedType', { name: clip(options.fileName) })] };
  }
  const result: ImportResult =
    kind === 'json'
      ? parseDatasetJsonFile(text, options.registry, options.sourceText)
      : parseDatasetCsv(text, {
          vocabularies: options.vocabularies,
          fileName: options.fileName,
          now: options.now,
          registry: options.registry,
          sourceText: options.sourceText,
        });
  if (!result.ok) return result;
  if (options.reservedIds?.includes(result.value.id)) {
    return {
      ok: false,
      errors: [{ location: { kind: 'path', path: 'id' }, code: 'idTaken', params: { id: result.value.id } }],
    };
  }
  return { ok: true, value: { kind, dataset: result.value } };
}

/** The bytes of a file (FileReader where Blob.arrayBuffer is missing, as in older engines and jsdom). */
function readBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

type FileResult = { ok: true; value: ImportedFile } | { ok: false; errors: ImportIssue[] };
type PickedFile = Blob & { name: string };

/** A report's text, not a dataset: .txt and .md files (a dataset is .json, .csv or .tsv). */
export function isSourceTextFile(name: string): boolean {
  return /\.(txt|md|markdown)$/i.test(name);
}

/** The size is checked before a byte is read; then UTF-8 (or GB18030) text, or an issue. */
async function readText(
  file: PickedFile,
): Promise<{ ok: true; text: string } | { ok: false; errors: ImportIssue[] }> {
  if (file.size > IMPORT_LIMITS.maxFileBytes) {
    return {
      ok: false,
      errors: [fileIssue('fileTooLarge', { size: file.size, max: IMPORT_LIMITS.maxFileBytes })],
    };
  }
  try {
    return { ok: true, text: decodeText(new Uint8Array(await readBytes(file))) };
  } catch (e) {
    return { ok: false, errors: [fileIssue('unexpected', { message: clip(String(e), 160) })] };
  }
}

/** A File from the picker or a drop. */
export async function importFile(
  file: PickedFile,
  options: Omit<ImportOptions, 'fileName'>,
): Promise<FileResult> {
  if (file.size === 0) return { ok: false, errors: [fileIssue('fileEmpty')] };
  const read = await readText(file);
  if (!read.ok) return read;
  let registry: RegionRegistry;
  try {
    // Every region of Sichuan may be named (the registry is a small lazy chunk, loaded once).
    registry = options.registry ?? (await loadRegionRegistry());
  } catch (e) {
    return { ok: false, errors: [fileIssue('unexpected', { message: clip(String(e), 160) })] };
  }
  return importText(read.text, { ...options, registry, fileName: file.name });
}

/**
 * The files chosen or dropped together: one dataset (JSON or CSV) and, optionally, one text of its
 * report (.txt or .md), whose quotes are then checked against it. A report text alone, or several
 * datasets or texts at once, is refused with a message that says what to choose.
 */
export async function importFiles(
  files: readonly PickedFile[],
  options: Omit<ImportOptions, 'fileName' | 'sourceText'>,
): Promise<FileResult> {
  const texts = files.filter((f) => isSourceTextFile(f.name));
  const data = files.filter((f) => !isSourceTextFile(f.name));
  if (data.length === 0 && texts.length > 0) {
    return { ok: false, errors: [fileIssue('sourceTextAlone', { name: clip(texts[0]!.name) })] };
  }
  if (data.length !== 1 || texts.length > 1) {
    return { ok: false, errors: [fileIssue('tooManyFiles', { data: data.length, texts: texts.length })] };
  }
  const textFile = texts[0];
  let sourceText: SourceTextFile | undefined;
  if (textFile) {
    const name = clip(textFile.name, 120);
    const read = await readText(textFile);
    if (!read.ok) return read;
    const text = read.text.replace(/^\uFEFF/, '');
    if (text.trim() === '') return { ok: false, errors: [fileIssue('sourceTextEmpty', { name })] };
    if (text.length > IMPORT_LIMITS.maxTextLength) {
      return {
        ok: false,
        errors: [
          fileIssue('sourceTextTooLong', { name, length: text.length, max: IMPORT_LIMITS.maxTextLength }),
        ],
      };
    }
    sourceText = { name, text };
  }
  return importFile(data[0]!, { ...options, sourceText });
}
