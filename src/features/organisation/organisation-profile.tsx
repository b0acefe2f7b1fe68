import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  effortsOfOrganisation,
  figuresOfOrganisation,
  regionsOfOrganisation,
} from '../../aggregates/organisation';
import type { Dataset } from '../../data/model';
import type { Organisation } from '../../data/schema';
import type { Lang } from '../../domain/view';
import { amountOf, formatAmountFigure, qualifierLabel } from '../../i18n/format';
import { translate } from '../../i18n/i18n';
import { shortRegionName } from '../../i18n/region-names';
import { SCRIPTS } from '../../i18n/script';
import { useAtlasStore } from '../../store/store';
import { useLang } from '../../store/visible-set';
import { EffortCard } from '../../ui/effort-card';
import { SourceLink } from '../../ui/source-link';
import './organisation-profile.css';
import { syncDialogOpen } from '../../ui/dialog';

// The small map: its chunk (builder, boundaries) loads with the profile, not with the first screen.
const OrgMap = lazy(() => import('../../charts/org-map/view'));

function typeBasisText(org: Organisation, lang: Lang): string {
  const basis = org.typeBasis;
  if (basis.kind === 'stated') return translate(lang, 'orgTypeStated');
  if (basis.kind === 'inferred') return translate(lang, 'orgTypeInferred', { reason: basis.reason[lang] });
  return translate(lang, 'orgTypeUnrecorded');
}

/**
 * An organisation's page in the app, as a modal dialog over the explorer (`?org=<id>`): names, type
 * and how it is known, where it is based, a small map and list of where it acted, its figures with
 * their quotes, and every effort it took part in or was addressed by, across regions and whatever
 * the filters. Escape, ✕ and the browser's back button close it; focus moves to its heading.
 */
export default function OrganisationProfile({ dataset }: { dataset: Dataset }): ReactNode {
  const lang = useLang();
  const id = useAtlasStore((s) => s.view.org);
  const openOrganisation = useAtlasStore((s) => s.openOrganisation);
  const applyView = useAtlasStore((s) => s.applyView);
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const org = id === null ? undefined : dataset.organisationById.get(id);
  const open = org !== undefined;
  // The map is drawn once the dialog is laid out (ECharts measures its box when it starts).
  const [mapReady, setMapReady] = useState(false);

  const efforts = useMemo(() => (org ? effortsOfOrganisation(dataset, org.id) : []), [dataset, org]);
  const figures = useMemo(() => (org ? figuresOfOrganisation(dataset, org.id) : []), [dataset, org]);
  const regions = useMemo(() => (org ? regionsOfOrganisation(dataset, org.id) : []), [dataset, org]);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    syncDialogOpen(el, open);
    if (!open) return;
    const frame = requestAnimationFrame(() => setMapReady(true));
    return () => {
      cancelAnimationFrame(frame);
      setMapReady(false);
    };
  }, [open]);

  useEffect(() => {
    // A new organisation (opened here or from another profile's card): start at its heading.
    if (!open) return;
    dialog.current?.scrollTo?.({ top: 0 });
    heading.current?.focus({ preventScroll: true });
  }, [open, id]);

  const close = (): void => {
    if (useAtlasStore.getState().view.org !== null) openOrganisation(null);
  };
  const type = org ? dataset.organisationTypeById.get(org.type) : undefined;
  const typeIndex = org ? dataset.organisationTypes.findIndex((t) => t.id === org.type) : -1;
  const base = org ? dataset.regionByCode.get(org.regionCode) : undefined;
  const other = SCRIPTS[lang].other;
  const acted = efforts.filter((e) => e.role === 'actor');
  const addressed = efforts.filter((e) => e.role === 'addressee');
  const regionName = (code: string): string => {
    const r = dataset.regionByCode.get(code);
    return r ? shortRegionName(r, lang, dataset.regions) : code;
  };

  return (
    <dialog
      ref={dialog}
      className="org-profile"
      aria-labelledby="org-title"
      onClose={close}
      data-testid="org-profile"
    >
      {org ? (
        <>
          <div className="org-profile__head">
            <div>
              <p className="org-profile__kicker">{translate(lang, 'orgProfile')}</p>
              <h2 id="org-title" ref={heading} tabIndex={-1}>
                {org.name[lang]}
              </h2>
              <p className="org-profile__alt" lang={SCRIPTS[other].tag}>
                {org.name[other]}
              </p>
            </div>
            <button type="button" className="button" onClick={close} aria-label={translate(lang, 'orgClose')}>
              ✕
            </button>
          </div>
          <div className="org-profile__body">
            <div className="org-profile__top">
              <div>
                <dl className="org-profile__facts">
                  <dt>{translate(lang, 'orgType')}</dt>
                  <dd>
                    <span className={`swatch swatch--${typeIndex % 10}`} aria-hidden="true" />
                    {type ? type[lang] : org.type}
                    <span className="org-profile__basis"> ({typeBasisText(org, lang)})</span>
                  </dd>
                  <dt>{translate(lang, 'orgRegion')}</dt>
                  <dd>{base ? base[lang] : org.regionCode}</dd>
                  <dt>{translate(lang, 'orgRoles')}</dt>
                  <dd data-testid="org-roles">
                    {translate(lang, 'orgRoleCounts', { actor: acted.length, addressee: addressed.length })}
                  </dd>
                </dl>
                {org.collective || org.note ? (
                  <p className="org-profile__note">
                    {org.collective ? translate(lang, 'orgCollective') : null}
                    {org.collective && org.note ? ' · ' : null}
                    {org.note ? org.note[lang] : null}
                  </p>
                ) : null}
              </div>
              <section className="org-profile__where" aria-labelledby="org-where">
                <h3 id="org-where">{translate(lang, 'orgMap')}</h3>
                <Suspense fallback={<div className="org-map chart--loading" aria-busy="true" />}>
                  {mapReady ? (
                    <OrgMap dataset={dataset} name={org.name[lang]} regions={regions} />
                  ) : (
                    <div className="org-map chart--loading" aria-busy="true" />
                  )}
                </Suspense>
                <ul className="org-profile__regions" data-testid="org-regions">
                  {regions.map((r) => {
                    const region = dataset.regionByCode.get(r.code);
                    const count = r.actor + r.addressee;
                    return (
                      <li key={r.code}>
                        <span
                          className={`org-key org-key--${r.actor > 0 ? 'actor' : 'addressee'}`}
                          aria-hidden="true"
                        />
                        {region && region.level !== 'province' ? (
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => applyView({ selectedRegion: r.code, org: null })}
                          >
                            {translate(lang, 'orgWhere', { region: regionName(r.code), count })}
                          </button>
                        ) : (
                          translate(lang, 'orgMapProvince', { count })
                        )}
                        {r.actor === 0 ? ` · ${translate(lang, 'orgMapAddressed')}` : ''}
                      </li>
                    );
                  })}
                </ul>
              </section>
            </div>
            {efforts.length === 0 ? <p>{translate(lang, 'orgNone')}</p> : null}
            <section aria-labelledby="org-figures">
              <h3 id="org-figures">{translate(lang, 'orgFigures', { count: figures.length })}</h3>
              {figures.length === 0 ? (
                <p className="org-profile__muted">{translate(lang, 'orgNoFigures')}</p>
              ) : (
                <ul className="org-profile__figures" data-testid="org-figures">
                  {figures.map((m) => {
                    const unit = dataset.unitById.get(m.unit);
                    const effort = dataset.efforts.find((e) => e.id === m.effortId);
                    return (
                      <li key={`${m.datasetId}:${m.path}`} className={`measure measure--${m.qualifier}`}>
                        <p>
                          <strong>{formatAmountFigure(amountOf(m), unit ? unit[lang] : m.unit, lang)}</strong>{' '}
                          <span className="measure__label">{m.label[lang]}</span>{' '}
                          <span className="measure__qualifier">({qualifierLabel(m.qualifier, lang)})</span>
                          {effort ? (
                            <span className="org-profile__muted"> · {regionName(effort.regionCode)}</span>
                          ) : null}
                          {m.sharedWith > 0 ? (
                            <span className="org-profile__muted">
                              {' '}
                              · {translate(lang, 'orgSharedFigure', { count: m.sharedWith })}
                            </span>
                          ) : null}
                        </p>
                        <blockquote className="measure__quote" lang="zh-CN">
                          {m.quote}
                        </blockquote>
                        <SourceLink quote={m.quote} dataset={dataset} datasetId={m.datasetId} lang={lang} />
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
            {(['actor', 'addressee'] as const).map((role) => {
              const list = role === 'actor' ? acted : addressed;
              if (list.length === 0) return null;
              const id = role === 'actor' ? 'org-acted' : 'org-addressed';
              return (
                <section key={role} aria-labelledby={id}>
                  <h3 id={id}>
                    {translate(lang, role === 'actor' ? 'orgActed' : 'orgAddressed', { count: list.length })}
                  </h3>
                  <div className="dossier__efforts">
                    {list.map(({ effort }) => (
                      <div key={effort.id} className="org-profile__effort">
                        <p className="org-profile__effort-region">{regionName(effort.regionCode)}</p>
                        <EffortCard effort={effort} dataset={dataset} lang={lang} />
                      </div>
                    ))}
                  </div>
                </section>
              );
            })}
          </div>
        </>
      ) : null}
    </dialog>
  );
}
