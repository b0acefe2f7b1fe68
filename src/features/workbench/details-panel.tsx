import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Lang } from '../../domain/view';
import { translateWorkbench } from '../../i18n/messages-workbench';
import type { Draft, DraftAction } from '../../workbench/draft-types';
import { draftMetaOf, metaOfDraft, type MetaFields } from './draft-meta';
import { metaFieldId, MetaFieldsForm } from './meta-fields';

/**
 * The report's details (titles, publisher, URL, publication time, language), editable at any time:
 * each field left is one undoable change (`setMeta`). `focus` (with a changing `nonce`) opens the
 * section and moves focus to a field, for the issue list.
 */
export function DetailsPanel({
  draft,
  dispatch,
  lang,
  focus,
}: {
  draft: Draft;
  dispatch: (action: DraftAction) => void;
  lang: Lang;
  focus: { key: keyof MetaFields; nonce: number } | null;
}): ReactNode {
  const fromDraft = metaOfDraft(draft.title, draft.source);
  const signature = JSON.stringify(fromDraft);
  const [synced, setSynced] = useState(signature);
  const [fields, setFields] = useState(fromDraft);
  // Undo, redo or a change elsewhere: the form shows the draft again.
  if (signature !== synced) {
    setSynced(signature);
    setFields(fromDraft);
  }
  const details = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    if (!focus || !details.current) return;
    details.current.open = true;
    document.getElementById(metaFieldId('wb-meta', focus.key))?.focus();
  }, [focus]);

  const commit = (next: MetaFields): void => {
    const { title, source } = draftMetaOf(next, draft.source.textFile, draft.source.reprintedFrom);
    const titleChanged = next.titleZh !== fromDraft.titleZh || next.titleEn !== fromDraft.titleEn;
    const { title: _t, titleEn: _e, ...rest } = source;
    dispatch({
      type: 'setMeta',
      ...(titleChanged ? { title } : {}),
      source: titleChanged ? source : rest,
    });
  };

  return (
    <details className="panel wb-panel wb-details" ref={details} id="wb-details-panel">
      <summary>
        <h2>{translateWorkbench(lang, 'wbDetails')}</h2>
      </summary>
      <MetaFieldsForm value={fields} onChange={setFields} onCommit={commit} lang={lang} idPrefix="wb-meta" />
    </details>
  );
}
