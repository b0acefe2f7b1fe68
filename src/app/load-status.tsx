import { lazy, Suspense, type ReactNode } from 'react';
import { DatasetValidationError } from '../data/dataset-errors';
import { formatNumber } from '../i18n/format';
import { translate } from '../i18n/i18n';
import type { Lang } from '../domain/view';
import type { LoadProgress } from '../worker/load-dataset';
import type { MessageKey } from '../i18n/messages';

const DatasetErrorList = lazy(() => import('./dataset-error-list'));

const STEP: Record<LoadProgress['phase'], MessageKey> = {
  download: 'loadingDownload',
  validate: 'loadingValidate',
  index: 'loadingIndex',
  transfer: 'loadingTransfer',
};

/** What the load is doing, and how far the transfer of a large file has come. */
function Progress({ lang, progress }: { lang: Lang; progress: LoadProgress }): ReactNode {
  const { phase, done, total } = progress;
  return (
    <>
      <span className="status__step">
        {translate(lang, STEP[phase], {
          done: formatNumber(done ?? 0, lang),
          total: formatNumber(total ?? 0, lang),
        })}
      </span>
      {phase === 'transfer' && total ? (
        <progress className="status__bar" max={total} value={done ?? 0} />
      ) : (
        <progress className="status__bar" />
      )}
    </>
  );
}

/** Loading and failure states of the dataset: a message and the located errors, never a blank page. */
export function LoadStatus({
  lang,
  status,
  error,
  onRetry,
  progress = null,
}: {
  lang: Lang;
  status: 'pending' | 'error';
  error: Error | null;
  onRetry: () => void;
  progress?: LoadProgress | null;
}): ReactNode {
  if (status === 'pending') {
    return (
      <div className="status" role="status" aria-live="polite">
        <p>{translate(lang, 'loading')}</p>
        {progress ? <Progress lang={lang} progress={progress} /> : null}
      </div>
    );
  }
  const located = error instanceof DatasetValidationError ? error.errors : null;
  return (
    <section className="status status--error" role="alert">
      <h2>
        {located
          ? translate(lang, 'invalidDataset', { count: located.length })
          : translate(lang, 'loadFailed')}
      </h2>
      {located ? (
        <Suspense fallback={<p>{translate(lang, 'loading')}</p>}>
          <DatasetErrorList errors={located} lang={lang} />
        </Suspense>
      ) : (
        <p>{error?.message ?? translate(lang, 'unknownError')}</p>
      )}
      <button type="button" onClick={onRetry}>
        {translate(lang, 'retry')}
      </button>
    </section>
  );
}
