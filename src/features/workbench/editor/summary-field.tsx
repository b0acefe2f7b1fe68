import { useId, useState, type ReactNode } from 'react';
import type { LocalizedText } from '../../../data/schema';
import type { Lang } from '../../../domain/view';
import { editorTranslator } from '../../../i18n/messages-workbench-editor';
import { SCRIPTS } from '../../../i18n/script';
import type { DraftIssue } from '../../../workbench/draft-types';
import { FieldIssues, issueKey, type FieldKey } from './field-issues';

interface SummaryTextProps {
  label: string;
  value: string;
  /** The language the summary is written in. */
  lang: Lang;
  onCommit: (text: string) => void;
  issues: readonly DraftIssue[];
  uiLang: Lang;
  focusTarget: (el: HTMLElement | null) => void;
}

/** One summary: typed freely, committed once (on Enter or on leaving the field), so one undo step. */
function SummaryText(props: SummaryTextProps): ReactNode {
  const id = useId();
  const { focusTarget } = props;
  const [text, setText] = useState(props.value);
  // An outside change (undo, redo) replaces what is shown.
  const [seen, setSeen] = useState(props.value);
  if (seen !== props.value) {
    setSeen(props.value);
    setText(props.value);
  }
  const commit = (): void => {
    const next = text.trim();
    if (next !== props.value) props.onCommit(next);
  };
  return (
    <div className="wb-field">
      <label className="wb-label" htmlFor={id}>
        {props.label}
      </label>
      <textarea
        ref={focusTarget}
        id={id}
        className="wb-input wb-summary__text"
        lang={SCRIPTS[props.lang].tag}
        rows={3}
        value={text}
        aria-invalid={props.issues.length > 0 || undefined}
        aria-describedby={props.issues.length > 0 ? `${id}-issues` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            // Escape may close the editor: what was typed is kept first.
            commit();
          }
        }}
      />
      <FieldIssues id={`${id}-issues`} issues={props.issues} lang={props.uiLang} />
    </div>
  );
}

export function SummaryField(props: {
  summary: LocalizedText;
  lang: Lang;
  onChange: (summary: LocalizedText) => void;
  issues: readonly DraftIssue[];
  register: (key: FieldKey) => (el: HTMLElement | null) => void;
}): ReactNode {
  const t = editorTranslator(props.lang);
  const id = useId();
  const { summary } = props;
  const of = (key: FieldKey): DraftIssue[] => props.issues.filter((i) => issueKey(i) === key);
  return (
    <section className="wb-section" aria-labelledby={id}>
      <h3 id={id} className="wb-section__title">
        {t('summaries')}
      </h3>
      <p className="wb-hint">{t('summaryHint')}</p>
      <SummaryText
        label={t('summaryZh')}
        lang="zh"
        value={summary.zh}
        onCommit={(zh) => props.onChange({ ...summary, zh })}
        issues={of('summary.zh')}
        uiLang={props.lang}
        focusTarget={props.register('summary.zh')}
      />
      <SummaryText
        label={t('summaryEn')}
        lang="en"
        value={summary.en}
        onCommit={(en) => props.onChange({ ...summary, en })}
        issues={of('summary.en')}
        uiLang={props.lang}
        focusTarget={props.register('summary.en')}
      />
    </section>
  );
}
