import type { LocalizedText } from '../../data/schema';
import type { DraftSource } from '../../workbench/draft-types';

/**
 * The report's details as the forms edit them (plain strings), and back. The publication time is
 * a local date-time and a UTC offset (+08:00 by default: the reports we know are from China), as
 * the schema wants it: `2022-09-09T11:30:43+08:00`.
 */
export interface MetaFields {
  titleZh: string;
  titleEn: string;
  publisherZh: string;
  publisherEn: string;
  url: string;
  /** `YYYY-MM-DDTHH:mm` or `YYYY-MM-DDTHH:mm:ss` (an `<input type="datetime-local">`), or ''. */
  localTime: string;
  offset: string;
  language: 'zh' | 'en';
}

export const DEFAULT_OFFSET = '+08:00';
export const OFFSET = /^[+-](?:0\d|1[0-4]):[0-5]\d$/;

export const EMPTY_META: MetaFields = {
  titleZh: '',
  titleEn: '',
  publisherZh: '',
  publisherEn: '',
  url: '',
  localTime: '',
  offset: DEFAULT_OFFSET,
  language: 'zh',
};

/** `2022-09-09T11:30` + `+08:00` → `2022-09-09T11:30:00+08:00`; '' when either part is missing or malformed. */
export function joinPublishedAt(localTime: string, offset: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?(?:\.\d+)?$/.exec(localTime);
  if (!m || !OFFSET.test(offset)) return '';
  return `${m[1]}${m[2] ?? ':00'}${offset}`;
}

/** `2022-09-09T11:30:43+08:00` → its local part and offset (for the form); unreadable → empty, +08:00. */
export function splitPublishedAt(publishedAt: string): { localTime: string; offset: string } {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)([+-]\d{2}:\d{2}|Z)$/.exec(publishedAt);
  if (!m) return { localTime: '', offset: DEFAULT_OFFSET };
  return { localTime: m[1]!, offset: m[2] === 'Z' ? '+00:00' : m[2]! };
}

export function metaOfDraft(title: LocalizedText, source: Omit<DraftSource, 'text'>): MetaFields {
  return {
    titleZh: source.title || title.zh,
    titleEn: source.titleEn || title.en,
    publisherZh: source.publisher.zh,
    publisherEn: source.publisher.en,
    url: source.url,
    ...splitPublishedAt(source.publishedAt),
    language: source.language,
  };
}

/** The dataset's title and the report's details from the form (the title is the report's own). */
export function draftMetaOf(
  fields: MetaFields,
  textFile: string,
  reprintedFrom: LocalizedText | null = null,
): { title: LocalizedText; source: Omit<DraftSource, 'text'> } {
  const title = { zh: fields.titleZh.trim(), en: fields.titleEn.trim() };
  return {
    title,
    source: {
      title: title.zh,
      titleEn: title.en,
      publisher: { zh: fields.publisherZh.trim(), en: fields.publisherEn.trim() },
      reprintedFrom,
      url: fields.url.trim(),
      publishedAt: joinPublishedAt(fields.localTime, fields.offset),
      textFile,
      language: fields.language,
    },
  };
}

/** A file name from a title: its words, without characters file systems refuse; `fallback` if none. */
export function fileNameOf(title: string, fallback: string): string {
  const name = title
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-. ]+|[-. ]+$/g, '')
    .slice(0, 80);
  return name || fallback;
}
