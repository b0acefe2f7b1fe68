/**
 * Where a quote lies in a report's text. One rule decides both whether a quote is verbatim (at
 * import, `checkQuotes`) and where the source reader highlights it (`locateQuote`), so every quote
 * that passes the check can be shown in its text. (No imports: the reader's highlight needs only this.)
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

export function normaliseText(text: string): NormalisedText {
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
