import type { ReactNode } from 'react';

/**
 * Component tests check DOM behaviour; jsdom has no canvas, so the one chart wrapper is replaced by
 * a labelled placeholder. Real drawing is covered by the Chromium tests.
 */
export function EChart({ label, testId }: { label: string; testId?: string }): ReactNode {
  return <div role="img" aria-label={label} data-testid={testId} className="chart" />;
}

export const chartInstanceOf = (): undefined => undefined;
