/* global window -- functions passed to Playwright run in the browser */
/**
 * What one cold page load is measured with, in the page itself: buffered PerformanceObservers set up
 * before any of the page's scripts run (paint, LCP with its element, layout shifts, long tasks,
 * event timing), a wait for a User Timing mark that costs the page nothing (an observer, not
 * polling), and Resource Timing for the script bytes that arrived before the mark.
 */

/** Init script: runs in every new document before the page's own scripts. */
export function installObservers() {
  const b = { cls: 0, events: [], longTasks: [], lcp: null, fcp: null };
  window.__bench = b;
  const observe = (type, onEntry, extra = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({
        type,
        buffered: true,
        ...extra,
      });
    } catch {
      // An entry type this browser does not support stays empty.
    }
  };
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
  });
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) b.cls += e.value;
  });
  observe('longtask', (e) => b.longTasks.push([e.startTime, e.duration]));
  observe('largest-contentful-paint', (e) => {
    const el = e.element;
    b.lcp = {
      time: e.startTime,
      size: e.size,
      // The element is null once it has left the page (the app's static first paint is replaced by
      // React, often before this callback runs); its id is kept in the entry.
      id: e.id || null,
      tag: el ? el.tagName.toLowerCase() : null,
      className: el?.getAttribute('class') ?? '',
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40),
      url: e.url || null,
    };
  });
  observe(
    'event',
    (e) => {
      if (e.interactionId) b.events.push([e.interactionId, e.duration]);
    },
    { durationThreshold: 16 },
  );
}

/** Resolves to the mark's startTime (ms since navigation start), or rejects after `timeoutMs`. */
export function waitForMark(page, name, timeoutMs) {
  return page.evaluate(
    ([mark, timeout]) =>
      new Promise((resolve, reject) => {
        const hit = () => performance.getEntriesByName(mark, 'mark')[0]?.startTime;
        const now = hit();
        if (now !== undefined) return resolve(now);
        const observer = new PerformanceObserver(() => {
          const t = hit();
          if (t === undefined) return;
          observer.disconnect();
          resolve(t);
        });
        observer.observe({ type: 'mark' });
        setTimeout(() => reject(new Error(`no ${mark} within ${timeout} ms`)), timeout);
      }),
    [name, timeoutMs],
  );
}

/**
 * What the observers saw, relative to `readyAt` (the charts-ready mark): long tasks and script bytes
 * (gzip bodies as transferred, Resource Timing's encodedBodySize) before it. Runs in the page.
 */
export function loadSummary(readyAt) {
  const b = window.__bench;
  const before = b.longTasks.filter(([start]) => start < readyAt);
  const clipped = before.map(([start, d]) => Math.min(start + d, readyAt) - start);
  const scripts = performance
    .getEntriesByType('resource')
    .filter((e) => /\.m?js(?:\?|$)/.test(new URL(e.name).pathname) && e.responseEnd <= readyAt);
  return {
    ready: readyAt,
    fcp: b.fcp,
    lcp: b.lcp,
    cls: b.cls,
    jsBytes: scripts.reduce((s, e) => s + e.encodedBodySize, 0),
    jsFiles: scripts.length,
    longTaskMs: clipped.reduce((s, d) => s + d, 0),
    longestTaskMs: before.reduce((m, [, d]) => Math.max(m, d), 0),
    longTasksOver200: before.filter(([, d]) => d > 200).length,
    events: b.events,
  };
}

/** `loadSummary` of a Playwright page. */
export function collectLoad(page, ready) {
  return page.evaluate(loadSummary, ready);
}

/** A fresh context and page with the observers installed and the CPU slowed `rate` times. */
export async function coldPage(browser, rate = 1, viewport = { width: 1440, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(installObservers);
  const cdp = await context.newCDPSession(page);
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp };
}
