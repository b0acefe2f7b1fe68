import type { ReactNode } from 'react';
import { membersOf, type Dataset } from '../data/model';
import { formatDay } from '../i18n/format';
import { translate } from '../i18n/i18n';
import { countDataset } from '../aggregates/dataset';
import { useAtlasStore } from '../store/store';

/** The citation of the source and what the dataset holds, always visible: people cite what they see. */
export function SiteFooter({ dataset }: { dataset: Dataset }): ReactNode {
  const lang = useAtlasStore((s) => s.view.lang);
  const counts = countDataset(dataset);
  return (
    <footer className="site-footer">
      <dl className="counts" aria-label={dataset.title[lang]}>
        <div>
          <dt>{translate(lang, 'regions')}</dt>
          <dd data-testid="count-regions">{counts.regions}</dd>
        </div>
        <div>
          <dt>{translate(lang, 'organisations')}</dt>
          <dd data-testid="count-organisations">{counts.organisations}</dd>
        </div>
        <div>
          <dt>{translate(lang, 'efforts')}</dt>
          <dd data-testid="count-efforts">{counts.efforts}</dd>
        </div>
        <div>
          <dt>{translate(lang, 'measures')}</dt>
          <dd data-testid="count-measures">{counts.measures}</dd>
        </div>
      </dl>
      {/* Every report of the workspace view is cited (one, or each member of the union). */}
      {membersOf(dataset).map(({ id, source }) => (
        <p key={id} data-testid="footer-citation">
          {translate(lang, 'citeAs')}: <span lang="zh-CN">{source.title}</span>
          {source.language === lang ? '' : ` (${source.titleEn})`}. {source.publisher[lang]},{' '}
          {formatDay(source.publishedAt.slice(0, 10), lang, { year: true })}
          {source.reprintedFrom
            ? `; ${translate(lang, 'reprintedFrom', { name: source.reprintedFrom[lang] })}`
            : ''}
          . <span className="url">{source.url}</span>
        </p>
      ))}
    </footer>
  );
}
