import { useState, type ReactNode } from 'react';
import type { RegionRegistry } from '../../data/region-registry';
import type { DatasetJson } from '../../data/schema';
import type { Lang } from '../../domain/view';
import { translateWorkbench, type WorkbenchMessageKey } from '../../i18n/messages-workbench';
import { describeDraftIssue } from '../../i18n/workbench-issues';
import { datasetToCsv } from '../../import/csv-export';
import { draftToDatasetJson } from '../../workbench/draft-export';
import type { Draft, DraftIssue } from '../../workbench/draft-types';
import { fileNameOf } from './draft-meta';
import { downloadBlob } from '../../ui/download';
import { issuePlace } from './issue-list';

/** What opening a dataset in the explorer gave: done, or the import's problems in words. */
export type OpenResult = { ok: true } | { ok: false; problems: string[] };

/**
 * Finish: the dataset derived from the draft, exported as JSON (with its text), CSV and the text
 * beside it, or opened in the explorer. Only a draft without problems is a valid dataset: until
 * then the buttons are disabled and say why.
 */
export function FinishPanel({
  draft,
  issues,
  registry,
  lang,
  onOpenInExplorer,
}: {
  draft: Draft;
  issues: readonly DraftIssue[];
  registry: RegionRegistry | null;
  lang: Lang;
  onOpenInExplorer: (json: DatasetJson, fileName: string) => Promise<OpenResult>;
}): ReactNode {
  const t = (key: WorkbenchMessageKey, params?: Record<string, string | number>): string =>
    translateWorkbench(lang, key, params);
  const [opening, setOpening] = useState<'busy' | { problems: string[] } | null>(null);
  const blocked = issues.length > 0 || registry === null;
  const name = fileNameOf(draft.title[lang] || draft.title.zh || draft.title.en, draft.id);
  const dataset = (): DatasetJson | null =>
    registry && !blocked ? draftToDatasetJson(draft, registry) : null;

  const exportJson = (): void => {
    const json = dataset();
    if (!json) return;
    downloadBlob(
      new Blob([`${JSON.stringify(json, null, 2)}\n`], { type: 'application/json' }),
      `${name}.json`,
    );
  };
  const exportCsv = (): void => {
    const json = dataset();
    if (json) downloadBlob(new Blob([datasetToCsv(json)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  };
  const exportText = (): void => {
    downloadBlob(new Blob([draft.source.text], { type: 'text/plain;charset=utf-8' }), draft.source.textFile);
  };
  const open = async (): Promise<void> => {
    const json = dataset();
    if (!json) return;
    setOpening('busy');
    const result = await onOpenInExplorer(json, `${name}.json`);
    setOpening(result.ok ? null : { problems: result.problems });
  };

  const first = issues[0];
  // The dataset exports wait for a draft without problems, and point to the line that says why.
  const whileBlocked = { disabled: blocked, 'aria-describedby': blocked ? 'wb-blocked' : undefined };
  return (
    <section className="panel wb-panel" aria-labelledby="wb-finish-title" id="wb-finish-panel">
      <h2 id="wb-finish-title">{t('wbFinish')}</h2>
      {blocked && first ? (
        <p className="wb-blocked" id="wb-blocked" data-testid="wb-blocked">
          {t('wbBlocked', {
            count: issues.length,
            first: t('wbFieldIn', {
              where: issuePlace(first, draft, lang),
              what: describeDraftIssue(first, lang, draft),
            }),
          })}
        </p>
      ) : null}
      <div className="wb-row wb-finish">
        <button
          type="button"
          className="button wb-button--primary"
          disabled={blocked || opening === 'busy'}
          aria-describedby={blocked ? 'wb-blocked' : undefined}
          onClick={() => void open()}
          data-testid="wb-open-explorer"
        >
          {t('wbOpenExplorer')}
        </button>
        <button
          type="button"
          className="button"
          {...whileBlocked}
          onClick={exportJson}
          data-testid="wb-export-json"
        >
          {t('wbExportJson')}
        </button>
        <button
          type="button"
          className="button"
          {...whileBlocked}
          onClick={exportCsv}
          data-testid="wb-export-csv"
        >
          {t('wbExportCsv')}
        </button>
        {/* The text is always the user's own: it can be saved at any time. */}
        <button type="button" className="button" onClick={exportText} data-testid="wb-export-text">
          {t('wbExportText')}
        </button>
      </div>
      <p className="note">{t('wbExportHint')}</p>
      {opening === 'busy' ? <p role="status">{t('wbOpening')}</p> : null}
      {opening !== null && opening !== 'busy' ? (
        <div className="wb-problem" role="alert">
          <p>{t('wbOpenFailed')}</p>
          <ul>
            {opening.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
