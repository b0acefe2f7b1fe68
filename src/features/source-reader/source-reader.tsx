import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { sourceTextQueryOptions } from '../../data/queries';
import { formatDay } from '../../i18n/format';
import { translate } from '../../i18n/i18n';
import { ALL_DATASETS } from '../../aggregates/union';
import { selectSourceTextStatus } from '../../store/datasets-slice';
import { useAtlasStore } from '../../store/store';
import { useLang } from '../../store/visible-set';
import { splitSource } from './highlight';
import { syncDialogOpen } from '../../ui/dialog';

/**
 * The full report in a modal dialog, with the cited passage highlighted and scrolled into view. The
 * report is that of the dataset the passage belongs to (`sourceReader.datasetId`, else the active
 * one): its embedded text (`source.text`, checked against every quote on import), or for the bundled
 * dataset the bundled text file. A dataset without a text says its quotes are unverified.
 * Loaded lazily: neither this code nor the bundled text is needed for the first paint.
 */
export default function SourceReader(): ReactNode {
  const lang = useLang();
  const { open, quote, datasetId } = useAtlasStore((s) => s.sourceReader);
  // In the union of reports (`*`) the header's button opens the first report in view: a passage
  // always names its own report (`datasetId`).
  const id = useAtlasStore((s) =>
    datasetId !== null
      ? datasetId
      : s.activeDatasetId === ALL_DATASETS
        ? (s.datasetOrder[0] ?? null)
        : s.activeDatasetId,
  );
  const dataset = useAtlasStore((s) => (id === null ? undefined : s.datasets[id]));
  const status = useAtlasStore((s) => selectSourceTextStatus(s, id));
  const closeSource = useAtlasStore((s) => s.closeSource);
  const dialog = useRef<HTMLDialogElement>(null);
  const bundled = useQuery({ ...sourceTextQueryOptions(), enabled: open && status === 'bundled' });
  const text =
    status === 'embedded'
      ? (dataset?.source.text ?? null)
      : status === 'bundled'
        ? (bundled.data ?? null)
        : null;

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    syncDialogOpen(el, open);
  }, [open]);

  useEffect(() => {
    if (open && text !== null) {
      dialog.current?.querySelector('mark')?.scrollIntoView({ block: 'center' });
    }
  }, [open, text, quote]);

  if (!dataset) return null;
  const { source } = dataset;
  const split = text !== null ? splitSource(text, quote) : null;
  return (
    <dialog
      ref={dialog}
      className="source-reader"
      aria-labelledby="source-title"
      onClose={closeSource}
      data-testid="source-reader"
      data-dataset-id={dataset.id}
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
      {/* In the interface language, outside the report's (Chinese) body. */}
      {status === 'none' ? (
        <p role="status" className="unverified source-reader__note">
          {translate(lang, 'sourceNotBundled')}
        </p>
      ) : null}
      <div className="source-reader__body" lang="zh-CN">
        {status === 'none' && quote ? <blockquote className="measure__quote">{quote}</blockquote> : null}
        {status === 'bundled' && bundled.isPending ? (
          <p role="status">{translate(lang, 'sourceLoading')}</p>
        ) : null}
        {status === 'bundled' && bundled.isError ? <p role="alert">{bundled.error.message}</p> : null}
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
