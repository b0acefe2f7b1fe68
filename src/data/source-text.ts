/**
 * Quotes against the report they come from: `checkQuotes` decides at import whether every quote is
 * verbatim, by the same rule (`quote-match.ts`) that the source reader highlights with.
 */
import { datasetError, type DatasetError } from './dataset-errors';
import { normaliseQuote, normaliseText } from './quote-match';
import type { DatasetJson } from './schema';

export { locateQuote, normaliseQuote } from './quote-match';

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
