import type { ReactNode } from 'react';
import type { Dataset } from '../data/model';
import type { Lang } from '../domain/view';
import { translate } from '../i18n/i18n';
import { selectSourceTextStatus } from '../store/datasets-slice';
import { useAtlasStore } from '../store/store';

/**
 * "Show in source" for a quote of `dataset`: opens the report the quote comes from with the quote
 * highlighted — `datasetId`, the effort's own report (in the union of reports, one of its members),
 * else the dataset itself. Without that report's text it cannot work, so the quote is marked
 * unverified instead.
 */
export function SourceLink({
  quote,
  dataset,
  datasetId,
  lang,
}: {
  quote: string;
  dataset: Dataset;
  /** The report the quote comes from (`effort.datasetId`). */
  datasetId?: string;
  lang: Lang;
}): ReactNode {
  const report = datasetId ?? dataset.id;
  const openSource = useAtlasStore((s) => s.openSource);
  const verifiable = useAtlasStore((s) => selectSourceTextStatus(s, report) !== 'none');
  return verifiable ? (
    <button type="button" className="link-button" onClick={() => openSource(quote, report)}>
      {translate(lang, 'showInSource')}
    </button>
  ) : (
    <p className="unverified" title={translate(lang, 'unverifiedHint')}>
      {translate(lang, 'unverified')}
      <span className="visually-hidden"> {translate(lang, 'unverifiedHint')}</span>
    </p>
  );
}
