import { useId, type ReactNode } from 'react';
import type { RegionRegistry } from '../../../data/region-registry';
import type { Lang } from '../../../domain/view';
import { editorTranslator } from '../../../i18n/messages-workbench-editor';
import type { DraftIssue } from '../../../workbench/draft-types';
import { FieldIssues } from './field-issues';
import { RegionPicker, regionDescription } from './region-picker';

/** The effort's region (the most specific the passage names) and, optionally, further places in it. */
export function RegionField(props: {
  regionCode: string | null;
  placeCodes: readonly string[];
  registry: RegionRegistry | null;
  suggestions: readonly string[];
  lang: Lang;
  onRegion: (code: string) => void;
  onPlaces: (codes: string[]) => void;
  regionIssues: readonly DraftIssue[];
  placeIssues: readonly DraftIssue[];
  regionTarget: (el: HTMLElement | null) => void;
  placesTarget: (el: HTMLElement | null) => void;
}): ReactNode {
  const { registry, lang, regionCode } = props;
  const t = editorTranslator(lang);
  const id = useId();
  const describe = (code: string): { main: string; sub: string } => {
    const region = registry?.byCode.get(code);
    return region && registry ? regionDescription(region, registry, lang, t) : { main: code, sub: '' };
  };
  const chosen = regionCode === null ? null : describe(regionCode);
  return (
    <section className="wb-section" aria-labelledby={id}>
      <h3 id={id} className="wb-section__title">
        {t('region')}
      </h3>
      <p className="wb-chosen" data-testid="region-chosen">
        {chosen ? (
          <>
            <strong>{chosen.main}</strong> <span className="wb-chosen__sub">{chosen.sub}</span>
          </>
        ) : (
          t('regionNotChosen')
        )}
      </p>
      <RegionPicker
        registry={registry}
        lang={lang}
        label={t('regionLabel')}
        suggestions={props.suggestions}
        onChoose={props.onRegion}
        focusTarget={props.regionTarget}
        describedBy={props.regionIssues.length > 0 ? `${id}-issues` : undefined}
        invalid={props.regionIssues.length > 0}
        testId="region-picker"
      />
      <FieldIssues id={`${id}-issues`} issues={props.regionIssues} lang={lang} />
      <h4 className="wb-role__title">{t('places')}</h4>
      {props.placeCodes.length > 0 ? (
        <ul className="wb-orgs">
          {props.placeCodes.map((code) => {
            const place = describe(code);
            return (
              <li key={code} className="wb-org">
                <span className="wb-org__name">{place.main}</span>
                <span className="wb-org__sub">{place.sub}</span>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => props.onPlaces(props.placeCodes.filter((c) => c !== code))}
                >
                  {t('removeNamed', { name: place.main })}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <RegionPicker
        registry={registry}
        lang={lang}
        label={t('placesLabel')}
        suggestions={props.suggestions}
        exclude={regionCode === null ? props.placeCodes : [regionCode, ...props.placeCodes]}
        onChoose={(code) => props.onPlaces([...props.placeCodes, code])}
        focusTarget={props.placesTarget}
        describedBy={props.placeIssues.length > 0 ? `${id}-place-issues` : undefined}
        invalid={props.placeIssues.length > 0}
        testId="places-picker"
      />
      <FieldIssues id={`${id}-place-issues`} issues={props.placeIssues} lang={lang} />
    </section>
  );
}
