import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../../scripts/generate-synthetic.mjs';
import { buildDataset } from '../../../src/data/model';
import { parseDatasetJson } from '../../../src/data/parse-dataset';

describe('synthetic benchmark data', () => {
  it('is valid in the real schema and spreads over counties and prefectures', () => {
    const parsed = parseDatasetJson(generateSynthetic(2000, 7));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 5)));
    const ds = buildDataset(parsed.value);
    expect(ds.efforts).toHaveLength(2000);
    expect(ds.reportedPrefectures.size).toBe(21);
    expect(ds.regions.filter((r) => r.level === 'county').length).toBeGreaterThan(150);
    expect(new Set(ds.efforts.flatMap((e) => e.measures.map((m) => m.unit))).size).toBeGreaterThan(10);
  });

  it('is deterministic for a seed', () => {
    expect(JSON.stringify(generateSynthetic(50, 3))).toBe(JSON.stringify(generateSynthetic(50, 3)));
    expect(JSON.stringify(generateSynthetic(50, 3))).not.toBe(JSON.stringify(generateSynthetic(50, 4)));
  });
});
