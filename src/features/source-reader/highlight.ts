/** A paragraph of the source, split around the highlighted passage (if it falls in it). */
export interface SourceParagraph {
  before: string;
  mark: string | null;
  after: string;
}

/**
 * Split the source text into paragraphs and locate `quote` (verbatim) in them. A quote never
 * spans paragraphs in our data; if it is not found, nothing is marked and `found` is false.
 */
export function splitSource(
  text: string,
  quote: string | null,
): { paragraphs: SourceParagraph[]; found: boolean } {
  let found = false;
  const paragraphs = text
    .split(/\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line): SourceParagraph => {
      const at = quote && !found ? line.indexOf(quote) : -1;
      if (at === -1 || !quote) return { before: line, mark: null, after: '' };
      found = true;
      return { before: line.slice(0, at), mark: quote, after: line.slice(at + quote.length) };
    });
  return { paragraphs, found };
}
