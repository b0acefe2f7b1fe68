import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { escapeCancels, useFirstFieldFocus } from './form-focus';
import type { Qualifier, VocabularyEntry } from '../../../data/schema';
import type { Lang } from '../../../domain/view';
import { editorTranslator, formatEditorNumber } from '../../../i18n/messages-workbench-editor';
import type { DraftFigure } from '../../../workbench/draft-types';

/** What the form edits: a figure without its id and span (those never change). */
export type FigureValues = Omit<DraftFigure, 'id' | 'span'>;

/** A number as typed ("168000", "168,000", "１６８０００"), or null. */
export function parseTypedNumber(text: string): number | null {
  const ascii = text
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s,，]/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(ascii)) return null;
  return Number(ascii);
}

const shown = (n: number | null, lang: Lang): string => (n === null ? '' : formatEditorNumber(n, lang));

type FormError = 'errValue' | 'errLow' | 'errHigh';

/** Checks the typed values and shapes them for the qualifier (a value, or a range, never both). */
function readForm(
  f: { qualifier: Qualifier; value: string; low: string; high: string },
  rest: Pick<FigureValues, 'unit' | 'label'>,
): { ok: true; values: FigureValues } | { ok: false; error: FormError } {
  if (f.qualifier !== 'approx') {
    const value = parseTypedNumber(f.value);
    if (value === null) return { ok: false, error: 'errValue' };
    return { ok: true, values: { ...rest, qualifier: f.qualifier, value, low: null, high: null } };
  }
  const low = parseTypedNumber(f.low);
  if (low === null) return { ok: false, error: 'errLow' };
  const high = f.high.trim() === '' ? null : parseTypedNumber(f.high);
  if (f.high.trim() !== '' && (high === null || high < low)) return { ok: false, error: 'errHigh' };
  return { ok: true, values: { ...rest, qualifier: 'approx', value: null, low, high } };
}

/** Value, unit, qualifier (with a range for approximate figures) and the label of one figure. */
export function FigureForm(props: {
  figureText: string;
  initial: FigureValues;
  units: readonly VocabularyEntry[];
  lang: Lang;
  onSave: (values: FigureValues) => void;
  onCancel: () => void;
}): ReactNode {
  const { initial, lang } = props;
  const t = editorTranslator(lang);
  const id = useId();
  const form = useFirstFieldFocus();
  const [qualifier, setQualifier] = useState<Qualifier>(initial.qualifier);
  const [value, setValue] = useState(shown(initial.value, lang));
  const [low, setLow] = useState(shown(initial.low, lang));
  const [high, setHigh] = useState(shown(initial.high, lang));
  const [unit, setUnit] = useState(initial.unit ?? '');
  const [labelZh, setLabelZh] = useState(initial.label.zh);
  const [labelEn, setLabelEn] = useState(initial.label.en);
  const [error, setError] = useState<FormError | null>(null);

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const read = readForm(
      { qualifier, value, low, high },
      { unit: unit === '' ? null : unit, label: { zh: labelZh.trim(), en: labelEn.trim() } },
    );
    if (!read.ok) setError(read.error);
    else props.onSave(read.values);
  };
  const errorId = `${id}-error`;
  const invalid = (which: FormError): { 'aria-invalid'?: true; 'aria-describedby'?: string } =>
    error === which ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};

  return (
    <form
      ref={form}
      onKeyDown={escapeCancels(props.onCancel)}
      className="wb-form"
      onSubmit={submit}
      data-testid="figure-form"
    >
      <p className="wb-form__as-written">
        {t('fieldFigureText')}
        <mark className="wb-mark" lang="zh-CN">
          {props.figureText}
        </mark>
      </p>
      <div className="wb-form__row">
        <div className="wb-field">
          <label className="wb-label" htmlFor={`${id}-q`}>
            {t('fieldQualifier')}
          </label>
          <select
            id={`${id}-q`}
            className="wb-input"
            value={qualifier}
            onChange={(e) => setQualifier(e.target.value as Qualifier)}
          >
            <option value="exact">{t('qualExact')}</option>
            <option value="at-least">{t('qualAtLeast')}</option>
            <option value="approx">{t('qualApprox')}</option>
          </select>
        </div>
        {qualifier === 'approx' ? (
          <>
            <div className="wb-field">
              <label className="wb-label" htmlFor={`${id}-low`}>
                {t('fieldLow')}
              </label>
              <input
                id={`${id}-low`}
                className="wb-input wb-input--number"
                inputMode="decimal"
                value={low}
                onChange={(e) => setLow(e.target.value)}
                {...invalid('errLow')}
              />
            </div>
            <div className="wb-field">
              <label className="wb-label" htmlFor={`${id}-high`}>
                {t('fieldHigh')}
              </label>
              <input
                id={`${id}-high`}
                className="wb-input wb-input--number"
                inputMode="decimal"
                value={high}
                onChange={(e) => setHigh(e.target.value)}
                {...invalid('errHigh')}
              />
            </div>
          </>
        ) : (
          <div className="wb-field">
            <label className="wb-label" htmlFor={`${id}-value`}>
              {t('fieldValue')}
            </label>
            <input
              id={`${id}-value`}
              className="wb-input wb-input--number"
              inputMode="decimal"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              {...invalid('errValue')}
            />
          </div>
        )}
        <div className="wb-field">
          <label className="wb-label" htmlFor={`${id}-unit`}>
            {t('fieldUnit')}
          </label>
          <select
            id={`${id}-unit`}
            className="wb-input"
            value={unit}
            onChange={(e) => setUnit(e.target.value)}
          >
            <option value="">{t('unitChoose')}</option>
            {props.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u[lang]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="wb-form__row">
        <div className="wb-field">
          <label className="wb-label" htmlFor={`${id}-lzh`}>
            {t('fieldLabelZh')}
          </label>
          <input
            id={`${id}-lzh`}
            className="wb-input"
            lang="zh-CN"
            value={labelZh}
            onChange={(e) => setLabelZh(e.target.value)}
          />
        </div>
        <div className="wb-field">
          <label className="wb-label" htmlFor={`${id}-len`}>
            {t('fieldLabelEn')}
          </label>
          <input
            id={`${id}-len`}
            className="wb-input"
            lang="en"
            value={labelEn}
            onChange={(e) => setLabelEn(e.target.value)}
          />
        </div>
      </div>
      {error ? (
        <p id={errorId} className="wb-form__error" role="alert">
          {t(error)}
        </p>
      ) : null}
      <div className="wb-actions">
        <button type="submit" className="button wb-button--primary">
          {t('save')}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
