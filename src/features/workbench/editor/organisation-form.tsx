import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { escapeCancels, useFirstFieldFocus } from './form-focus';
import type { RegionRegistry } from '../../../data/region-registry';
import type { LocalizedText, Organisation, TypeBasis, VocabularyEntry } from '../../../data/schema';
import type { Lang } from '../../../domain/view';
import {
  bothLanguages,
  editorTranslator,
  type WorkbenchEditorMessageKey,
} from '../../../i18n/messages-workbench-editor';
import { RegionPicker, regionDescription } from './region-picker';

/** What the form gives back: an organisation without its id (the caller makes or keeps it). */
export type OrganisationValues = Omit<Organisation, 'id'>;

interface FormState {
  nameZh: string;
  nameEn: string;
  type: string;
  basis: 'stated' | 'inferred';
  words: string;
  reasonZh: string;
  reasonEn: string;
  regionCode: string | null;
  collective: boolean;
}

type FormError = { key: WorkbenchEditorMessageKey; params?: Record<string, string> };

/**
 * Checks the form and builds the organisation. A stated type names the words of the text that
 * state it (they must be in the report's text; they become the note "原文作“…”" / "Written … in
 * the text", as in the bundled data); an inferred type needs its reason in both languages.
 */
export function readOrganisationForm(
  f: FormState,
  text: string,
  before: Organisation | null,
): { ok: true; values: OrganisationValues } | { ok: false; error: FormError } {
  const name: LocalizedText = { zh: f.nameZh.trim(), en: f.nameEn.trim() };
  if (name.zh === '' || name.en === '') return { ok: false, error: { key: 'errName' } };
  if (f.type === '') return { ok: false, error: { key: 'errType' } };
  const words = f.words.trim();
  let typeBasis: TypeBasis;
  let note = before?.note;
  if (f.basis === 'stated') {
    // Editing a stated organisation may keep its note; a new one must say which words state its type.
    if (words === '' && (before === null || before.typeBasis.kind !== 'stated'))
      return { ok: false, error: { key: 'errWordsEmpty' } };
    if (words !== '' && !text.includes(words))
      return { ok: false, error: { key: 'errWordsAbsent', params: { words } } };
    if (words !== '') note = bothLanguages('statedNoteData', { words });
    typeBasis = { kind: 'stated' };
  } else {
    const reason = { zh: f.reasonZh.trim(), en: f.reasonEn.trim() };
    if (reason.zh === '' || reason.en === '') return { ok: false, error: { key: 'errReasonBoth' } };
    typeBasis = { kind: 'inferred', reason };
  }
  if (f.regionCode === null) return { ok: false, error: { key: 'errRegion' } };
  const values: OrganisationValues = { name, type: f.type, typeBasis, regionCode: f.regionCode };
  if (f.collective) values.collective = true;
  if (note) values.note = note;
  return { ok: true, values };
}

/** Create an organisation (name zh + en, type, its basis, base region), or edit one of the draft's. */
export function OrganisationForm(props: {
  before: Organisation | null;
  text: string;
  types: readonly VocabularyEntry[];
  registry: RegionRegistry | null;
  regionSuggestions: readonly string[];
  defaultRegion: string | null;
  lang: Lang;
  onSave: (values: OrganisationValues) => void;
  onCancel: () => void;
}): ReactNode {
  const { before, lang, registry } = props;
  const t = editorTranslator(lang);
  const id = useId();
  const form = useFirstFieldFocus();
  const [f, setF] = useState<FormState>(() => ({
    nameZh: before?.name.zh ?? '',
    nameEn: before?.name.en ?? '',
    type: before?.type ?? '',
    basis: before?.typeBasis.kind === 'inferred' ? 'inferred' : 'stated',
    words: '',
    reasonZh: before?.typeBasis.kind === 'inferred' ? before.typeBasis.reason.zh : '',
    reasonEn: before?.typeBasis.kind === 'inferred' ? before.typeBasis.reason.en : '',
    regionCode: before?.regionCode ?? props.defaultRegion,
    collective: before?.collective ?? false,
  }));
  const [error, setError] = useState<FormError | null>(null);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]): void =>
    setF((s) => ({ ...s, [key]: value }));
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const read = readOrganisationForm(f, props.text, before);
    if (!read.ok) setError(read.error);
    else props.onSave(read.values);
  };
  const chosenType = props.types.find((ty) => ty.id === f.type);
  const region = f.regionCode && registry ? registry.byCode.get(f.regionCode) : undefined;
  const regionWords = region && registry ? regionDescription(region, registry, lang, t) : null;

  const input = (
    key: 'nameZh' | 'nameEn' | 'words' | 'reasonZh' | 'reasonEn',
    label: WorkbenchEditorMessageKey,
    zh: boolean,
  ): ReactNode => (
    <div className="wb-field">
      <label className="wb-label" htmlFor={`${id}-${key}`}>
        {t(label)}
      </label>
      <input
        id={`${id}-${key}`}
        className="wb-input"
        lang={zh ? 'zh-CN' : 'en'}
        value={f[key]}
        onChange={(e) => set(key, e.target.value)}
        onBlur={
          key === 'nameZh'
            ? () =>
                // A name written as in the text usually states the kind (市工商联): offered as the words.
                setF((s) =>
                  s.words === '' && s.nameZh.trim() !== '' && props.text.includes(s.nameZh.trim())
                    ? { ...s, words: s.nameZh.trim() }
                    : s,
                )
            : undefined
        }
      />
    </div>
  );

  return (
    <form
      ref={form}
      onKeyDown={escapeCancels(props.onCancel)}
      className="wb-form wb-org-form"
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      data-testid="organisation-form"
    >
      <h4 id={`${id}-title`} className="wb-form__title">
        {t(before ? 'orgFormEdit' : 'orgFormNew')}
      </h4>
      <div className="wb-form__row">
        {input('nameZh', 'orgNameZh', true)}
        {input('nameEn', 'orgNameEn', false)}
      </div>
      <div className="wb-field">
        <label className="wb-label" htmlFor={`${id}-type`}>
          {t('orgType')}
        </label>
        <select
          id={`${id}-type`}
          className="wb-input"
          value={f.type}
          onChange={(e) => set('type', e.target.value)}
        >
          <option value="">{t('orgTypeChoose')}</option>
          {props.types.map((ty) => (
            <option key={ty.id} value={ty.id}>
              {ty[lang]}
            </option>
          ))}
        </select>
        {chosenType?.description ? <p className="wb-hint">{chosenType.description[lang]}</p> : null}
      </div>
      <fieldset className="wb-fieldset">
        <legend className="wb-label">{t('orgBasis')}</legend>
        <div className="wb-choices">
          {(['stated', 'inferred'] as const).map((kind) => (
            <label key={kind} className="wb-choice">
              <input
                type="radio"
                name={`${id}-basis`}
                checked={f.basis === kind}
                onChange={() => set('basis', kind)}
              />
              <span>{t(kind === 'stated' ? 'basisStated' : 'basisInferred')}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {f.basis === 'stated' ? (
        <>
          {input('words', 'basisWords', true)}
          <p className="wb-hint">{t('basisWordsHint')}</p>
        </>
      ) : (
        <div className="wb-form__row">
          {input('reasonZh', 'basisReasonZh', true)}
          {input('reasonEn', 'basisReasonEn', false)}
        </div>
      )}
      <p className="wb-chosen" data-testid="organisation-region">
        {t('orgRegion')}
        {t('colon')}
        {regionWords ? (
          <>
            <strong>{regionWords.main}</strong> <span className="wb-chosen__sub">{regionWords.sub}</span>
          </>
        ) : (
          t('regionNotChosen')
        )}
      </p>
      <RegionPicker
        registry={registry}
        lang={lang}
        label={t('orgRegion')}
        suggestions={props.regionSuggestions}
        onChoose={(code) => set('regionCode', code)}
      />
      <label className="wb-choice">
        <input type="checkbox" checked={f.collective} onChange={(e) => set('collective', e.target.checked)} />
        <span>{t('orgCollective')}</span>
      </label>
      {error ? (
        <p className="wb-form__error" role="alert">
          {t(error.key, error.params)}
        </p>
      ) : null}
      <div className="wb-actions">
        <button type="submit" className="button wb-button--primary">
          {t(before ? 'save' : 'orgCreate')}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
