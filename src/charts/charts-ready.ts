/**
 * When the first screen's charts have all drawn: a User Timing mark for benchmarks and audits, and a
 * promise for what waits for them (panels mounted after the first charts).
 */
export const CHARTS_READY_MARK = 'tongxin:charts-ready';

let allDrawn: () => void = () => undefined;
const firstChartsDrawn = new Promise<void>((resolve) => {
  allDrawn = resolve;
});

/** Resolves once every chart of the first screen has drawn (what can wait for it, does). */
export function whenFirstChartsDrawn(): Promise<void> {
  return firstChartsDrawn;
}

/** User Timing mark, once, when every chart on the page has drawn (for benchmarks and audits). */
export function markWhenAllDrawn(): void {
  if (document.querySelector('.chart--loading, .chart[data-render-finished="false"]')) return;
  if (performance.getEntriesByName(CHARTS_READY_MARK).length === 0) performance.mark(CHARTS_READY_MARK);
  allDrawn();
}
