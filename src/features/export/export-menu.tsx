import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { translate } from '../../i18n/i18n';
import type { ExportSlotProps } from '../../ui/slots';
import { useLang } from '../../store/visible-set';
import './export.css';

/** Load the export code (builders, zip, CSV, SVG renderer) only when someone asks for it. */
export const loadExportActions = () => import('./export-actions');

/**
 * The "Export" button of a chart panel: PNG (2×) or SVG of the map or the open tab's chart,
 * with title, filters, source and export date drawn inside the image.
 */
export function ExportMenu({ panel, target, name }: ExportSlotProps): ReactNode {
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const id = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const toggle = (): void => {
    if (!open) void loadExportActions();
    setOpen(!open);
    setStatus('');
  };
  const close = (): void => {
    setOpen(false);
    trigger.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      close();
    }
  };
  const run = async (format: 'png' | 'svg'): Promise<void> => {
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
    if (busy) return;
    setBusy(true);
    setStatus(translate(lang, 'exportPreparing'));
    const actions = await loadExportActions();
    try {
      const file = await actions.exportChartImage(target, format);
      setStatus(translate(lang, 'exportDone', { file }));
    } catch (e) {
      setStatus(actions.failureMessage(e, lang));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export-menu" onKeyDown={onKeyDown} data-testid={`export-menu-${panel}`}>
      <button
        ref={trigger}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={id}
        aria-label={translate(lang, 'exportMenuLabel', { name })}
        onClick={toggle}
      >
        {translate(lang, 'exportMenu')} ▾
      </button>
      {open ? (
        <div id={id} className="export-menu__panel" role="group" aria-label={translate(lang, 'exportMenu')}>
          <button type="button" className="button" aria-disabled={busy} onClick={() => void run('png')}>
            {translate(lang, 'exportPng')}
          </button>
          <button type="button" className="button" aria-disabled={busy} onClick={() => void run('svg')}>
            {translate(lang, 'exportSvg')}
          </button>
          <p className="export-menu__status" role="status">
            {status}
          </p>
        </div>
      ) : null}
    </div>
  );
}
