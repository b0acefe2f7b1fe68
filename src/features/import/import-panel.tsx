import { lazy, Suspense, useEffect, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { translate } from '../../i18n/i18n';
import { useAtlasStore } from '../../store/store';
import { useLang } from '../../store/visible-set';
// Parsing (papaparse, validation) and storage load on demand: they are not needed for the first paint.
const actions = (): Promise<typeof import('./import-actions')> => import('./import-actions');
import './import-panel.css';

// The panel's body (file picker, errors, dataset list) loads when the panel is opened.
const ImportBody = lazy(() => import('./import-body'));

/** Shorten a long title for the one-line summary. */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Files dropped outside the drop zone must not make the browser open them (and leave the app). */
function preventFileDrop(e: globalThis.DragEvent): void {
  if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
}

/**
 * Import another dataset (JSON in our schema or CSV from the template) by file picker or drag and
 * drop; list the loaded datasets with their source and counts; show one, remove imported ones.
 */
export function ImportPanel(): ReactNode {
  const lang = useLang();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  /** null: open by itself when imported datasets are loaded; otherwise the user's choice. */
  const [userOpen, setUserOpen] = useState<boolean | null>(null);
  const status = useAtlasStore((s) => s.importStatus);
  const datasets = useAtlasStore((s) => s.datasets);
  const order = useAtlasStore((s) => s.datasetOrder);
  const activeId = useAtlasStore((s) => s.activeDatasetId);
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>): string =>
    translate(lang, key, params);

  useEffect(() => {
    // Restore saved imports once the first screen is up (they are shown only when the user asks).
    // Idle time, so the parsing and storage code does not compete with the first charts' drawing.
    let live = true;
    let idle: number | null = null;
    const run = (): void => {
      if (live) void actions().then((a) => (live ? a.restoreImportedDatasets() : undefined));
    };
    const restore = window.setTimeout(() => {
      if (window.requestIdleCallback) idle = window.requestIdleCallback(run, { timeout: 2000 });
      else run();
    }, 0);
    window.addEventListener('dragover', preventFileDrop);
    window.addEventListener('drop', preventFileDrop);
    return () => {
      live = false;
      window.clearTimeout(restore);
      if (idle !== null) window.cancelIdleCallback(idle);
      window.removeEventListener('dragover', preventFileDrop);
      window.removeEventListener('drop', preventFileDrop);
    };
  }, []);

  // One dataset file, or a dataset and its report's text chosen (or dropped) together.
  const take = (list: FileList | null | undefined): void => {
    const files = list ? [...list] : [];
    if (files.length === 0 || status.kind === 'busy') return;
    setUserOpen(true);
    void actions().then((a) => a.importDatasetFiles(files));
  };
  const onDrop = (e: DragEvent<HTMLElement>): void => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files);
  };
  const open = userOpen ?? order.length > 1;
  const active = activeId ? datasets[activeId] : undefined;

  return (
    <section
      className={`panel import${over ? ' import--over' : ''}`}
      aria-labelledby="import-title"
      data-testid="import-panel"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={onDrop}
    >
      {/* Always in the page, so a file can be chosen before the panel's body has loaded. */}
      <input
        ref={input}
        type="file"
        accept=".json,.csv,.tsv,.txt,.md"
        multiple
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-input"
        onChange={(e) => {
          take(e.target.files);
          e.target.value = '';
        }}
      />
      <details className="import__details" open={open} onToggle={(e) => setUserOpen(e.currentTarget.open)}>
        <summary className="import__summary">
          <h2 id="import-title">{t('importTitle')}</h2>
          <span className="import__current">
            {active ? t('importCurrent', { title: clip(active.title[lang], 60), count: order.length }) : null}
          </span>
        </summary>
        {open ? (
          <Suspense fallback={<p className="import__body">{t('loading')}</p>}>
            <ImportBody choose={() => input.current?.click()} />
          </Suspense>
        ) : null}
      </details>
    </section>
  );
}
