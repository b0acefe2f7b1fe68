import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Qualifier, VocabularyEntry } from '../../../data/schema';
import type { Lang } from '../../../domain/view';
import {
  editorTranslator,
  formatEditorNumber,
  type EditorTranslate,
} from '../../../i18n/messages-workbench-editor';
import type { DraftAction, DraftIssue, FigurePatch } from '../../../workbench/draft-types';
import { DismissForm } from './dismiss-form';
import { FieldIssues, issueKey, type FieldKey } from './field-issues';
import { FigureForm, type FigureValues } from './figure-form';
import { proposedValues, type FigureRow } from './figure-rows';

/** "168,000 yuan", "at least 3,500,000 yuan", "about 2,000–9,999 person-times". */
export function figureReading(
  f: Pick<FigureValues, 'qualifier' | 'value' | 'low' | 'high' | 'unit'>,
  units: readonly VocabularyEntry[],
  lang: Lang,
  t: EditorTranslate,
): string {
  const unit = f.unit === null ? t('unitMissing') : (units.find((u) => u.id === f.unit)?.[lang] ?? f.unit);
  const n = (x: number | null): string => (x === null ? '?' : formatEditorNumber(x, lang));
  const q: Qualifier = f.qualifier;
  if (q === 'exact') return t('readExact', { value: n(f.value), unit });
  if (q === 'at-least') return t('readAtLeast', { value: n(f.value), unit });
  if (f.low === null) return t('readApproxOpen', { unit });
  if (f.high === null) return t('readApproxLow', { low: n(f.low), unit });
  return t('readApprox', { low: n(f.low), high: n(f.high), unit });
}

/** The fields of `next` that differ from `before` (one `updateFigure`, only what changed). */
function changes(before: FigureValues, next: FigureValues): FigurePatch {
  const patch: FigurePatch = {};
  for (const key of ['qualifier', 'value', 'low', 'high', 'unit', 'label'] as const) {
    if (JSON.stringify(before[key]) !== JSON.stringify(next[key])) Object.assign(patch, { [key]: next[key] });
  }
  return patch;
}

type Mode = 'view' | 'edit' | 'dismiss';

function FigureItem(props: {
  row: FigureRow;
  text: string;
  effortId: string;
  units: readonly VocabularyEntry[];
  lang: Lang;
  dispatch: (a: DraftAction) => void;
  issues: readonly DraftIssue[];
  focusTarget: (el: HTMLElement | null) => void;
}): ReactNode {
  const { row, lang, dispatch, effortId, focusTarget } = props;
  const t = editorTranslator(lang);
  const id = useId();
  const [mode, setModeNow] = useState<Mode>('view');
  // After an action or a closed form the row's buttons change: the focus goes to its first one,
  // not to the page (keyboard use).
  const item = useRef<HTMLLIElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    item.current?.querySelector('button')?.focus();
  });
  const setMode = (next: Mode): void => {
    refocus.current = next === 'view';
    setModeNow(next);
  };
  const act = (action: DraftAction): void => {
    refocus.current = true;
    dispatch(action);
  };
  const figureName = row.text;
  const values: FigureValues | null =
    row.state === 'confirmed' ? row.figure : row.state === 'new' ? proposedValues(props.text, row) : null;

  const confirm = (v: FigureValues): void => {
    act({ type: 'confirmFigure', effortId, figure: { ...v, span: row.span } });
    setMode('view');
  };
  const save = (v: FigureValues): void => {
    if (row.state === 'confirmed') {
      const patch = changes(row.figure, v);
      if (Object.keys(patch).length > 0)
        act({ type: 'updateFigure', effortId, figureId: row.figure.id, patch });
    } else confirm(v);
    setMode('view');
  };
  const invalid = props.issues.length > 0;

  return (
    <li
      ref={item}
      className={`wb-figure wb-figure--${row.state}`}
      data-state={row.state}
      data-testid="figure-row"
    >
      <div className="wb-figure__head">
        <mark className={`wb-mark wb-mark--${row.state}`} lang="zh-CN">
          {row.text}
        </mark>
        <span className="wb-figure__status">
          {t(
            row.state === 'new'
              ? 'legendNew'
              : row.state === 'confirmed'
                ? 'legendConfirmed'
                : 'legendDismissed',
          )}
        </span>
      </div>
      {values ? (
        <p className="wb-figure__reading">
          <span data-testid="figure-reading">{figureReading(values, props.units, lang, t)}</span>
          <span className="wb-figure__label">
            {values.label.zh || values.label.en
              ? t('labelOf', { label: [values.label.zh, values.label.en].filter(Boolean).join(' / ') })
              : t('labelMissing')}
          </span>
        </p>
      ) : null}
      {row.state === 'dismissed' ? (
        <p className="wb-figure__reading">{t('dismissedBecause', { reason: row.exclusion.reason[lang] })}</p>
      ) : null}
      <FieldIssues id={`${id}-issues`} issues={props.issues} lang={lang} />
      {mode === 'edit' && values ? (
        <FigureForm
          figureText={row.text}
          initial={values}
          units={props.units}
          lang={lang}
          onSave={save}
          onCancel={() => setMode('view')}
        />
      ) : null}
      {mode === 'dismiss' ? (
        <DismissForm
          figureText={row.text}
          lang={lang}
          onDismiss={(kind, reason) => {
            act({ type: 'dismissFigure', span: row.span, kind, reason });
            setMode('view');
          }}
          onCancel={() => setMode('view')}
        />
      ) : null}
      {mode === 'view' ? (
        <div className="wb-actions">
          {row.state === 'new' ? (
            <>
              <button
                ref={focusTarget}
                aria-describedby={invalid ? `${id}-issues` : undefined}
                type="button"
                className="button wb-button--primary"
                aria-label={t('confirmFigure', { figure: figureName })}
                onClick={() => values && confirm(values)}
              >
                {t('confirm')}
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('editFigure', { figure: figureName })}
                onClick={() => setMode('edit')}
              >
                {t('edit')}
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('dismissFigure', { figure: figureName })}
                onClick={() => setMode('dismiss')}
              >
                {t('dismiss')}
              </button>
            </>
          ) : null}
          {row.state === 'confirmed' ? (
            <>
              <button
                ref={focusTarget}
                aria-describedby={invalid ? `${id}-issues` : undefined}
                type="button"
                className="button"
                aria-label={t('editFigure', { figure: figureName })}
                onClick={() => setMode('edit')}
              >
                {t('edit')}
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('removeFigure', { figure: figureName })}
                onClick={() => act({ type: 'removeFigure', effortId, figureId: row.figure.id })}
              >
                {t('remove')}
              </button>
            </>
          ) : null}
          {row.state === 'dismissed' ? (
            <button
              ref={focusTarget}
              aria-describedby={invalid ? `${id}-issues` : undefined}
              type="button"
              className="button"
              aria-label={t('restoreFigure', { figure: figureName })}
              onClick={() => act({ type: 'restoreFigure', exclusionId: row.exclusion.id })}
            >
              {t('restore')}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** Every figure of the passage: confirm, edit or dismiss what the detector found; edit, remove or restore. */
export function FiguresField(props: {
  rows: readonly FigureRow[];
  text: string;
  effortId: string;
  units: readonly VocabularyEntry[];
  lang: Lang;
  dispatch: (a: DraftAction) => void;
  issues: readonly DraftIssue[];
  register: (key: FieldKey) => (el: HTMLElement | null) => void;
}): ReactNode {
  const t = editorTranslator(props.lang);
  const id = useId();
  const { rows } = props;
  const count = (s: FigureRow['state']): number => rows.filter((r) => r.state === s).length;
  const sectionIssues = props.issues.filter((i) => issueKey(i) === 'figures');
  return (
    <section className="wb-section" aria-labelledby={id} tabIndex={-1} ref={props.register('figures')}>
      <h3 id={id} className="wb-section__title">
        {t('figures')}
      </h3>
      <p className="wb-hint" data-testid="figures-count">
        {rows.length === 0
          ? t('figuresNone')
          : t('figuresCount', {
              confirmed: count('confirmed'),
              open: count('new'),
              dismissed: count('dismissed'),
            })}
      </p>
      <FieldIssues id={`${id}-issues`} issues={sectionIssues} lang={props.lang} />
      <ul className="wb-figures">
        {rows.map((row) => {
          const key: FieldKey | null = row.state === 'confirmed' ? `figure:${row.figure.id}` : null;
          return (
            <FigureItem
              key={`${row.span.start}-${row.span.end}`}
              row={row}
              text={props.text}
              effortId={props.effortId}
              units={props.units}
              lang={props.lang}
              dispatch={props.dispatch}
              issues={key ? props.issues.filter((i) => issueKey(i) === key) : []}
              focusTarget={key ? props.register(key) : () => undefined}
            />
          );
        })}
      </ul>
    </section>
  );
}
