import {
  memo,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { Lang } from '../../../domain/view';
import { translateWorkbench } from '../../../i18n/messages-workbench';
import type { CoverageStatus, Span } from '../../../workbench/draft-types';
import { selectedSpan } from './selection';
import {
  cursorRange,
  cursorSpan,
  moveCursor,
  sentenceIndexAt,
  type CursorMove,
  type SentenceCursor,
} from './sentence-cursor';
import { paragraphRuns, type ReaderParagraph, type Run } from './text-runs';

export interface ReaderProps {
  text: string;
  paragraphs: readonly Span[];
  sentences: readonly Span[];
  efforts: ReadonlyArray<{ id: string; span: Span }>;
  figures: ReadonlyArray<{ span: Span; status: CoverageStatus }>;
  selectedEffort: string | null;
  cursor: SentenceCursor | null;
  onCursor: (cursor: SentenceCursor | null) => void;
  onNewEffort: (span: Span) => void;
  onOpenEffort: (id: string) => void;
  lang: Lang;
  /** The reader's focusable element (the coverage list moves focus here). */
  readerRef: RefObject<HTMLDivElement | null>;
}

const KEYS: Record<string, CursorMove> = {
  ArrowDown: 'next',
  j: 'next',
  ArrowUp: 'previous',
  k: 'previous',
  Home: 'first',
  End: 'last',
};

function runClass(run: Run, selected: string | null): string {
  const names = ['wb-run'];
  if (run.efforts.length) names.push('wb-run--effort');
  if (run.efforts.length > 1) names.push('wb-run--overlap');
  if (selected !== null && run.efforts.includes(selected)) names.push('wb-run--selected');
  if (run.figure) names.push(`wb-run--${run.figure}`);
  if (run.cursor) names.push('wb-run--cursor');
  return names.join(' ');
}

/** What a paragraph renders from: its runs' offsets and looks (equal signatures render the same). */
function signature(p: ReaderParagraph, selected: string | null): string {
  return p.runs.map((r) => `${r.start}-${r.end}${runClass(r, selected)}${r.efforts.join(',')}`).join('|');
}

const Paragraph = memo(
  function Paragraph({
    text,
    paragraph,
    selected,
  }: {
    text: string;
    paragraph: ReaderParagraph;
    selected: string | null;
    sig: string;
  }): ReactNode {
    return (
      <p data-start={paragraph.start} data-end={paragraph.end}>
        {paragraph.runs.map((r) => {
          const props = {
            className: runClass(r, selected),
            'data-start': r.start,
            'data-end': r.end,
            'data-efforts': r.efforts.length ? r.efforts.join(' ') : undefined,
          };
          const words = text.slice(r.start, r.end);
          // A marked passage is a <mark>; every run holds exactly one text node (selection.ts).
          return r.efforts.length ? (
            <mark key={r.start} {...props}>
              {words}
            </mark>
          ) : (
            <span key={r.start} {...props}>
              {words}
            </span>
          );
        })}
      </p>
    );
  },
  (a, b) => a.text === b.text && a.sig === b.sig,
);

/** Where the reader's visible part begins: the first paragraph not above the viewport's top. */
function firstVisibleOffset(root: HTMLElement): number | null {
  const top = Math.max(0, root.getBoundingClientRect().top);
  for (const p of root.querySelectorAll('p[data-start]')) {
    if (p.getBoundingClientRect().bottom > top) return Number(p.getAttribute('data-start'));
  }
  return null;
}

/** The run element at `offset` (the one that contains it). */
function runAt(root: HTMLElement, offset: number): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>('[data-efforts], .wb-run')) {
    if (Number(el.dataset.start) <= offset && offset < Number(el.dataset.end)) return el;
  }
  return null;
}

function clip(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * The report's text in paragraphs, every character at a known offset. Marked efforts are
 * highlighted; figures the detector finds are underlined by coverage status. A selection (mouse or
 * touch) offers "new effort from this passage"; the keyboard moves a sentence cursor. Nothing here
 * edits the text: a quote is always a span of it.
 */
export function Reader(props: ReaderProps): ReactNode {
  const { text, paragraphs, sentences, efforts, figures, selectedEffort, cursor, lang, readerRef } = props;
  const { onCursor, onNewEffort, onOpenEffort } = props;
  const t = (
    key: Parameters<typeof translateWorkbench>[1],
    params?: Record<string, string | number>,
  ): string => translateWorkbench(lang, key, params);
  const [pending, setPending] = useState<{ span: Span; top: number; left: number } | null>(null);
  const [announce, setAnnounce] = useState('');
  const frame = useRef<HTMLDivElement>(null);

  const cursorText = cursor ? cursorSpan(cursor, sentences) : null;
  const runs = useMemo(
    () => paragraphRuns(paragraphs, { efforts, figures, cursor: cursorText }),
    [paragraphs, efforts, figures, cursorText?.start, cursorText?.end], // eslint-disable-line react-hooks/exhaustive-deps
  );

  // A selection made with the mouse or a finger: offer an effort of it, beside it.
  useEffect(() => {
    const root = readerRef.current;
    if (!root) return;
    let timer = 0;
    const onChange = (): void => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const span = selectedSpan(root, text);
        if (!span) {
          setPending(null);
          return;
        }
        const selection = root.ownerDocument.getSelection();
        const rect = selection?.rangeCount ? selection.getRangeAt(0).getBoundingClientRect() : null;
        const box = frame.current?.getBoundingClientRect();
        setPending({
          span,
          top: rect && box ? rect.bottom - box.top + 6 : 0,
          left: rect && box ? Math.max(0, Math.min(rect.left - box.left, box.width - 240)) : 0,
        });
        setAnnounce(
          translateWorkbench(lang, 'wbSelectionAnnounce', {
            n: span.end - span.start,
            text: clip(text.slice(span.start, span.end)),
          }),
        );
      }, 120);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [readerRef, text, lang]);

  // The cursor's sentence stays in view, and is read out.
  useEffect(() => {
    const root = readerRef.current;
    if (!root || !cursor) return;
    const focusSentence = sentences[cursor.focus];
    // (jsdom has no scrollIntoView.)
    if (focusSentence) runAt(root, focusSentence.start)?.scrollIntoView?.({ block: 'nearest' });
  }, [cursor, sentences, readerRef]);

  const describeCursor = (c: SentenceCursor): string => {
    const { first, last } = cursorRange(c);
    const span = cursorSpan(c, sentences);
    if (!span) return '';
    const words = clip(text.slice(span.start, span.end), 160);
    const head =
      first === last
        ? t('wbCursorOne', { n: first + 1, count: sentences.length, text: words })
        : t('wbCursorMany', { first: first + 1, last: last + 1, count: sentences.length, text: words });
    const inEfforts = efforts
      .filter((e) => e.span.start < span.end && span.start < e.span.end)
      .map((e) => e.id);
    const figs = figures.filter((f) => f.span.start >= span.start && f.span.end <= span.end);
    const parts = [head];
    if (inEfforts.length) parts.push(t('wbCursorInEffort', { efforts: inEfforts.join(', ') }));
    if (figs.length)
      parts.push(
        t('wbCursorFigures', { n: figs.length, open: figs.filter((f) => f.status === 'open').length }),
      );
    return parts.join(' ');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const move = KEYS[e.key.length === 1 ? e.key.toLowerCase() : e.key];
    if (move) {
      e.preventDefault();
      const root = readerRef.current;
      const from =
        pending !== null
          ? sentenceIndexAt(sentences, pending.span.start)
          : root
            ? sentenceIndexAt(sentences, firstVisibleOffset(root) ?? 0)
            : null;
      onCursor(moveCursor(cursor, move, e.shiftKey, sentences.length, from));
      return;
    }
    if (e.key === 'Enter') {
      const span =
        (pending ? (current() ?? pending.span) : null) ?? (cursor ? cursorSpan(cursor, sentences) : null);
      if (span) {
        e.preventDefault();
        create(span);
      }
      return;
    }
    if (e.key === 'Escape' && (cursor || pending)) {
      e.preventDefault();
      onCursor(null);
      setPending(null);
      root()?.ownerDocument.getSelection()?.removeAllRanges();
    }
  };
  const root = (): HTMLDivElement | null => readerRef.current;
  const current = (): Span | null => {
    const el = root();
    return el ? selectedSpan(el, text) : null;
  };

  const create = (span: Span): void => {
    onNewEffort(span);
    onCursor(null);
    setPending(null);
    root()?.ownerDocument.getSelection()?.removeAllRanges();
  };

  // A click (not a drag) on a marked passage opens its effort; the innermost one where they overlap.
  const onClick = (e: MouseEvent<HTMLDivElement>): void => {
    const selection = root()?.ownerDocument.getSelection();
    if (selection && !selection.isCollapsed) return;
    const ids = (e.target as Element).closest('[data-efforts]')?.getAttribute('data-efforts')?.split(' ');
    const id = ids?.[ids.length - 1];
    if (id) onOpenEffort(id);
  };

  const selected = selectedEffort;
  return (
    <div className="wb-reader-frame" ref={frame}>
      <p id="wb-reader-help" className="note wb-reader__help">
        {t('wbReaderHelp')}
      </p>
      <div
        ref={readerRef}
        className="wb-reader"
        role="region"
        tabIndex={0}
        lang="zh-CN"
        aria-label={t('wbReader')}
        aria-describedby="wb-reader-help"
        data-testid="wb-reader"
        onKeyDown={onKeyDown}
        onClick={onClick}
      >
        {runs.map((p) => (
          <Paragraph
            key={p.start}
            text={text}
            paragraph={p}
            selected={selected}
            sig={signature(p, selected)}
          />
        ))}
      </div>
      {pending ? (
        <div className="wb-selection-action" style={{ top: pending.top, left: pending.left }}>
          <button
            type="button"
            className="button wb-button--primary"
            data-testid="wb-new-effort"
            // Keep the selection: the button acts on what is selected.
            onMouseDown={(e) => e.preventDefault()}
            // The selection as it is now (the offer may be from a moment ago, mid-drag).
            onClick={() => create(current() ?? pending.span)}
          >
            {t('wbNewEffort')}
          </button>
        </div>
      ) : null}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="wb-announce">
        {cursor ? describeCursor(cursor) : announce}
      </p>
    </div>
  );
}
