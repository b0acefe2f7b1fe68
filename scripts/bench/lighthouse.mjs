/**
 * Lighthouse on a URL, desktop or mobile preset (mobile: Lighthouse's default emulation and
 * simulated throttling). Asynchronous: the static server runs in this process and must keep answering.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export async function lighthouse(url, formFactor, { chromePath, chromeArgs }) {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        'node_modules/lighthouse/cli/index.js',
        url,
        ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
        '--only-categories=performance,accessibility',
        '--output=json',
        '--quiet',
        `--chrome-flags=--headless=new ${chromeArgs.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
    );
    const report = JSON.parse(stdout);
    const ms = (id) => Math.round(report.audits[id]?.numericValue ?? NaN);
    return {
      performance: Math.round(report.categories.performance.score * 100),
      accessibility: Math.round(report.categories.accessibility.score * 100),
      // The metrics behind the score (Lighthouse's simulated values, ms).
      fcp: ms('first-contentful-paint'),
      lcp: ms('largest-contentful-paint'),
      tbt: ms('total-blocking-time'),
      speedIndex: ms('speed-index'),
    };
  } catch (e) {
    return { error: String(e.message).split('\n')[0] };
  }
}
