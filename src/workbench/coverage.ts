import { spansOverlap, textOf } from './draft-ops';
import type { Coverage, CoverageItem, Draft } from './draft-types';
import { detectIn, exclusionFor } from './proposals';
import { sentencesOf } from './sentences';

export { paragraphsOf, sentencesOf } from './sentences';

/**
 * Coverage of the report's figures (issue 14, "Coverage at a glance"): every figure the detector finds
 * in every sentence of the text is `covered` (a confirmed figure of some effort overlaps it),
 * `excluded` (an exclusion has its span, or a span that holds it: "24小时全天待命" dismisses 24小时) or
 * still `open`. The bundled dataset's tests run this check; the workbench shows it. Pure.
 */
export function coverageOf(draft: Draft): Coverage {
  const figures = draft.efforts.flatMap((e) => e.figures.map((f) => ({ effortId: e.id, span: f.span })));
  const items: CoverageItem[] = sentencesOf(draft.source.text).flatMap((sentence, index) =>
    detectIn(draft, sentence).map(({ span }): CoverageItem => {
      const cover = figures.find((f) => spansOverlap(f.span, span));
      const exclusion = cover ? undefined : exclusionFor(draft.exclusions, span);
      return {
        span,
        text: textOf(draft, span),
        status: cover ? 'covered' : exclusion ? 'excluded' : 'open',
        effortId: cover?.effortId ?? null,
        exclusionId: exclusion?.id ?? null,
        sentence: index,
      };
    }),
  );
  const count = (status: CoverageItem['status']): number => items.filter((i) => i.status === status).length;
  return {
    items,
    total: items.length,
    covered: count('covered'),
    excluded: count('excluded'),
    open: count('open'),
  };
}
