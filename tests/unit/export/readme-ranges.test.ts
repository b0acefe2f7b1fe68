import { describe, expect, it } from 'vitest';
import { buildReadme } from '../../../src/export/readme';
import type { Lang } from '../../../src/domain/view';
import { bundledDataset } from '../../fixtures/load';

const readme = (lang: Lang): string =>
  buildReadme({
    dataset: bundledDataset(),
    lang,
    now: new Date('2025-01-02T10:30:00Z'),
    permalink: 'https://atlas.example/',
    viewInWords: '—',
    viewCitation: '—',
    files: [],
  });

describe('the evidence-pack README on approximate figures', () => {
  it('says an approximate figure has no value, only its range, and where the range is (en)', () => {
    const en = readme('en');
    expect(en).toContain('approximate figures have no `value`, only a range');
    expect(en).toContain('`low` and `high` in the CSV, `range` in `provenance.json`');
    expect(en).toContain('数千 = 2000–9999, 数家 = 2–9');
    expect(en).toContain('as a range, never as one number');
    expect(en).not.toMatch(/value` is the lower bound of/);
    expect(en).toContain('- `at-least` — at least: the source says 余/多/超');
  });

  it('says the same in Chinese, with Chinese punctuation', () => {
    const zh = readme('zh');
    expect(zh).toContain('约数没有 `value`，只有范围');
    expect(zh).toContain('- `approx` — 约数（数千等）：原文为“数千”“数家”等约数');
    expect(zh).toContain('数千 = 2000–9999，数家 = 2–9');
    expect(zh).toContain('# 同心地图 — 证据包');
    expect(zh).toMatch(/- 永久链接: https:\/\/atlas\.example\//);
  });
});
