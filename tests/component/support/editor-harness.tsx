import { render, type RenderResult } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import type { Lang } from '../../../src/domain/view';
import type { Organisation } from '../../../src/data/schema';
import { EffortEditor } from '../../../src/features/workbench/editor/effort-editor';
import { newDraft, reduceDraft } from '../../../src/workbench/draft-ops';
import type { Draft, DraftAction, DraftIssue, Span } from '../../../src/workbench/draft-types';
import { sentenceAt } from '../../../src/workbench/proposals';
import { bundledJson, readSourceText, regionRegistry } from '../../fixtures/load';

/** A draft of the bundled report (its text and vocabularies), with no effort yet. */
export function reportDraft(): Draft {
  const json = bundledJson();
  const { text: _none, ...source } = json.source;
  return newDraft({
    id: 'draft-test',
    text: readSourceText(),
    title: json.title,
    source,
    vocabularies: {
      units: json.units,
      organisationTypes: json.organisationTypes,
      activities: json.activities,
    },
    updatedAt: '2024-01-01T00:00:00Z',
  });
}

/** The span of `words` in the text (the `nth` occurrence), failing loudly when absent. */
export function spanOf(draft: Draft, words: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) at = draft.source.text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`“${words}” is not in the text`);
  return { start: at, end: at + words.length };
}

/** The draft with one effort on the sentence holding `words` (its id is `e-1`). */
export function draftWithEffort(words: string): Draft {
  const draft = reportDraft();
  const span = sentenceAt(draft.source.text, spanOf(draft, words).start);
  const next = reduceDraft(draft, { type: 'addEffort', span });
  if (next === draft) throw new Error('addEffort refused');
  return next;
}

export interface Harness {
  actions: DraftAction[];
  /** The draft as the reducer made it after every action so far. */
  draft: () => Draft;
  result: RenderResult;
  closed: () => number;
  /** Render again with other issues or another field to focus (the draft is kept). */
  update: (props: { focusField?: string | null; issues?: DraftIssue[] }) => void;
}

/**
 * The editor over a real draft, with a dispatch that records each action and applies it with the
 * model's reducer, in order (as the shell's history does).
 */
export function renderEditor(
  initial: Draft,
  options: {
    lang?: Lang;
    issues?: DraftIssue[];
    focusField?: string | null;
    knownOrganisations?: Organisation[];
    effortId?: string;
  } = {},
): Harness {
  const actions: DraftAction[] = [];
  let current = initial;
  let closes = 0;
  const registry = regionRegistry();
  function Host(props: { focusField: string | null; issues: DraftIssue[] }): ReactNode {
    const [draft, setDraft] = useState(initial);
    const dispatch = (a: DraftAction): void => {
      actions.push(a);
      current = reduceDraft(current, a);
      setDraft(current);
    };
    return (
      <EffortEditor
        draft={draft}
        effortId={options.effortId ?? 'e-1'}
        dispatch={dispatch}
        registry={registry}
        knownOrganisations={options.knownOrganisations ?? []}
        lang={options.lang ?? 'en'}
        issues={props.issues}
        focusField={props.focusField}
        onClose={() => {
          closes += 1;
        }}
      />
    );
  }
  const result = render(<Host focusField={options.focusField ?? null} issues={options.issues ?? []} />);
  return {
    actions,
    draft: () => current,
    result,
    closed: () => closes,
    update: (props) =>
      result.rerender(
        <Host focusField={props.focusField ?? null} issues={props.issues ?? options.issues ?? []} />,
      ),
  };
}
