import type { ReactNode } from 'react';
import { DatasetValidationError } from '../data/parse-dataset';
import { translate } from '../i18n/i18n';
import { formatDatasetError } from '../i18n/messages-validation';
import type { Lang } from '../domain/view';

/** Loading and failure states of the dataset: a message and the located errors, never a blank page. */
export function LoadStatus({
  lang,
  status,
  error,
  onRetry,
}: {
  lang: Lang;
  status: 'pending' | 'error';
  error: Error | null;
  onRetry: () => void;
}): ReactNode {
  if (status === 'pending') {
    return (
      <p className="status" role="status" aria-live="polite">
        {translate(lang, 'loading')}
      </p>
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
        <ul className="error-list">
          {located.map((e, i) => (
            <li key={i}>
              <code>{e.path}</code>: {formatDatasetError(e, lang)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{error?.message ?? translate(lang, 'unknownError')}</p>
      )}
      <button type="button" onClick={onRetry}>
        {translate(lang, 'retry')}
      </button>
    </section>
  );
}
