import { datasetError, type DatasetError } from './dataset-errors';
import type { DatasetJson } from './schema';

/**
 * Quotes against the report they come from. One rule decides both whether a quote is verbatim (at
 * import, `checkQuotes`) and where the source reader highlights it (`locateQuote`), so every quote
 * that passes the check can be shown in its text.
 *
 * The whitespace rule (data/IMPORT.md, "Report text"): a run of whitespace — spaces, tabs, line
 * breaks (LF, CRLF, CR), the no-break space U+00A0, the ideographic space U+3000 and the rest of
 * Unicode's White_Space — compares as one space, and the quote's leading and trailing whitespace is
 * ignored. Nothing else is folded: full-width and ASCII punctuation, 余 and 馀, traditional and
 * simplified characters all differ. A quote may not add whitespace where the text has none.
 */
const WHITESPACE = /\s+/gu;

/** The quote as it is compared: whitespace runs as one space, no leading or trailing whitespace. */
export function normaliseQuote(quote: string): string {
  return quote.replace(WHITESPACE, ' ').trim();
}

/** The text as it is compared, and for each of its characters the offset of that character in `text`. */
interface NormalisedText {
  text: string;
  /** `offsets[i]` is where character i of the normalised text starts in the original. */
  offsets: number[];
}

function normaliseText(text: string): NormalisedText {
  let out = '';
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (/\s/u.test(c)) {
      if (!inSpace) {
        out += ' ';
        offsets.push(i);
      }
      inSpace = true;
    } else {
      out += c;
      offsets.push(i);
      inSpace = false;
    }
  }
  offsets.push(text.length);
  return { text: out, offsets };
}

/** Where `quote` first occurs in `text` under the whitespace rule, as offsets into `text`; null if nowhere. */
export function locateQuote(text: string, quote: string): { start: number; end: number } | null {
  const q = normaliseQuote(quote);
  if (q === '') return null;
  const n = normaliseText(text);
  const at = n.text.indexOf(q);
  if (at === -1) return null;
  // The quote is trimmed, so its last character is not whitespace: one code unit of the text.
  return { start: n.offsets[at]!, end: n.offsets[at + q.length - 1]! + 1 };
}

/** A quote of a dataset, with its JSON path (`efforts[3].measures[1].quote`). */
export interface QuoteRef {
  path: string;
  quote: string;
}

/**
 * Every quote a dataset claims is verbatim: each effort's `quote`, its `date.quote`, each measure's
 * `quote`. (A measure's `figure` must lie inside its quote — `figureNotInQuote` — so it is verbatim
 * whenever its quote is.)
 */
export function quotesOf(ds: Pick<DatasetJson, 'efforts'>): QuoteRef[] {
  const refs: QuoteRef[] = [];
  ds.efforts.forEach((e, i) => {
    refs.push({ path: `efforts[${i}].quote`, quote: e.quote });
    if (e.date) refs.push({ path: `efforts[${i}].date.quote`, quote: e.date.quote });
    e.measures.forEach((m, j) => refs.push({ path: `efforts[${i}].measures[${j}].quote`, quote: m.quote }));
  });
  return refs;
}

/** "参与志愿活动200余人次" clipped to 40 characters for a message. */
function shown(quote: string): string {
  const chars = [...quote];
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : quote;
}

/** How many leading characters of `q` occur together somewhere in `text` (binary search: prefixes nest). */
function matchedPrefix(text: string, q: string): number {
  let lo = 0;
  let hi = q.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(q.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Every quote of the dataset that is not verbatim in `text` (under the whitespace rule), as a
 * located `quoteNotInSource` error saying how many of its first characters do match, so an
 * off-by-one-character quote points at the character that differs.
 */
export function checkQuotes(ds: Pick<DatasetJson, 'efforts'>, text: string): DatasetError[] {
  const normal = normaliseText(text).text;
  const verdict = new Map<string, number | null>();
  const errors: DatasetError[] = [];
  for (const { path, quote } of quotesOf(ds)) {
    const q = normaliseQuote(quote);
    let matched = verdict.get(q);
    if (matched === undefined) {
      matched = q !== '' && normal.includes(q) ? null : matchedPrefix(normal, q);
      verdict.set(q, matched);
    }
    if (matched !== null) {
      errors.push(datasetError(path, 'quoteNotInSource', { quote: shown(quote), matched }));
    }
  }
  return errors;
}
