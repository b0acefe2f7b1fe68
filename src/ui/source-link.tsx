import type { ReactNode } from 'react';
import type { Dataset } from '../data/model';
import type { Lang } from '../domain/view';
import { translate } from '../i18n/i18n';
import { selectSourceTextStatus } from '../store/datasets-slice';
import { useAtlasStore } from '../store/store';

/**
 * "Show in source" for a quote of `dataset`: opens that dataset's report with the quote
 * highlighted. Without the report's text it cannot work, so the quote is marked unverified instead.
 */
export function SourceLink({
  quote,
  dataset,
  lang,
}: {
  quote: string;
  dataset: Dataset;
  lang: Lang;
}): ReactNode {
  const openSource = useAtlasStore((s) => s.openSource);
  const verifiable = useAtlasStore((s) => selectSourceTextStatus(s, dataset.id) !== 'none');
  return verifiable ? (
    <button type="button" className="link-button" onClick={() => openSource(quote, dataset.id)}>
      {translate(lang, 'showInSource')}
    </button>
  ) : (
    <p className="unverified" title={translate(lang, 'unverifiedHint')}>
      {translate(lang, 'unverified')}
      <span className="visually-hidden"> {translate(lang, 'unverifiedHint')}</span>
    </p>
  );
}
