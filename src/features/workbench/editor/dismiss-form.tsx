import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { escapeCancels, useFirstFieldFocus } from './form-focus';
import type { LocalizedText } from '../../../data/schema';
import type { Lang } from '../../../domain/view';
import {
  bothLanguages,
  editorTranslator,
  type WorkbenchEditorMessageKey,
} from '../../../i18n/messages-workbench-editor';
import type { ExclusionKind } from '../../../workbench/draft-types';

const KINDS: ReadonlyArray<[ExclusionKind, WorkbenchEditorMessageKey]> = [
  ['date', 'kindDate'],
  ['time', 'kindTime'],
  ['section', 'kindSection'],
  ['name', 'kindName'],
  ['repeat', 'kindRepeat'],
  ['other', 'kindOther'],
];

/** The default wording of each reason, in both languages (written into the draft, as in figure-exclusions.json). */
const DEFAULT_REASON: Record<Exclude<ExclusionKind, 'other'>, WorkbenchEditorMessageKey> = {
  date: 'reasonDateData',
  time: 'reasonTimeData',
  section: 'reasonSectionData',
  name: 'reasonNameData',
  repeat: 'reasonRepeatData',
};

/**
 * The reason a dismissal records: the kind's default wording, or the user's words for `other`
 * (in both languages; a reason written in one only is used for both). Null when words are missing.
 */
export function dismissalReason(kind: ExclusionKind, words: LocalizedText): LocalizedText | null {
  if (kind !== 'other') return bothLanguages(DEFAULT_REASON[kind]);
  const zh = words.zh.trim();
  const en = words.en.trim();
  if (zh === '' && en === '') return null;
  return { zh: zh || en, en: en || zh };
}

/** Why a detected figure is not a measure: a kind (required), and words for "other". */
export function DismissForm(props: {
  figureText: string;
  lang: Lang;
  onDismiss: (kind: ExclusionKind, reason: LocalizedText) => void;
  onCancel: () => void;
}): ReactNode {
  const t = editorTranslator(props.lang);
  const id = useId();
  const form = useFirstFieldFocus();
  const [kind, setKind] = useState<ExclusionKind | null>(null);
  const [zh, setZh] = useState('');
  const [en, setEn] = useState('');
  const [error, setError] = useState<'errKind' | 'errReasonWords' | null>(null);

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (kind === null) return setError('errKind');
    const reason = dismissalReason(kind, { zh, en });
    if (reason === null) return setError('errReasonWords');
    props.onDismiss(kind, reason);
  };

  return (
    <form
      ref={form}
      onKeyDown={escapeCancels(props.onCancel)}
      className="wb-form"
      onSubmit={submit}
      data-testid="dismiss-form"
    >
      <fieldset className="wb-fieldset" aria-describedby={error ? `${id}-error` : undefined}>
        <legend className="wb-label">
          {t('dismissWhy')}{' '}
          <mark className="wb-mark" lang="zh-CN">
            {props.figureText}
          </mark>
        </legend>
        <div className="wb-choices">
          {KINDS.map(([k, label]) => (
            <label key={k} className="wb-choice">
              <input
                type="radio"
                name={`${id}-kind`}
                value={k}
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                  setError(null);
                }}
              />
              <span>{t(label)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {kind === 'other' ? (
        <div className="wb-form__row">
          <div className="wb-field">
            <label className="wb-label" htmlFor={`${id}-zh`}>
              {t('reasonZh')}
            </label>
            <input
              id={`${id}-zh`}
              className="wb-input"
              lang="zh-CN"
              value={zh}
              onChange={(e) => setZh(e.target.value)}
            />
          </div>
          <div className="wb-field">
            <label className="wb-label" htmlFor={`${id}-en`}>
              {t('reasonEn')}
            </label>
            <input
              id={`${id}-en`}
              className="wb-input"
              lang="en"
              value={en}
              onChange={(e) => setEn(e.target.value)}
            />
          </div>
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="wb-form__error" role="alert">
          {t(error)}
        </p>
      ) : null}
      <div className="wb-actions">
        <button type="submit" className="button wb-button--danger">
          {t('dismiss')}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
