import { strToU8, zipSync, type Zippable } from 'fflate';

/** A file of the evidence pack: text (stored as UTF-8) or bytes (PNG). */
export interface PackEntry {
  name: string;
  content: string | Uint8Array;
}

/**
 * Zip the entries with fflate. Images are already compressed, so they are stored (level 0);
 * text is deflated. Entry times are the export time, so the pack is reproducible for a given clock.
 */
export function zipPack(entries: readonly PackEntry[], now: Date): Uint8Array {
  const files: Zippable = {};
  for (const e of entries) {
    const isText = typeof e.content === 'string';
    const data = isText ? strToU8(e.content as string) : (e.content as Uint8Array);
    files[e.name] = [data, { level: isText ? 6 : 0, mtime: now }];
  }
  return zipSync(files);
}
