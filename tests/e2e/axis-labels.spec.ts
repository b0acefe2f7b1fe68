import type { Page } from '@playwright/test';
import { generateSynthetic } from '../../scripts/generate-synthetic.mjs';
import { expect, test, waitForApp, waitForCharts } from './fixtures';

/**
 * Category axis labels are drawn without overlapping, each band at least its minimum height: a long
 * organisation type's name wraps to three lines on a phone in English, and a report naming every
 * prefecture has 21 bars; the chart grows to hold them (`categoryAxisHeight`).
 */

/**
 * The drawn boxes (page px, top and bottom) of a chart's category-axis labels, top to bottom. ZRender
 * draws a label's lines as `tspan`s, children of the label's text element: a box spans its lines.
 */
function labelBoxes(
  page: Page,
  testId: string,
): Promise<Array<{ text: string; top: number; bottom: number }>> {
  return page.getByTestId(testId).evaluate((el) => {
    type Rect = { y: number; height: number; clone: () => Rect; applyTransform: (m: number[]) => void };
    type Drawn = {
      type: string;
      parent?: { style?: { text?: string } };
      transform?: number[];
      getBoundingRect: () => Rect;
    };
    type Inst = {
      getOption: () => { yAxis: Array<{ data?: unknown[] }> };
      getZr: () => { storage: { getDisplayList: () => Drawn[] } };
    };
    const inst = (el as HTMLElement & { echartsInstance?: Inst }).echartsInstance;
    if (!inst) throw new Error('no chart instance');
    const labels = new Set((inst.getOption().yAxis[0]?.data ?? []).map(String));
    const top = el.getBoundingClientRect().top;
    const boxes = new Map<string, { text: string; top: number; bottom: number }>();
    for (const d of inst.getZr().storage.getDisplayList()) {
      const text = d.parent?.style?.text;
      if (d.type !== 'tspan' || text === undefined || !labels.has(text)) continue;
      const r = d.getBoundingRect().clone();
      if (d.transform) r.applyTransform(d.transform);
      const box = boxes.get(text) ?? { text, top: Infinity, bottom: -Infinity };
      box.top = Math.min(box.top, top + r.y);
      box.bottom = Math.max(box.bottom, top + r.y + r.height);
      boxes.set(text, box);
    }
    return [...boxes.values()].sort((a, b) => a.top - b.top);
  });
}

const views = [
  {
    name: 'phone, English, organisation types',
    size: { width: 390, height: 844 },
    url: './?lang=en&tab=type',
    chart: 'chart-type',
    pitch: 30,
  },
  {
    name: 'phone, Chinese, organisation types',
    size: { width: 390, height: 844 },
    url: './?lang=zh&tab=type',
    chart: 'chart-type',
    pitch: 30,
  },
  {
    name: 'laptop, English, organisation types',
    size: { width: 1440, height: 900 },
    url: './?lang=en&tab=type',
    chart: 'chart-type',
    pitch: 30,
  },
  {
    name: 'phone, English, regions',
    size: { width: 390, height: 844 },
    url: './?lang=en',
    chart: 'chart-region',
    pitch: 18,
  },
  {
    // A report naming every prefecture: in the phone's 320 px chart 21 bars would get 13 px each.
    name: 'phone, English, regions of a report naming all 21 prefectures',
    size: { width: 390, height: 844 },
    url: './?lang=en&dataset=linked/synthetic.json',
    chart: 'chart-region',
    pitch: 18,
  },
];

for (const v of views) {
  test(`axis labels do not overlap and each band keeps its room: ${v.name}`, async ({ page, problems }) => {
    await page.setViewportSize(v.size);
    await page.route('**/linked/synthetic.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(generateSynthetic(1000)) }),
    );
    await page.goto(v.url);
    await waitForApp(page);
    await waitForCharts(page);
    await page.getByTestId(v.chart).scrollIntoViewIfNeeded();
    const boxes = await labelBoxes(page, v.chart);
    expect(boxes.length).toBeGreaterThan(3);
    for (let i = 1; i < boxes.length; i += 1) {
      const [above, below] = [boxes[i - 1]!, boxes[i]!];
      expect(below.top, `"${below.text}" starts below "${above.text}"`).toBeGreaterThanOrEqual(
        above.bottom - 0.5,
      );
      // Bands are equal: the distance between two labels' centres is the band's height.
      const centre = (b: { top: number; bottom: number }): number => (b.top + b.bottom) / 2;
      expect(centre(below) - centre(above), `room for "${below.text}"`).toBeGreaterThanOrEqual(v.pitch - 0.5);
    }
    // The grown height is set through the CSSOM: no CSP violation, no console error.
    expect(problems).toEqual([]);
  });
}
