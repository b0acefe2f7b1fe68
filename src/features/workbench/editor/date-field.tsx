import { useId, type ReactNode } from 'react';
import type { Lang } from '../../../domain/view';
import { editorTranslator, type EditorTranslate } from '../../../i18n/messages-workbench-editor';
import type { DraftDate, DraftIssue, Span } from '../../../workbench/draft-types';
import type { ParsedDate } from '../../../workbench/dates';
import { FieldIssues } from './field-issues';

export interface DateChoice {
  span: Span;
  text: string;
  parsed: ParsedDate | null;
}

const same = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;

/** "range · 2022-09-03 to 2022-09-04": the ISO days a date stands for. */
function dateWords(d: Pick<DraftDate, 'kind' | 'start' | 'end'>, t: EditorTranslate): string {
  if (d.kind === 'range') return t('dateRange', { start: d.start || '?', end: d.end || '?' });
  if (d.kind === 'since') return t('dateSince', { start: d.start || '?' });
  return t('dateOn', { start: d.start || '?' });
}

/**
 * The effort's date, chosen among the passage's date phrases (parsed into on / range / since), or
 * none. The chosen date's days and kind can be corrected; its quote stays the phrase's span.
 */
export function DateField(props: {
  date: DraftDate | null;
  choices: readonly DateChoice[];
  lang: Lang;
  onChange: (date: DraftDate | null) => void;
  issues: readonly DraftIssue[];
  focusTarget: (el: HTMLElement | null) => void;
  quoteOf: (span: Span) => string;
}): ReactNode {
  const { date, lang, focusTarget } = props;
  const t = editorTranslator(lang);
  const id = useId();
  const choices = [...props.choices];
  // A date whose phrase the passage no longer offers (the passage was narrowed, or the file said so).
  if (date && !choices.some((c) => same(c.span, date.span))) {
    choices.push({ span: date.span, text: props.quoteOf(date.span), parsed: null });
  }
  const choose = (c: DateChoice): void => {
    const p = c.parsed;
    props.onChange(
      p
        ? { kind: p.kind, start: p.start, end: p.end, span: c.span }
        : { kind: 'on', start: '', end: '', span: c.span },
    );
  };
  const edit = (patch: Partial<Pick<DraftDate, 'kind' | 'start' | 'end'>>): void => {
    if (!date) return;
    const next = { ...date, ...patch };
    // The kinds' rules: `on` ends when it starts, `since` has no end, a range has both.
    if (next.kind === 'on') next.end = next.start;
    else if (next.kind === 'since') next.end = null;
    else if (next.end === null) next.end = next.start;
    props.onChange(next);
  };
  const invalid = props.issues.length > 0;

  return (
    <fieldset className="wb-section wb-fieldset" aria-describedby={invalid ? `${id}-issues` : undefined}>
      <legend className="wb-section__title">{t('date')}</legend>
      <div className="wb-choices wb-choices--column">
        <label className="wb-choice">
          <input
            ref={focusTarget}
            type="radio"
            name={`${id}-date`}
            checked={date === null}
            onChange={() => props.onChange(null)}
          />
          <span>{t('dateNone')}</span>
        </label>
        {choices.map((c) => (
          <label key={`${c.span.start}-${c.span.end}`} className="wb-choice">
            <input
              type="radio"
              name={`${id}-date`}
              checked={date !== null && same(date.span, c.span)}
              onChange={() => choose(c)}
            />
            <span>
              <mark className="wb-mark" lang="zh-CN">
                {c.text}
              </mark>{' '}
              <span className="wb-choice__sub">
                {c.parsed
                  ? dateWords(c.parsed, t)
                  : date && same(date.span, c.span)
                    ? ''
                    : t('dateUnreadable')}
              </span>
            </span>
          </label>
        ))}
      </div>
      {choices.length === 0 ? <p className="wb-hint">{t('dateNoPhrases')}</p> : null}
      {date ? (
        <div className="wb-form__row" data-testid="date-edit">
          <div className="wb-field">
            <label className="wb-label" htmlFor={`${id}-kind`}>
              {t('dateKind')}
            </label>
            <select
              id={`${id}-kind`}
              className="wb-input"
              value={date.kind}
              onChange={(e) => edit({ kind: e.target.value as DraftDate['kind'] })}
            >
              <option value="on">{t('kindOn')}</option>
              <option value="range">{t('kindRange')}</option>
              <option value="since">{t('kindSinceDate')}</option>
            </select>
          </div>
          <div className="wb-field">
            <label className="wb-label" htmlFor={`${id}-start`}>
              {t('dateStart')}
            </label>
            <input
              id={`${id}-start`}
              className="wb-input"
              type="date"
              value={date.start}
              onChange={(e) => edit({ start: e.target.value })}
            />
          </div>
          {date.kind === 'range' ? (
            <div className="wb-field">
              <label className="wb-label" htmlFor={`${id}-end`}>
                {t('dateEnd')}
              </label>
              <input
                id={`${id}-end`}
                className="wb-input"
                type="date"
                value={date.end ?? ''}
                onChange={(e) => edit({ end: e.target.value })}
              />
            </div>
          ) : null}
          <p className="wb-hint wb-form__wide">{t('dateQuote', { quote: props.quoteOf(date.span) })}</p>
        </div>
      ) : null}
      <FieldIssues id={`${id}-issues`} issues={props.issues} lang={lang} />
    </fieldset>
  );
}
