/** Small value parsers and vocabulary look-ups shared by the CSV importer's steps. */
import type { Qualifier, VocabularyEntry } from '../data/schema';
import type { CsvColumnName } from './csv-columns';
import { LIST_SEPARATOR } from './csv-columns';
import { clip } from './issues';

export const ID = /^[a-z0-9][a-z0-9-]*$/;
export const CODE = /^\d{6}$/;
export const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[+-]?\d+)?$/i;
export const QUALIFIERS: readonly Qualifier[] = ['exact', 'at-least', 'approx'];
export const DATE_KINDS = ['on', 'range', 'since'] as const;

export type Row = Partial<Record<CsvColumnName, string>>;

/** "file name.csv" → "import-file-name" (always a valid id). */
export function datasetIdFromFileName(fileName: string): string {
  const base = fileName
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  let hash = 0;
  for (const ch of fileName) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return base ? `import-${base}` : `import-${hash.toString(36)}`;
}

export function titleFromFileName(fileName: string): string {
  const t = fileName.replace(/\.[^.]*$/, '').trim();
  return clip(t === '' ? fileName || 'import' : t, 80);
}

export function splitList(cell: string): string[] {
  return cell
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Look up a vocabulary entry by id, Chinese label or English label (case-insensitive). */
export function vocabularyLookup(entries: readonly VocabularyEntry[]): (value: string) => string | undefined {
  const map = new Map<string, string>();
  for (const e of entries) {
    for (const key of [e.en.toLowerCase(), e.zh, e.id]) map.set(key, e.id);
  }
  return (value) => map.get(value) ?? map.get(value.toLowerCase());
}

export function allowedList(entries: readonly { id: string }[]): string {
  const ids = entries.slice(0, 12).map((e) => e.id);
  return `${ids.join(', ')}${entries.length > 12 ? ', …' : ''}`;
}

/** A real calendar day (Date.parse alone accepts 2022-09-31 and rolls it over). */
export function isRealDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const ms = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === s;
}

export function nowIso(): string {
  return `${new Date().toISOString().slice(0, 19)}+00:00`;
}
