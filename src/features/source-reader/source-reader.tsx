import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { BUNDLED_TEXT_FILE, sourceTextQueryOptions } from '../../data/queries';
import type { Source } from '../../data/schema';
import { formatDay } from '../../i18n/format';
import { translate } from '../../i18n/i18n';
import { useAtlasStore } from '../../store/store';
import { useLang } from '../../store/visible-set';
import { splitSource } from './highlight';

/**
 * The full report in a modal dialog, with the cited passage highlighted and scrolled into view.
 * Loaded lazily: neither this code nor the text is needed for the first paint.
 */
export default function SourceReader({ source }: { source: Source }): ReactNode {
  const lang = useLang();
  const { open, quote } = useAtlasStore((s) => s.sourceReader);
  const closeSource = useAtlasStore((s) => s.closeSource);
  const dialog = useRef<HTMLDialogElement>(null);
  // Imported datasets bring no full text: show their quote, never the wrong report.
  const hasText = source.textFile === BUNDLED_TEXT_FILE;
  const text = useQuery({ ...sourceTextQueryOptions(), enabled: open && hasText });

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    // jsdom and old browsers lack showModal(): fall back to a non-modal open dialog.
    if (open && !el.open) {
      if (typeof el.showModal === 'function') el.showModal();
      else el.setAttribute('open', '');
    }
    if (!open && el.open) {
      if (typeof el.close === 'function') el.close();
      else el.removeAttribute('open');
    }
  }, [open]);

  useEffect(() => {
    if (open && text.data) {
      dialog.current?.querySelector('mark')?.scrollIntoView({ block: 'center' });
    }
  }, [open, text.data, quote]);

  const split = hasText && text.data ? splitSource(text.data, quote) : null;
  return (
    <dialog
      ref={dialog}
      className="source-reader"
      aria-labelledby="source-title"
      onClose={closeSource}
      data-testid="source-reader"
    >
      <div className="source-reader__head">
        <div>
          <h2 id="source-title">{translate(lang, 'sourceReader')}</h2>
          <p className="source-reader__cite">
            <span lang="zh-CN">{source.title}</span> · {source.publisher[lang]} ·{' '}
            {translate(lang, 'published', {
              date: formatDay(source.publishedAt.slice(0, 10), lang, { year: true }),
            })}
            {source.reprintedFrom
              ? ` · ${translate(lang, 'reprintedFrom', { name: source.reprintedFrom[lang] })}`
              : ''}
          </p>
        </div>
        <button
          type="button"
          className="button"
          onClick={closeSource}
          aria-label={translate(lang, 'closeSourceReader')}
        >
          ✕
        </button>
      </div>
      <div className="source-reader__body" lang="zh-CN">
        {!hasText ? (
          <>
            <p role="status">{translate(lang, 'sourceNotBundled')}</p>
            {quote ? <blockquote className="measure__quote">{quote}</blockquote> : null}
          </>
        ) : null}
        {hasText && text.isPending ? <p role="status">{translate(lang, 'sourceLoading')}</p> : null}
        {text.isError ? <p role="alert">{text.error.message}</p> : null}
        {split && quote && !split.found ? <p role="alert">{translate(lang, 'quoteNotFound')}</p> : null}
        {split?.paragraphs.map((p, i) => (
          <p key={i}>
            {p.before}
            {p.mark !== null ? <mark>{p.mark}</mark> : null}
            {p.after}
          </p>
        ))}
      </div>
    </dialog>
  );
}
