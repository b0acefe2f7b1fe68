import type { ReactNode } from 'react';
import type { Dataset } from '../data/model';
import type { Organisation } from '../data/schema';
import { translate } from '../i18n/i18n';
import type { Lang } from '../domain/view';
import { useAtlasStore } from '../store/store';
import './effort-card.css';

/** The mark after an organisation's type: "inferred" (with its reason as a title) or "basis not recorded". */
function BasisMark({ org, lang }: { org: Organisation; lang: Lang }): ReactNode {
  const basis = org.typeBasis;
  if (basis.kind === 'stated') return null;
  const inferred = basis.kind === 'inferred';
  return (
    <span
      className={`tag__basis tag__basis--${basis.kind}`}
      title={
        inferred
          ? translate(lang, 'typeInferredTitle', { reason: basis.reason[lang] })
          : translate(lang, 'typeUnrecordedTitle')
      }
    >
      {translate(lang, inferred ? 'typeInferred' : 'typeUnrecorded')}
    </span>
  );
}

/**
 * Organisations of an effort (its actors, or the addressees of its appeal) as tags: name, type and,
 * when the text does not state the type, "inferred" or "basis not recorded". The reasons for
 * inferred types follow in a note that opens on demand (a title alone is out of reach on touch).
 */
export function OrganisationTags({
  ids,
  dataset,
  lang,
  variant,
}: {
  ids: readonly string[];
  dataset: Dataset;
  lang: Lang;
  variant: 'actor' | 'addressee';
}): ReactNode {
  const openOrganisation = useAtlasStore((s) => s.openOrganisation);
  const typeIndex = (id: string): number => dataset.organisationTypes.findIndex((t) => t.id === id);
  const orgs = ids.map((id) => ({ id, org: dataset.organisationById.get(id) }));
  const inferred = orgs.flatMap(({ org }) =>
    org?.typeBasis.kind === 'inferred' ? [{ org, reason: org.typeBasis.reason[lang] }] : [],
  );
  return (
    <>
      <ul className={`tags tags--${variant}`}>
        {orgs.map(({ id, org }) => {
          const type = org ? dataset.organisationTypeById.get(org.type) : undefined;
          return (
            <li key={id} className="tag" data-org-id={id}>
              <span className={`swatch swatch--${typeIndex(org?.type ?? '') % 10}`} aria-hidden="true" />
              {/* One inline run, so a long name wraps as text with its type and mark after it. */}
              <span className="tag__text">
                {org ? (
                  // The name opens the organisation's profile (every effort it took part in).
                  <button
                    type="button"
                    className="tag__name"
                    title={translate(lang, 'orgOpen', { name: org.name[lang] })}
                    onClick={() => openOrganisation(id)}
                  >
                    {org.name[lang]}
                  </button>
                ) : (
                  id
                )}
                {type ? <span className="tag__type"> · {type[lang]}</span> : null}
                {org ? <BasisMark org={org} lang={lang} /> : null}
              </span>
            </li>
          );
        })}
      </ul>
      {inferred.length > 0 ? (
        <details className="type-notes">
          <summary>{translate(lang, 'typeNotes', { count: inferred.length })}</summary>
          <ul>
            {inferred.map(({ org, reason }) => (
              <li key={org.id}>
                <strong>{org.name[lang]}</strong>
                {translate(lang, 'labelSep')}
                {reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
