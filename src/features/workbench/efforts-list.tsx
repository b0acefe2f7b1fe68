import type { ReactNode } from 'react';
import type { Lang } from '../../domain/view';
import { translateWorkbench } from '../../i18n/messages-workbench';
import type { Draft, DraftIssue } from '../../workbench/draft-types';

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The draft's efforts in text order, each with its passage, figures and problems; one opens in the editor. */
export function EffortsList({
  draft,
  issues,
  lang,
  selected,
  onOpen,
}: {
  draft: Draft;
  issues: readonly DraftIssue[];
  lang: Lang;
  selected: string | null;
  onOpen: (id: string) => void;
}): ReactNode {
  const efforts = [...draft.efforts].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return (
    <section className="panel wb-panel" aria-labelledby="wb-efforts-title" id="wb-efforts-panel">
      <h2 id="wb-efforts-title">{translateWorkbench(lang, 'wbEfforts', { count: efforts.length })}</h2>
      {efforts.length === 0 ? (
        <p className="note">{translateWorkbench(lang, 'wbNoEfforts')}</p>
      ) : (
        <ol className="wb-efforts" data-testid="wb-efforts">
          {efforts.map((e) => {
            const problems = issues.filter((i) => i.effortId === e.id).length;
            return (
              <li key={e.id} data-effort-id={e.id}>
                <button
                  type="button"
                  className="wb-efforts__item"
                  aria-current={selected === e.id ? 'true' : undefined}
                  onClick={() => onOpen(e.id)}
                >
                  <span className="wb-efforts__head">
                    {translateWorkbench(lang, 'wbEffortItem', { id: e.id, n: e.figures.length })}
                    {problems ? (
                      <span className="wb-efforts__problems">
                        {translateWorkbench(lang, 'wbEffortProblems', { n: problems })}
                      </span>
                    ) : null}
                  </span>
                  <span className="wb-efforts__quote" lang="zh-CN">
                    {clip(draft.source.text.slice(e.span.start, e.span.end), 90)}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
