import type { Lang } from '../domain/view';
import { fileStamp } from './text';

/** Keep a file-name part to lower-case ASCII letters, digits and single hyphens. */
export function slug(part: string): string {
  const s = part
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'x';
}

/**
 * A download's file name: `tongxin-atlas_<dataset>_<what>_<lang>_<YYYYMMDD-HHMM>.<ext>`, e.g.
 * `tongxin-atlas_sctyzx-2022-09-09-tongxin-2_map_zh_20250102-1030.png`. Safe on every file system.
 */
export function exportFileName(parts: {
  datasetId: string;
  what: string;
  lang: Lang;
  now: Date;
  ext: string;
}): string {
  return `tongxin-atlas_${slug(parts.datasetId)}_${slug(parts.what)}_${parts.lang}_${fileStamp(parts.now)}.${slug(parts.ext)}`;
}
