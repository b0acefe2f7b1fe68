import type { ReactNode } from 'react';
import type { Lang } from '../../domain/view';
import { translateWorkbench, type WorkbenchMessageKey } from '../../i18n/messages-workbench';
import type { Coverage, CoverageItem, Draft } from '../../workbench/draft-types';

type T = (key: WorkbenchMessageKey, params?: Record<string, string | number>) => string;
const tFor =
  (lang: Lang): T =>
  (key, params) =>
    translateWorkbench(lang, key, params);

/** "N of M figures covered · X excluded · Y open", always in view above the text. */
export function CoverageLine({
  coverage,
  lang,
  testId,
}: {
  coverage: Coverage;
  lang: Lang;
  testId?: string;
}): ReactNode {
  const t = tFor(lang);
  return (
    <p className="wb-coverage-line" data-testid={testId}>
      {coverage.total === 0
        ? t('wbCoverageNone')
        : t('wbCoverageLine', {
            covered: coverage.covered,
            total: coverage.total,
            excluded: coverage.excluded,
            open: coverage.open,
          })}
    </p>
  );
}

/** A little of the text around a figure, so the list says where it is. */
function context(text: string, item: CoverageItem): { before: string; after: string } {
  return {
    before: text.slice(Math.max(0, item.span.start - 12), item.span.start).replace(/\s+/g, ' '),
    after: text.slice(item.span.end, item.span.end + 8).replace(/\s+/g, ' '),
  };
}

/**
 * The figures of the text no effort covers and no exclusion dismisses, each with a way to go to it
 * (scroll, and the reader's cursor on its sentence) and to make an effort of its sentence; and the
 * excluded figures with their reasons.
 */
export function CoveragePanel({
  draft,
  coverage,
  lang,
  onJump,
  onEffortAt,
}: {
  draft: Draft;
  coverage: Coverage;
  lang: Lang;
  onJump: (item: CoverageItem) => void;
  onEffortAt: (item: CoverageItem) => void;
}): ReactNode {
  const t = tFor(lang);
  const open = coverage.items.filter((i) => i.status === 'open');
  const excluded = coverage.items.filter((i) => i.status === 'excluded');
  const reasonOf = (id: string | null): string => {
    const x = draft.exclusions.find((e) => e.id === id);
    return x ? x.reason[lang] || x.reason.zh || x.kind : '';
  };
  return (
    <section className="panel wb-panel" aria-labelledby="wb-coverage-title" id="wb-coverage-panel">
      <h2 id="wb-coverage-title">{t('wbCoverage')}</h2>
      <CoverageLine coverage={coverage} lang={lang} />
      <h3>{t('wbOpenFigures')}</h3>
      {open.length === 0 ? (
        <p className="note">{t('wbOpenFiguresNone')}</p>
      ) : (
        <ul className="wb-open-figures" data-testid="wb-open-figures">
          {open.map((item) => {
            const c = context(draft.source.text, item);
            return (
              <li key={`${item.span.start}-${item.span.end}`}>
                <span className="wb-open-figures__context" lang="zh-CN">
                  …{c.before}
                  <strong>{item.text}</strong>
                  {c.after}…
                </span>
                <span className="wb-row">
                  <button type="button" className="button button--small" onClick={() => onJump(item)}>
                    {t('wbJump', { figure: item.text })}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('wbEffortHereLabel', { figure: item.text })}
                    onClick={() => onEffortAt(item)}
                  >
                    {t('wbEffortHere')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {excluded.length ? (
        <details className="wb-excluded">
          <summary>
            {t('wbExcluded')} ({excluded.length})
          </summary>
          <ul>
            {excluded.map((item) => (
              <li key={`${item.span.start}-${item.span.end}`}>
                <span lang="zh-CN">{item.text}</span> — {reasonOf(item.exclusionId)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
