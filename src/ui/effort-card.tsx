import type { ReactNode } from 'react';
import { isUnion, type Dataset, type EffortRecord } from '../data/model';
import { memberById } from '../aggregates/union';
import { amountOf, formatAmountFigure, formatDay, qualifierLabel } from '../i18n/format';
import { translate } from '../i18n/i18n';
import type { EffortDate, Measure } from '../data/schema';
import type { Lang } from '../domain/view';
import { useAtlasStore } from '../store/store';
import { OrganisationTags } from './organisation-tags';
import { SourceLink } from './source-link';
import './effort-card.css';

/** "2,000–9,999" inside a figure's text: kept on one line (a range broken at its dash misreads). */
const RANGE = /(\d[\d,.]*–\d[\d,.]*)/;

function keepRangesWhole(text: string): ReactNode[] {
  return text.split(RANGE).map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} className="measure__range">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

/** Consecutive figures quoted from the same passage, in their order. */
export function groupByQuote(
  measures: readonly Measure[],
): Array<{ first: number; quote: string; measures: Measure[] }> {
  const groups: Array<{ first: number; quote: string; measures: Measure[] }> = [];
  measures.forEach((m, i) => {
    const last = groups[groups.length - 1];
    if (last && last.quote === m.quote) last.measures.push(m);
    else groups.push({ first: i, quote: m.quote, measures: [m] });
  });
  return groups;
}

export function dateText(date: EffortDate | null, lang: Lang): string {
  if (!date) return translate(lang, 'undated');
  const start = formatDay(date.start, lang);
  if (date.kind === 'since') return translate(lang, 'since', { date: start });
  if (date.kind === 'range' && date.end && date.end !== date.start) {
    return translate(lang, 'range', { start, end: formatDay(date.end, lang) });
  }
  return start;
}

/** One effort in the dossier: who, what, when, and each figure with its qualifier and quote. */
export function EffortCard({
  effort,
  dataset,
  lang,
}: {
  effort: EffortRecord;
  dataset: Dataset;
  lang: Lang;
}): ReactNode {
  const sourceLink = (quote: string): ReactNode => (
    <SourceLink quote={quote} dataset={dataset} datasetId={effort.datasetId} lang={lang} />
  );
  const severalDatasets = useAtlasStore((s) => s.datasetOrder.length > 1);
  // The report the effort comes from (in the union of reports, its own; never the joined titles).
  const reportTitle = (memberById(dataset, effort.datasetId)?.title ?? dataset.title)[lang];
  return (
    <article className="effort" data-effort-id={effort.id} data-dataset-id={effort.datasetId}>
      {isUnion(dataset) ? (
        <p className="effort__report" data-testid="effort-report">
          {translate(lang, 'reportOf', { title: reportTitle })}
        </p>
      ) : null}
      <header className="effort__head">
        <p className="effort__summary">{effort.summary[lang]}</p>
        <p className="effort__date">
          <time dateTime={effort.date?.start}>{dateText(effort.date, lang)}</time>
        </p>
      </header>
      <dl className="effort__meta">
        <dt>{translate(lang, 'organisationsLabel')}</dt>
        <dd>
          <OrganisationTags ids={effort.organisationIds} dataset={dataset} lang={lang} variant="actor" />
        </dd>
        {effort.addresseeIds?.length ? (
          <>
            <dt title={translate(lang, 'addresseesHint')}>{translate(lang, 'addresseesLabel')}</dt>
            <dd data-testid="addressees">
              <OrganisationTags ids={effort.addresseeIds} dataset={dataset} lang={lang} variant="addressee" />
            </dd>
          </>
        ) : null}
        <dt>{translate(lang, 'activitiesLabel')}</dt>
        <dd>
          {effort.activities
            .map((a) => dataset.activityById.get(a)?.[lang] ?? a)
            .join(translate(lang, 'listSep'))}
        </dd>
      </dl>
      {effort.measures.length > 0 ? (
        <ul className="measures" aria-label={translate(lang, 'figures')}>
          {groupByQuote(effort.measures).map((group) => (
            // Figures from the same sentence share one quote (顺达运业's five figures, one sentence).
            <li key={group.first} className="measure-group">
              {group.measures.map((m, i) => {
                const unit = dataset.unitById.get(m.unit);
                return (
                  <p key={i} className={`measure measure--${m.qualifier}`}>
                    <strong>
                      {keepRangesWhole(formatAmountFigure(amountOf(m), unit ? unit[lang] : m.unit, lang))}
                    </strong>{' '}
                    <span className="measure__label">{m.label[lang]}</span>{' '}
                    <span className="measure__qualifier">({qualifierLabel(m.qualifier, lang)})</span>
                    {severalDatasets ? (
                      <span className="measure__dataset">
                        {translate(lang, 'importFigureFrom', { title: reportTitle })}
                      </span>
                    ) : null}
                  </p>
                );
              })}
              <blockquote className="measure__quote" lang="zh-CN">
                {group.quote}
              </blockquote>
              {sourceLink(group.quote)}
            </li>
          ))}
        </ul>
      ) : (
        <details className="effort__quote">
          <summary>{translate(lang, 'quote')}</summary>
          <blockquote lang="zh-CN">{effort.quote}</blockquote>
          {sourceLink(effort.quote)}
        </details>
      )}
    </article>
  );
}
