import type { ReactNode } from 'react';
import { formatDay, formatNumber, sourceTitle } from '../../i18n/format';
import { translate } from '../../i18n/i18n';
import { clip } from '../../import/issues';
import { formatIssue } from '../../i18n/import-issues';
import { IMPORT_LIMITS, STORAGE_LIMIT_BYTES } from '../../import/limits';
import { countDataset } from '../../aggregates/dataset';
import { useAtlasStore } from '../../store/store';
import { sourceTextStatus } from '../../store/datasets-slice';
import { useLang } from '../../store/visible-set';

const MB = 1024 * 1024;
const actions = (): Promise<typeof import('./import-actions')> => import('./import-actions');

/** The open import panel: file picker and drop zone, status and located errors, the loaded datasets. */
export default function ImportBody({ choose }: { choose: () => void }): ReactNode {
  const lang = useLang();
  const status = useAtlasStore((s) => s.importStatus);
  const origins = useAtlasStore((s) => s.origins);
  const datasets = useAtlasStore((s) => s.datasets);
  const order = useAtlasStore((s) => s.datasetOrder);
  const activeId = useAtlasStore((s) => s.activeDatasetId);
  const setActive = useAtlasStore((s) => s.setActiveDataset);
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>): string =>
    translate(lang, key, params);
  const doneDataset = status.kind === 'done' ? datasets[status.id] : undefined;
  const problemCount =
    status.kind === 'failed'
      ? status.issues.reduce((n, i) => n + (i.code === 'moreIssues' ? Number(i.params.count) : 1), 0)
      : 0;
  return (
    <div className="import__body">
      <div className="import-drop" data-testid="import-drop">
        <p className="import__intro">{t('importIntro')}</p>
        <div className="import-drop__actions">
          <button type="button" className="button" disabled={status.kind === 'busy'} onClick={choose}>
            {t('importChoose')}
          </button>
          <span className="import-drop__hint">{t('importDrop')}</span>
          <button
            type="button"
            className="button button--small"
            onClick={() => void actions().then((a) => a.downloadTemplate())}
          >
            {t('importTemplate')}
          </button>
        </div>
        <p className="note">
          {t('importLimits', {
            fileMb: IMPORT_LIMITS.maxFileBytes / MB,
            efforts: formatNumber(IMPORT_LIMITS.maxEfforts, lang),
            storeMb: STORAGE_LIMIT_BYTES / MB,
          })}
        </p>
        {status.kind === 'busy' ? (
          <p className="import__status" role="status">
            {t('importBusy', { name: clip(status.name) })}
          </p>
        ) : null}
        {doneDataset ? (
          <p className="import__status import__status--ok" role="status" data-testid="import-done">
            {t('importDone', {
              title: clip(doneDataset.title[lang], 80),
              efforts: doneDataset.efforts.length,
              measures: doneDataset.measureCount,
            })}
          </p>
        ) : null}
        {status.kind === 'failed' ? (
          <div className="import-errors" role="alert" data-testid="import-errors">
            <p>{t('importFailed', { name: clip(status.name), count: problemCount })}</p>
            <ol>
              {status.issues.map((issue, i) => (
                <li key={i}>{formatIssue(issue, lang)}</li>
              ))}
            </ol>
          </div>
        ) : null}
      </div>
      <div className="import__list">
        <h3>{t('importLoaded')}</h3>
        <ul className="import-datasets" data-testid="dataset-list">
          {order.map((id) => {
            const ds = datasets[id];
            if (!ds) return null;
            const origin = origins[id];
            const m = origin?.kind === 'imported' ? origin.meta : null;
            const counts = countDataset(ds);
            const textStatus = sourceTextStatus(ds, origin);
            const title = clip(ds.title[lang], 120);
            const active = id === activeId;
            return (
              <li
                key={id}
                className={`import-dataset${active ? ' import-dataset--active' : ''}`}
                data-dataset-id={id}
              >
                <div className="import-dataset__text">
                  <p className="import-dataset__title">{title}</p>
                  <p className="import-dataset__source">
                    {m
                      ? t('importFromFile', {
                          name: clip(m.fileName),
                          kind: m.kind.toUpperCase(),
                          date: formatDay(m.importedAt.slice(0, 10), lang, { year: true }),
                        })
                      : `${t('importBundled')} · ${clip(sourceTitle(ds.source, lang), 80)}`}
                  </p>
                  <p className="import-dataset__counts">
                    {t('importCounts', {
                      efforts: counts.efforts,
                      measures: counts.measures,
                      organisations: counts.organisations,
                      regions: counts.regions,
                    })}
                  </p>
                  {textStatus === 'none' ? (
                    <p className="unverified" data-testid="source-status" title={t('unverifiedHint')}>
                      {t('unverified')}
                    </p>
                  ) : (
                    <p className="import-dataset__counts" data-testid="source-status">
                      {textStatus === 'embedded'
                        ? t('importTextEmbedded', { name: clip(ds.source.textFile) })
                        : t('importTextBundled')}
                    </p>
                  )}
                </div>
                <div className="import-dataset__actions">
                  <button
                    type="button"
                    className={`button button--small${active ? ' button--on' : ''}`}
                    aria-pressed={active}
                    aria-label={t('importShowLabel', { title })}
                    onClick={() => setActive(id)}
                  >
                    {active ? t('importShowing') : t('importShow')}
                  </button>
                  {m ? (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('importRemoveLabel', { title })}
                      onClick={() => void actions().then((a) => a.removeImportedDataset(id))}
                    >
                      {t('importRemove')}
                    </button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
