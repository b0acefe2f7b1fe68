import type { Span } from '../../../workbench/draft-types';
import { trimSpan } from './text-runs';

/**
 * From a DOM selection in the reader to offsets into the report's text. Every run of the reader is
 * an element with `data-start` / `data-end` holding one text node, so a boundary in a text node is
 * its run's start plus the offset in the node. A boundary on an element (a triple click, a
 * selection made with the keyboard or by a script, one that ends between paragraphs) is the start
 * of the first run at or after it, or the end of the last run before it. A boundary outside the
 * reader is clamped to the reader's first or last character.
 */

const START = 'data-start';
const END = 'data-end';

function runOf(node: Node, root: Element): Element | null {
  const el = node instanceof Element ? node : node.parentElement;
  const run = el?.closest(`[${START}]`) ?? null;
  return run && root.contains(run) && run !== root ? run : null;
}

function numberAttr(el: Element, name: string): number | null {
  const v = el.getAttribute(name);
  return v === null ? null : Number(v);
}

/** The offset where `node` begins: its own start, or that of the first run inside it, else null. */
function firstStartIn(node: Node): number | null {
  if (node instanceof Element) {
    const own = numberAttr(node, START);
    if (own !== null) return own;
    const first = node.querySelector(`[${START}]`);
    return first ? numberAttr(first, START) : null;
  }
  return null;
}

/** The offset where `node` ends: its own end, or that of the last run inside it, else null. */
function lastEndIn(node: Node): number | null {
  if (node instanceof Element) {
    const own = numberAttr(node, END);
    if (own !== null) return own;
    const all = node.querySelectorAll(`[${END}]`);
    const last = all[all.length - 1];
    return last ? numberAttr(last, END) : null;
  }
  return null;
}

/**
 * The text offset of the boundary point (`node`, `offset`) of a range, `length` being the text's
 * length (the reader's end). Null only when the reader shows no run at all.
 */
export function boundaryOffset(root: Element, node: Node, offset: number, length: number): number | null {
  if (!root.contains(node)) {
    // Before the reader (e.g. a drag from the heading above): its start; after it: its end.
    const whole = root.ownerDocument.createRange();
    whole.selectNodeContents(root);
    if (whole.comparePoint(node, offset) < 0) return firstStartIn(root) ?? 0;
    return lastEndIn(root) ?? length;
  }
  if (node.nodeType === Node.TEXT_NODE) {
    const run = runOf(node, root);
    if (run) {
      const start = numberAttr(run, START) ?? 0;
      const end = numberAttr(run, END) ?? start;
      return Math.min(end, start + offset);
    }
  }
  // An element boundary: before child `offset` (or after the last child).
  const children = node.childNodes;
  for (let i = offset; i < children.length; i++) {
    const at = firstStartIn(children[i]!);
    if (at !== null) return at;
  }
  for (let i = Math.min(offset, children.length) - 1; i >= 0; i--) {
    const at = lastEndIn(children[i]!);
    if (at !== null) return at;
  }
  // Inside a run without text (or between runs of no element): the enclosing run, else the reader's edges.
  const run = runOf(node, root);
  if (run) return numberAttr(run, START);
  return firstStartIn(root);
}

/**
 * The span of text a range selects in the reader, white space at its ends left out; null when it
 * selects nothing of the reader (collapsed, elsewhere on the page, or only white space).
 */
export function spanOfRange(root: Element, range: AbstractRange, text: string): Span | null {
  if (range.collapsed) return null;
  const live = range instanceof Range ? range : null;
  if (live && !live.intersectsNode(root)) return null;
  const start = boundaryOffset(root, range.startContainer, range.startOffset, text.length);
  const end = boundaryOffset(root, range.endContainer, range.endOffset, text.length);
  if (start === null || end === null || end <= start) return null;
  return trimSpan(text, { start, end });
}

/** The span the document's current selection makes in the reader, if any. */
export function selectedSpan(root: Element, text: string): Span | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  return spanOfRange(root, selection.getRangeAt(0), text);
}
