import type { ReactNode } from 'react';
import type { DatasetError } from '../data/dataset-errors';
import type { Lang } from '../domain/view';
import { formatDatasetError } from '../i18n/messages-validation';

/** The located problems of a dataset that failed validation (its own chunk: only a failure needs it). */
export default function DatasetErrorList({
  errors,
  lang,
}: {
  errors: DatasetError[];
  lang: Lang;
}): ReactNode {
  return (
    <ul className="error-list">
      {errors.map((e, i) => (
        <li key={i}>
          <code>{e.path}</code>: {formatDatasetError(e, lang)}
        </li>
      ))}
    </ul>
  );
}
