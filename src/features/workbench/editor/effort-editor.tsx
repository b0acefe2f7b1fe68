import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { RegionRegistry } from '../../../data/region-registry';
import type { Organisation } from '../../../data/schema';
import type { Lang } from '../../../domain/view';
import { editorTranslator } from '../../../i18n/messages-workbench-editor';
import { SCRIPTS } from '../../../i18n/script';
import { sentencesOf } from '../../../workbench/coverage';
import { effortById, textOf } from '../../../workbench/draft-ops';
import type { Draft, DraftAction, DraftIssue, EffortPatch } from '../../../workbench/draft-types';
import { proposeDates, suggestRegions } from '../../../workbench/proposals';
import { ActivitiesField } from './activities-field';
import { DateField } from './date-field';
import { FieldIssues, issueKey, useFocusField, type FieldKey } from './field-issues';
import { figureRows } from './figure-rows';
import { FiguresField } from './figures-field';
import { OrganisationsField } from './organisations-field';
import { PassageField } from './passage-field';
import { RegionField } from './region-field';
import { SummaryField } from './summary-field';
import './editor.css';

export interface EffortEditorProps {
  draft: Draft;
  effortId: string;
  dispatch: (a: DraftAction) => void;
  registry: RegionRegistry | null;
  /** Organisations of the datasets loaded in the explorer: offered, and copied into the draft when chosen. */
  knownOrganisations: readonly Organisation[];
  lang: Lang;
  /** This effort's issues, shown next to their fields. */
  issues: readonly DraftIssue[];
  /**
   * Where to move the focus: a field as an issue names it (`regionCode`, `summary.en`, `figures.unit`:
   * the first of this effort's issues with that field), or one figure or organisation of the effort
   * (`figure:f-3`, `org:org-1`).
   */
  focusField?: string | null;
  onClose: () => void;
}

/**
 * The effort editor of the annotation workbench (issue 14): the passage and its figures, region,
 * organisations, activities, date and summaries of one effort. It changes nothing itself: every
 * change is one `DraftAction` (one undo step) given to `dispatch`.
 */
export function EffortEditor(props: EffortEditorProps): ReactNode {
  const { draft, effortId, dispatch, lang, registry, issues } = props;
  const t = editorTranslator(lang);
  const titleId = useId();
  const { register } = useFocusField(props.focusField, issues);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const effort = effortById(draft, effortId);
  const text = draft.source.text;

  const sentences = useMemo(() => sentencesOf(text), [text]);
  const rows = useMemo(() => (effort ? figureRows(draft, effort) : []), [draft, effort]);
  const span = effort?.span;
  const dates = useMemo(() => (span ? proposeDates(draft, span) : []), [draft, span]);
  const regionSuggestions = useMemo(
    () => (span && registry ? suggestRegions(draft, span, registry) : []),
    [draft, span, registry],
  );

  if (!effort) {
    return (
      <section className="effort-editor" lang={SCRIPTS[lang].tag}>
        <p>{t('notFound')}</p>
        <button type="button" className="button" onClick={props.onClose}>
          {t('close')}
        </button>
      </section>
    );
  }

  const update = (patch: EffortPatch): void => dispatch({ type: 'updateEffort', effortId, patch });
  const of = (key: FieldKey): DraftIssue[] => issues.filter((i) => issueKey(i) === key);
  // Issues no field shows: listed at the top, so none is lost.
  const shownKeys = new Set<string>([
    'passage',
    'figures',
    'region',
    'places',
    'actors',
    'addressees',
    'activities',
    'date',
    'summary.zh',
    'summary.en',
    ...effort.figures.map((f) => `figure:${f.id}`),
    ...[...effort.organisationIds, ...effort.addresseeIds].map((o) => `org:${o}`),
  ]);
  const unplaced = issues.filter((i) => {
    const key = issueKey(i);
    return key === null || !shownKeys.has(key);
  });

  return (
    <section
      className="effort-editor"
      aria-labelledby={titleId}
      lang={SCRIPTS[lang].tag}
      data-testid="effort-editor"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented && !confirmDelete) props.onClose();
      }}
    >
      <header className="effort-editor__head">
        <h2 id={titleId} className="effort-editor__title">
          {t('title', { id: effort.id })}
        </h2>
        <div className="wb-actions">
          <button
            ref={deleteButton}
            type="button"
            className="button wb-button--danger"
            onClick={() => setConfirmDelete(true)}
            aria-expanded={confirmDelete}
          >
            {t('deleteEffort')}
          </button>
          <button type="button" className="button" onClick={props.onClose}>
            {t('close')}
          </button>
        </div>
      </header>
      {confirmDelete ? (
        <div className="wb-confirm" role="alertdialog" aria-labelledby={`${titleId}-confirm`}>
          <p id={`${titleId}-confirm`}>{t('deleteConfirm', { count: effort.figures.length })}</p>
          <div className="wb-actions">
            <button
              type="button"
              className="button wb-button--danger"
              onClick={() => {
                dispatch({ type: 'removeEffort', effortId });
                props.onClose();
              }}
            >
              {t('deleteYes')}
            </button>
            <button
              type="button"
              className="button"
              // Focus goes to the safe answer first.
              ref={(el) => el?.focus()}
              onClick={() => {
                setConfirmDelete(false);
                deleteButton.current?.focus();
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {unplaced.length > 0 ? (
        <div className="wb-other-issues">
          <h3 className="wb-section__title">{t('otherIssues')}</h3>
          <FieldIssues id={`${titleId}-other`} issues={unplaced} lang={lang} />
        </div>
      ) : null}
      <PassageField
        effort={effort}
        text={text}
        sentences={sentences}
        rows={rows}
        lang={lang}
        onSpan={(s) => update({ span: s })}
        issues={of('passage')}
        focusTarget={register('passage')}
      />
      <FiguresField
        rows={rows}
        text={text}
        effortId={effortId}
        units={draft.units}
        lang={lang}
        dispatch={dispatch}
        issues={issues}
        register={register}
      />
      <RegionField
        regionCode={effort.regionCode}
        placeCodes={effort.placeCodes}
        registry={registry}
        suggestions={regionSuggestions}
        lang={lang}
        onRegion={(regionCode) => update({ regionCode })}
        onPlaces={(placeCodes) => update({ placeCodes })}
        regionIssues={of('region')}
        placeIssues={of('places')}
        regionTarget={register('region')}
        placesTarget={register('places')}
      />
      <OrganisationsField
        draft={draft}
        effortId={effortId}
        actors={effort.organisationIds}
        addressees={effort.addresseeIds}
        knownOrganisations={props.knownOrganisations}
        registry={registry}
        regionSuggestions={regionSuggestions}
        defaultRegion={effort.regionCode}
        lang={lang}
        dispatch={dispatch}
        issues={issues}
        register={register}
      />
      <ActivitiesField
        vocabulary={draft.activities}
        chosen={effort.activities}
        lang={lang}
        onChange={(activities) => update({ activities })}
        issues={of('activities')}
        focusTarget={register('activities')}
      />
      <DateField
        date={effort.date}
        choices={dates}
        lang={lang}
        onChange={(date) => update({ date })}
        issues={of('date')}
        focusTarget={register('date')}
        quoteOf={(s) => textOf(draft, s)}
      />
      <SummaryField
        summary={effort.summary}
        lang={lang}
        onChange={(summary) => update({ summary })}
        issues={issues}
        register={register}
      />
    </section>
  );
}
