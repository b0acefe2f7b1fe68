import type { ReactNode } from 'react';
import type { Lang } from '../../domain/view';
import { translateWorkbench } from '../../i18n/messages-workbench';
import { describeDraftIssue } from '../../i18n/workbench-issues';
import type { Draft, DraftIssue } from '../../workbench/draft-types';

interface IssueGroup {
  key: string;
  title: string;
  issues: DraftIssue[];
}

/** Where a problem is, in words: an effort, an organisation, or the draft's details. */
export function issuePlace(issue: DraftIssue, draft: Draft, lang: Lang): string {
  if (issue.effortId !== null) return translateWorkbench(lang, 'wbIssuesEffort', { id: issue.effortId });
  if (issue.organisationId !== null) {
    const org = draft.organisations.find((o) => o.id === issue.organisationId);
    const name = org ? org.name[lang] || org.name.zh || org.id : issue.organisationId;
    return translateWorkbench(lang, 'wbIssuesOrganisation', { name });
  }
  return translateWorkbench(lang, 'wbIssuesDraft');
}

/** Problems grouped where they are: the draft's details, each effort, each organisation (in draft order). */
export function groupIssues(issues: readonly DraftIssue[], draft: Draft, lang: Lang): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  const add = (key: string, title: () => string, issue: DraftIssue): void => {
    const g = groups.get(key) ?? { key, title: title(), issues: [] };
    g.issues.push(issue);
    groups.set(key, g);
  };
  for (const issue of issues) {
    if (issue.effortId !== null) {
      add(
        `e:${issue.effortId}`,
        () => translateWorkbench(lang, 'wbIssuesEffort', { id: issue.effortId! }),
        issue,
      );
    } else if (issue.organisationId !== null) {
      const org = draft.organisations.find((o) => o.id === issue.organisationId);
      const name = org ? org.name[lang] || org.name.zh || org.id : issue.organisationId;
      add(
        `o:${issue.organisationId}`,
        () => translateWorkbench(lang, 'wbIssuesOrganisation', { name }),
        issue,
      );
    } else add('draft', () => translateWorkbench(lang, 'wbIssuesDraft'), issue);
  }
  const order = (key: string): number => {
    if (key === 'draft') return -1;
    const e = draft.efforts.findIndex((x) => `e:${x.id}` === key);
    if (e >= 0) return e;
    return draft.efforts.length + draft.organisations.findIndex((o) => `o:${o.id}` === key);
  };
  return [...groups.values()].sort((a, b) => order(a.key) - order(b.key));
}

/**
 * The draft's problems, live: each a link to where it is (the effort in the editor, with focus on
 * the field; the report's details). An empty list says the draft can be exported.
 */
export function IssueList({
  issues,
  draft,
  lang,
  onOpen,
}: {
  issues: readonly DraftIssue[];
  draft: Draft;
  lang: Lang;
  onOpen: (issue: DraftIssue) => void;
}): ReactNode {
  const groups = groupIssues(issues, draft, lang);
  return (
    <section className="panel wb-panel" aria-labelledby="wb-issues-title" id="wb-issues-panel">
      <h2 id="wb-issues-title">{translateWorkbench(lang, 'wbIssues', { count: issues.length })}</h2>
      {issues.length === 0 ? (
        <p className="note wb-ok" data-testid="wb-no-issues">
          {translateWorkbench(lang, 'wbNoIssues')}
        </p>
      ) : (
        <div data-testid="wb-issues">
          {groups.map((g) => (
            <div key={g.key} className="wb-issue-group">
              <h3>{g.title}</h3>
              <ul>
                {g.issues.map((issue, i) => (
                  <li key={i}>
                    <button type="button" className="link-button" onClick={() => onOpen(issue)}>
                      {describeDraftIssue(issue, lang, draft)}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
