import { lazy, Suspense, useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { useLang } from '../../store/visible-set';
import { loadExportActions } from './export-menu';
import './export.css';

const CitePanel = lazy(() => import('./cite-panel'));
const PrintCitation = lazy(() => import('./cite-panel').then((m) => ({ default: m.PrintCitation })));

const DATA_KINDS: Array<['visible-csv' | 'visible-json' | 'full-csv' | 'full-json', MessageKey]> = [
  ['visible-csv', 'dataVisibleCsv'],
  ['visible-json', 'dataVisibleJson'],
  ['full-csv', 'dataFullCsv'],
  ['full-json', 'dataFullJson'],
];

/**
 * Site-level export and citation: the Cite panel, data downloads (visible or full, CSV or JSON),
 * the evidence pack (zip) and print (a clean A4 page through the browser's print dialog).
 */
export function ExportBar(): ReactNode {
  const lang = useLang();
  const [citeOpen, setCiteOpen] = useState(false);
  const [dataOpen, setDataOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [printing, setPrinting] = useState(false);
  const dataId = useId();

  useEffect(() => {
    if (!printing) return;
    // Let the printed citation render before the print dialog opens.
    const timer = window.setTimeout(() => window.print(), 150);
    return () => window.clearTimeout(timer);
  }, [printing]);

  const act = async (
    work: (actions: Awaited<ReturnType<typeof loadExportActions>>) => Promise<string> | string,
  ): Promise<void> => {
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
    if (busy) return;
    setBusy(true);
    setStatus(translate(lang, 'exportPreparing'));
    const actions = await loadExportActions();
    try {
      const file = await work(actions);
      setStatus(translate(lang, 'exportDone', { file }));
    } catch (e) {
      setStatus(actions.failureMessage(e, lang));
    } finally {
      setBusy(false);
    }
  };
  const onDataKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && dataOpen) {
      e.stopPropagation();
      setDataOpen(false);
      document.getElementById(`${dataId}-trigger`)?.focus();
    }
  };

  return (
    <section className="export-bar" aria-labelledby="export-bar-title" data-testid="export-bar">
      <h2 id="export-bar-title" className="export-bar__title">
        {translate(lang, 'exportTools')}
      </h2>
      <div className="export-bar__actions">
        <button
          id="cite-trigger"
          type="button"
          className="button"
          aria-expanded={citeOpen}
          aria-controls="cite-panel"
          onClick={() => setCiteOpen(!citeOpen)}
        >
          {translate(lang, 'cite')}
        </button>
        <div className="export-menu" onKeyDown={onDataKey}>
          <button
            id={`${dataId}-trigger`}
            type="button"
            className="button"
            aria-expanded={dataOpen}
            aria-controls={dataId}
            onClick={() => {
              if (!dataOpen) void loadExportActions();
              setDataOpen(!dataOpen);
            }}
          >
            {translate(lang, 'downloadData')} ▾
          </button>
          {dataOpen ? (
            <div
              id={dataId}
              className="export-menu__panel export-menu__panel--left"
              role="group"
              aria-label={translate(lang, 'downloadData')}
            >
              {DATA_KINDS.map(([kind, key]) => (
                <button
                  key={kind}
                  type="button"
                  className="button"
                  aria-disabled={busy}
                  onClick={() => void act((a) => a.exportData(kind))}
                >
                  {translate(lang, key)}
                </button>
              ))}
            </div>
          ) : null}
        </div>
        <button
          type="button"
          className="button"
          aria-disabled={busy}
          onClick={() => void act((a) => a.exportEvidencePack())}
        >
          {translate(lang, 'evidencePack')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            if (printing) window.print();
            else setPrinting(true);
          }}
        >
          {translate(lang, 'print')}
        </button>
        <p className="export-bar__status" role="status" data-testid="export-status">
          {status}
        </p>
      </div>
      {citeOpen ? (
        <Suspense fallback={<p className="note">{translate(lang, 'loading')}</p>}>
          <CitePanel
            onClose={() => {
              setCiteOpen(false);
              // Back to where the keyboard user came from.
              document.getElementById('cite-trigger')?.focus();
            }}
          />
        </Suspense>
      ) : null}
      {/* Always there (hidden on screen) so a print from the browser's own menu also says what it shows. */}
      <Suspense fallback={null}>
        <PrintCitation />
      </Suspense>
    </section>
  );
}
