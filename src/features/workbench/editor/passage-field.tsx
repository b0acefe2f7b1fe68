import { useId, type ReactNode } from 'react';
import type { Lang } from '../../../domain/view';
import { editorTranslator } from '../../../i18n/messages-workbench-editor';
import type { DraftEffort, DraftIssue, Span } from '../../../workbench/draft-types';
import { FieldIssues } from './field-issues';
import type { FigureRow } from './figure-rows';

export type SpanStep = 'widenBefore' | 'widenAfter' | 'narrowStart' | 'narrowEnd';

/**
 * The passage after one step by whole sentences (`sentences` in order, as the text's sentences),
 * or null when there is no sentence to add or to drop. Sentences are what the model's
 * `sentencesOf` gives; the passage may start or end inside one (a selection), which widening completes.
 */
export function steppedSpan(span: Span, sentences: readonly Span[], step: SpanStep): Span | null {
  const first = sentences.findIndex((s) => s.end > span.start);
  let last = -1;
  sentences.forEach((s, i) => {
    if (s.start < span.end) last = i;
  });
  if (first < 0 || last < 0) return null;
  switch (step) {
    case 'widenBefore': {
      // A passage that starts inside a sentence first takes the whole of it.
      const s = span.start > sentences[first]!.start ? sentences[first] : sentences[first - 1];
      return s ? { start: s.start, end: span.end } : null;
    }
    case 'widenAfter': {
      const s = span.end < sentences[last]!.end ? sentences[last] : sentences[last + 1];
      return s ? { start: span.start, end: s.end } : null;
    }
    case 'narrowStart': {
      const s = sentences[first + 1];
      return last > first && s ? { start: s.start, end: span.end } : null;
    }
    case 'narrowEnd': {
      const s = sentences[last - 1];
      return last > first && s ? { start: span.start, end: s.end } : null;
    }
  }
}

/** Pieces of the passage: plain text and the figures in it, marked by what was done with them. */
function pieces(text: string, span: Span, rows: readonly FigureRow[]): ReactNode[] {
  const out: ReactNode[] = [];
  let at = span.start;
  for (const row of rows) {
    if (row.span.start < at || row.span.end > span.end) continue;
    if (row.span.start > at) out.push(text.slice(at, row.span.start));
    out.push(
      <mark key={row.span.start} className={`wb-mark wb-mark--${row.state}`} data-state={row.state}>
        {text.slice(row.span.start, row.span.end)}
      </mark>,
    );
    at = row.span.end;
  }
  if (at < span.end) out.push(text.slice(at, span.end));
  return out;
}

/** The quote, read-only, with its figures marked; widened or narrowed by whole sentences only. */
export function PassageField(props: {
  effort: DraftEffort;
  text: string;
  sentences: readonly Span[];
  rows: readonly FigureRow[];
  lang: Lang;
  onSpan: (span: Span) => void;
  issues: readonly DraftIssue[];
  focusTarget: (el: HTMLElement | null) => void;
}): ReactNode {
  const { effort, lang, focusTarget } = props;
  const t = editorTranslator(lang);
  const id = useId();
  const keeps = (span: Span): boolean =>
    effort.figures.every((f) => f.span.start >= span.start && f.span.end <= span.end) &&
    (effort.date === null || (effort.date.span.start >= span.start && effort.date.span.end <= span.end));
  const steps: SpanStep[] = ['widenBefore', 'widenAfter', 'narrowStart', 'narrowEnd'];
  const blocked = steps.some((s) => {
    const next = steppedSpan(effort.span, props.sentences, s);
    return next !== null && !keeps(next);
  });
  const invalid = props.issues.length > 0;
  return (
    <section className="wb-section" aria-labelledby={id}>
      <h3 id={id} className="wb-section__title">
        {t('passage')}
      </h3>
      <blockquote
        ref={focusTarget}
        tabIndex={-1}
        className="wb-passage"
        lang="zh-CN"
        data-testid="passage"
        aria-describedby={[`${id}-hint`, invalid ? `${id}-issues` : ''].join(' ').trim()}
      >
        {pieces(props.text, effort.span, props.rows)}
      </blockquote>
      <p id={`${id}-hint`} className="wb-hint">
        {t('passageHint')} <span className="wb-legend wb-mark wb-mark--new">{t('legendNew')}</span>{' '}
        <span className="wb-legend wb-mark wb-mark--confirmed">{t('legendConfirmed')}</span>{' '}
        <span className="wb-legend wb-mark wb-mark--dismissed">{t('legendDismissed')}</span>
      </p>
      <div className="wb-actions">
        {steps.map((step) => {
          const next = steppedSpan(effort.span, props.sentences, step);
          return (
            <button
              key={step}
              type="button"
              className="button"
              disabled={next === null || !keeps(next)}
              onClick={() => next && props.onSpan(next)}
            >
              {t(step)}
            </button>
          );
        })}
      </div>
      {blocked ? <p className="wb-hint">{t('narrowBlocked')}</p> : null}
      <FieldIssues id={`${id}-issues`} issues={props.issues} lang={lang} />
    </section>
  );
}
