import type { Span } from '../../../workbench/draft-types';

/**
 * The reader's keyboard cursor: a run of whole sentences, from `anchor` to `focus` (indices into
 * the text's sentences, either order). ↑/↓ move it by a sentence; with Shift only the focus moves,
 * so the run grows or shrinks; Enter makes an effort of it.
 */
export interface SentenceCursor {
  anchor: number;
  focus: number;
}

export type CursorMove = 'next' | 'previous' | 'first' | 'last';

/** The cursor after a move; `from` is where a new cursor starts (null: the first or last sentence). */
export function moveCursor(
  cursor: SentenceCursor | null,
  move: CursorMove,
  extend: boolean,
  count: number,
  from: number | null = null,
): SentenceCursor | null {
  if (count === 0) return null;
  const clamp = (i: number): number => Math.min(count - 1, Math.max(0, i));
  if (cursor === null) {
    const at = clamp(from ?? (move === 'previous' || move === 'last' ? count - 1 : 0));
    return { anchor: at, focus: at };
  }
  const focus = clamp(
    move === 'next'
      ? cursor.focus + 1
      : move === 'previous'
        ? cursor.focus - 1
        : move === 'first'
          ? 0
          : count - 1,
  );
  return { anchor: extend ? cursor.anchor : focus, focus };
}

/** The sentences the cursor covers, first and last (inclusive). */
export function cursorRange(cursor: SentenceCursor): { first: number; last: number } {
  return { first: Math.min(cursor.anchor, cursor.focus), last: Math.max(cursor.anchor, cursor.focus) };
}

/** The text the cursor covers: from its first sentence's start to its last sentence's end. */
export function cursorSpan(cursor: SentenceCursor, sentences: readonly Span[]): Span | null {
  const { first, last } = cursorRange(cursor);
  const a = sentences[first];
  const b = sentences[last];
  return a && b ? { start: a.start, end: b.end } : null;
}

/** The index of the sentence that contains `offset` (or the first one after it), or null. */
export function sentenceIndexAt(sentences: readonly Span[], offset: number): number | null {
  let lo = 0;
  let hi = sentences.length - 1;
  let found: number | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (s.end <= offset) lo = mid + 1;
    else {
      found = mid;
      hi = mid - 1;
    }
  }
  return found;
}
