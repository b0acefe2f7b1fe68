import type { CoverageStatus, Span } from '../../../workbench/draft-types';

/**
 * The reader's text as paragraphs of runs: a run is a stretch of the text with one look (inside the
 * same efforts, the same figure, the cursor or not), rendered as one element carrying its offsets
 * (`data-start`, `data-end`), so a selection in the page maps back to offsets into the text
 * (`selection.ts`). Pure: the same text and marks give the same runs.
 */
export interface Run {
  start: number;
  end: number;
  /** The efforts whose passage covers the run, in the draft's order. */
  efforts: string[];
  /** The coverage status of a detected figure the run is part of, or null. */
  figure: CoverageStatus | null;
  /** Inside the keyboard cursor (or the pending selection). */
  cursor: boolean;
}

export interface ReaderParagraph {
  start: number;
  end: number;
  runs: Run[];
}

export interface ReaderMarks {
  efforts: ReadonlyArray<{ id: string; span: Span }>;
  figures: ReadonlyArray<{ span: Span; status: CoverageStatus }>;
  cursor: Span | null;
}

const inside = (span: Span, at: number): boolean => span.start <= at && at < span.end;
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Split each paragraph at every edge of a mark inside it; each piece knows which marks cover it. */
export function paragraphRuns(paragraphs: readonly Span[], marks: ReaderMarks): ReaderParagraph[] {
  return paragraphs.map((p) => {
    const efforts = marks.efforts.filter((e) => overlaps(e.span, p));
    const figures = marks.figures.filter((f) => overlaps(f.span, p));
    const cursor = marks.cursor && overlaps(marks.cursor, p) ? marks.cursor : null;
    const edges = new Set<number>([p.start, p.end]);
    const add = (s: Span): void => {
      if (s.start > p.start && s.start < p.end) edges.add(s.start);
      if (s.end > p.start && s.end < p.end) edges.add(s.end);
    };
    efforts.forEach((e) => add(e.span));
    figures.forEach((f) => add(f.span));
    if (cursor) add(cursor);
    const sorted = [...edges].sort((a, b) => a - b);
    const runs: Run[] = [];
    for (let i = 0; i + 1 < sorted.length; i++) {
      const start = sorted[i]!;
      const end = sorted[i + 1]!;
      runs.push({
        start,
        end,
        efforts: efforts.filter((e) => inside(e.span, start)).map((e) => e.id),
        figure: figures.find((f) => inside(f.span, start))?.status ?? null,
        cursor: cursor !== null && inside(cursor, start),
      });
    }
    return { start: p.start, end: p.end, runs };
  });
}

/** The span with the white space at its ends left out (a quote starts and ends with words), or null if nothing is left. */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}
