import type { ReactNode } from 'react';
import type { Organisation } from '../../data/schema';
import type { RegionRegistry } from '../../data/region-registry';
import type { Lang } from '../../domain/view';
import { translateWorkbench } from '../../i18n/messages-workbench';
import type { Draft, DraftAction, DraftIssue } from '../../workbench/draft-types';

/** The effort editor's props (fixed between the shell and the editor: see wb-common.md). */
export interface EffortEditorProps {
  draft: Draft;
  effortId: string;
  dispatch: (a: DraftAction) => void;
  registry: RegionRegistry | null;
  knownOrganisations: readonly Organisation[];
  lang: Lang;
  issues: readonly DraftIssue[];
  focusField?: string | null;
  onClose: () => void;
}

/** Stands in for the effort editor until its branch is merged: the passage, and a way to close. */
export function EffortEditor({ draft, effortId, lang, onClose }: EffortEditorProps): ReactNode {
  const effort = draft.efforts.find((e) => e.id === effortId);
  return (
    <div className="wb-editor-placeholder">
      <div className="wb-row">
        <h2>{translateWorkbench(lang, 'wbEditorTitle', { id: effortId })}</h2>
        <button type="button" className="button button--small" onClick={onClose}>
          {translateWorkbench(lang, 'wbClose')}
        </button>
      </div>
      {effort ? (
        <blockquote lang="zh-CN">{draft.source.text.slice(effort.span.start, effort.span.end)}</blockquote>
      ) : null}
      <p className="note">{translateWorkbench(lang, 'wbEditorPending')}</p>
    </div>
  );
}
