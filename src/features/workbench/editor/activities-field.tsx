import { useId, type ReactNode } from 'react';
import type { VocabularyEntry } from '../../../data/schema';
import type { Lang } from '../../../domain/view';
import { editorTranslator } from '../../../i18n/messages-workbench-editor';
import type { DraftIssue } from '../../../workbench/draft-types';
import { FieldIssues } from './field-issues';

/** The effort's activities: one checkbox (a chip) per entry of the draft's vocabulary. */
export function ActivitiesField(props: {
  vocabulary: readonly VocabularyEntry[];
  chosen: readonly string[];
  lang: Lang;
  onChange: (activities: string[]) => void;
  issues: readonly DraftIssue[];
  focusTarget: (el: HTMLElement | null) => void;
}): ReactNode {
  const t = editorTranslator(props.lang);
  const { focusTarget } = props;
  const id = useId();
  const toggle = (activity: string, on: boolean): void => {
    const next = new Set(props.chosen);
    if (on) next.add(activity);
    else next.delete(activity);
    // In the vocabulary's order (ids the vocabulary lacks, from an older file, are kept last).
    const known = props.vocabulary.map((a) => a.id).filter((a) => next.has(a));
    props.onChange([...known, ...[...next].filter((a) => !known.includes(a))]);
  };
  const invalid = props.issues.length > 0;
  return (
    <fieldset
      className="wb-section wb-fieldset"
      aria-describedby={[`${id}-hint`, invalid ? `${id}-issues` : ''].join(' ').trim()}
    >
      <legend className="wb-section__title">{t('activities')}</legend>
      <p id={`${id}-hint`} className="wb-hint">
        {t('activitiesHint')}
      </p>
      <div className="wb-chips">
        {props.vocabulary.map((a, i) => (
          <label key={a.id} className="wb-chip" title={a.description?.[props.lang]}>
            <input
              ref={i === 0 ? focusTarget : undefined}
              type="checkbox"
              checked={props.chosen.includes(a.id)}
              onChange={(e) => toggle(a.id, e.target.checked)}
            />
            <span>{a[props.lang]}</span>
          </label>
        ))}
      </div>
      <FieldIssues id={`${id}-issues`} issues={props.issues} lang={props.lang} />
    </fieldset>
  );
}
