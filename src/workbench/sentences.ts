import type { Span } from './draft-types';

/**
 * The units the workbench reads a report in: paragraphs (for display) and sentences (for keyboard
 * selection and coverage). Spans are offsets into the text, trimmed of surrounding whitespace, so a
 * sentence's span can be an effort's passage as it is.
 */

/** Sentence ends: after 。！？；; and at line ends (the split the figure detector's tests use). */
const SENTENCE_END = /[。！？；;\n]/u;

/** The part of `[start, end)` without leading and trailing whitespace, or null when nothing is left. */
function trimmed(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text.charAt(s))) s += 1;
  while (e > s && /\s/u.test(text.charAt(e - 1))) e -= 1;
  return s < e ? { start: s, end: e } : null;
}

/** Every sentence of the text, in order: split after 。！？；; and at line ends; blank ones left out. */
export function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || SENTENCE_END.test(text.charAt(i))) {
      const span = trimmed(text, start, Math.min(i + 1, text.length));
      if (span) out.push(span);
      start = i + 1;
    }
  }
  return out;
}

/**
 * The paragraphs of the text. Where the text separates blocks with blank lines, a paragraph is a
 * block (lines hard-wrapped inside it stay together); in a text without blank lines, each line is one.
 */
export function paragraphsOf(text: string): Span[] {
  const lines: Array<Span & { blank: boolean }> = [];
  const re = /\r\n|\r|\n/gu;
  let start = 0;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    lines.push({ start, end, blank: text.slice(start, end).trim() === '' });
    if (!m) break;
    start = m.index + m[0].length;
  }
  const byBlock = lines.some((l) => l.blank);
  const out: Span[] = [];
  let block: Span | null = null;
  for (const line of lines) {
    if (line.blank || !byBlock) {
      const span = block && trimmed(text, block.start, block.end);
      if (span) out.push(span);
      block = line.blank ? null : { start: line.start, end: line.end };
      continue;
    }
    block = block ? { start: block.start, end: line.end } : { start: line.start, end: line.end };
  }
  const last = block && trimmed(text, block.start, block.end);
  if (last) out.push(last);
  return out;
}

/**
 * The sentence at `offset` (clamped to the text): the one containing it, else the next one (offset
 * in the whitespace between two), else the last. `{start: 0, end: 0}` for a text without sentences.
 */
export function sentenceAt(text: string, offset: number): Span {
  const sentences = sentencesOf(text);
  const at = Number.isFinite(offset) ? Math.min(Math.max(0, Math.floor(offset)), text.length) : 0;
  const found = sentences.find((s) => at < s.end) ?? sentences[sentences.length - 1];
  return found ? { start: found.start, end: found.end } : { start: 0, end: 0 };
}
