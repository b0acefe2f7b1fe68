import { locateQuote } from '../../data/quote-match';

/** A paragraph of the source, split around the highlighted passage (if it falls in it). */
export interface SourceParagraph {
  before: string;
  mark: string | null;
  after: string;
}

/**
 * Split the source text into paragraphs (non-empty lines, trimmed) and mark `quote` in them. The
 * quote is found by the same rule as the import's verbatim check (`locateQuote`: whitespace runs
 * compare as one space), so every quote that passed the check is marked; a quote that runs over a
 * line break is marked in each paragraph it covers. If it is nowhere, `found` is false.
 */
export function splitSource(
  text: string,
  quote: string | null,
): { paragraphs: SourceParagraph[]; found: boolean } {
  const at = quote ? locateQuote(text, quote) : null;
  const paragraphs: SourceParagraph[] = [];
  const line = /[^\r\n]*/gy;
  let start = 0;
  while (start <= text.length) {
    line.lastIndex = start;
    const raw = line.exec(text)?.[0] ?? '';
    const from = start + (raw.length - raw.trimStart().length);
    const to = start + raw.trimEnd().length;
    if (to > from) {
      const s = at ? Math.max(from, at.start) : 0;
      const e = at ? Math.min(to, at.end) : 0;
      paragraphs.push(
        s < e
          ? { before: text.slice(from, s), mark: text.slice(s, e), after: text.slice(e, to) }
          : { before: text.slice(from, to), mark: null, after: '' },
      );
    }
    start += raw.length;
    start += text.startsWith('\r\n', start) ? 2 : 1;
  }
  return { paragraphs, found: at !== null };
}
