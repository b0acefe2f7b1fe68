import type { Dataset } from '../data/model';
import type { Region } from '../data/schema';

/**
 * Search over a dataset: regions (Chinese, English, pinyin and its initials), organisations,
 * activities, and the text of effort summaries and quoted passages. Pure: the index is built once
 * per dataset by the caller and queried on each keystroke.
 */
export type SearchKind = 'region' | 'organisation' | 'activity' | 'text';
export const SEARCH_KINDS: readonly SearchKind[] = ['region', 'organisation', 'activity', 'text'];

/** Region code → [full toneless pinyin, initials], e.g. 510400 → ['panzhihuashi', 'pzhs']. */
export type RegionPinyin = Readonly<Record<string, readonly [string, string] | readonly string[]>>;

/** What is ignored when comparing: spaces, apostrophes, hyphens, dots and the like (Ya'an = yaan). */
const IGNORED = /[\s'’‘`\-‐–—_.,·・、，。;；:：!！?？"“”()（）[\]【】]/gu;

/**
 * The form both the query and the indexed texts are compared in: Unicode-compatible (full-width
 * ＡＢＣ１２ → ABC12), lower case, without diacritics (Garzê → garze) and without spaces or punctuation.
 */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFKC').toLowerCase().replace(IGNORED, '');
}

/** How well a key matches: 0 exact, 1 prefix, 2 contained; null when it does not match. */
export function matchRank(key: string, query: string): 0 | 1 | 2 | null {
  if (query.length === 0) return null;
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  return key.includes(query) ? 2 : null;
}

export interface SearchEntry {
  kind: SearchKind;
  /** Region code, organisation id, activity id, or the effort id for text. */
  id: string;
  /** For text: the passage to open in the source reader (the effort's or a figure's quote). */
  quote?: string;
  /** For text: the report the passage comes from (the effort's own, also in the union of reports). */
  datasetId?: string;
  /** For text: which field matched best is reported back (0 = the passage, 1/2 = summary zh/en). */
  keys: string[];
}

export interface SearchIndex {
  entries: SearchEntry[];
}

/** The keys a region is found by: its Chinese and English names, its pinyin and the initials. */
export function regionSearchKeys(region: Pick<Region, 'code' | 'zh' | 'en'>, pinyin: RegionPinyin): string[] {
  const py = pinyin[region.code] ?? [];
  return [region.zh, region.en, ...py].map(normaliseForSearch);
}

/** Build the search index of a dataset (once per dataset; the caller keeps it). */
export function buildSearchIndex(dataset: Dataset, pinyin: RegionPinyin = {}): SearchIndex {
  const entries: SearchEntry[] = [];
  for (const r of dataset.regions) {
    entries.push({ kind: 'region', id: r.code, keys: regionSearchKeys(r, pinyin) });
  }
  for (const o of dataset.organisations) {
    entries.push({ kind: 'organisation', id: o.id, keys: [o.name.zh, o.name.en].map(normaliseForSearch) });
  }
  for (const a of dataset.activities) {
    entries.push({ kind: 'activity', id: a.id, keys: [a.zh, a.en].map(normaliseForSearch) });
  }
  for (const e of dataset.efforts) {
    // The effort's passage with its summaries, then each figure's own passage once.
    entries.push({
      kind: 'text',
      id: e.id,
      quote: e.quote,
      datasetId: e.datasetId,
      keys: [e.quote, e.summary.zh, e.summary.en].map(normaliseForSearch),
    });
    const seen = new Set([e.quote]);
    for (const m of e.measures) {
      if (seen.has(m.quote)) continue;
      seen.add(m.quote);
      entries.push({
        kind: 'text',
        id: e.id,
        quote: m.quote,
        datasetId: e.datasetId,
        keys: [normaliseForSearch(m.quote)],
      });
    }
  }
  return { entries };
}

export interface SearchHit {
  entry: SearchEntry;
  rank: 0 | 1 | 2;
  /** Index of the best-matching key (for text: 0 the passage, 1 the Chinese, 2 the English summary). */
  key: number;
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
  /** Matches beyond `perKind`, not listed. */
  more: number;
}

/**
 * Query the index: groups in a fixed order (regions, organisations, activities, text), each ranked
 * exact, then prefix, then contained, then by the shorter matching key, then in dataset order; at
 * most `perKind` hits a group. Queries that normalise to nothing find nothing.
 */
export function searchIndex(index: SearchIndex, query: string, perKind = 6): SearchGroup[] {
  const q = normaliseForSearch(query);
  if (q.length === 0) return [];
  const found = new Map<SearchKind, Array<SearchHit & { order: number; length: number }>>();
  index.entries.forEach((entry, order) => {
    let best: { rank: 0 | 1 | 2; key: number; length: number } | null = null;
    entry.keys.forEach((k, i) => {
      const rank = matchRank(k, q);
      if (rank === null) return;
      if (best === null || rank < best.rank || (rank === best.rank && k.length < best.length)) {
        best = { rank, key: i, length: k.length };
      }
    });
    if (best === null) return;
    const { rank, key, length } = best;
    const list = found.get(entry.kind) ?? [];
    list.push({ entry, rank, key, order, length });
    found.set(entry.kind, list);
  });
  return SEARCH_KINDS.flatMap((kind): SearchGroup[] => {
    const list = found.get(kind);
    if (!list) return [];
    list.sort((a, b) => a.rank - b.rank || a.length - b.length || a.order - b.order);
    return [
      {
        kind,
        hits: list.slice(0, perKind).map(({ entry, rank, key }) => ({ entry, rank, key })),
        more: Math.max(0, list.length - perKind),
      },
    ];
  });
}

/**
 * A short excerpt of `text` around the first occurrence of the query (compared as normalised), for
 * showing a long passage in a result list; the whole text when short.
 */
export function excerptAround(text: string, query: string, width = 36): string {
  if (text.length <= width) return text;
  const q = normaliseForSearch(query);
  // Find where the match starts in the original text: the shortest prefix whose normal form contains it.
  let start = 0;
  if (q.length > 0) {
    for (let i = 0; i < text.length; i += 1) {
      if (normaliseForSearch(text.slice(i)).startsWith(q)) {
        start = i;
        break;
      }
    }
  }
  const from = Math.max(0, Math.min(start - Math.floor(width / 3), text.length - width));
  const to = Math.min(text.length, from + width);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}
