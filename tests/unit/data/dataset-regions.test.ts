import { describe, expect, it } from 'vitest';
import { bundledDataset, readJson } from '../../fixtures/load';

interface FeatureCollection {
  features: Array<{ properties: { code: string; name: string } }>;
}

const dataset = bundledDataset();
const prefectureMap = readJson<FeatureCollection>('data/geo/sichuan.json');
const prefectureCodes = new Set(prefectureMap.features.map((f) => f.properties.code));

describe('regions and boundaries', () => {
  it('has Sichuan and all 21 prefecture-level divisions', () => {
    expect(dataset.regionByCode.get('510000')).toMatchObject({ level: 'province', parent: null });
    const prefectures = dataset.regions.filter((r) => r.level === 'prefecture');
    expect(prefectures).toHaveLength(21);
    expect(prefectures.every((p) => p.parent === '510000')).toBe(true);
    expect(prefectureCodes.size).toBe(21);
  });

  it('names the counties the report names, under the right prefecture', () => {
    const expected: Record<string, string> = {
      '510112': '510100',
      '510402': '510400',
      '510411': '510400',
      '510421': '510400',
      '510502': '510500',
      '510705': '510700',
    };
    for (const [county, parent] of Object.entries(expected)) {
      expect(dataset.regionByCode.get(county), county).toMatchObject({ level: 'county', parent });
    }
  });

  it('has a boundary feature for every region (the province is the whole map)', () => {
    for (const region of dataset.regions) {
      if (region.level === 'province') continue;
      if (region.level === 'prefecture') {
        expect(prefectureCodes.has(region.code), region.code).toBe(true);
      } else {
        const counties = readJson<FeatureCollection>(`data/geo/counties/${region.parent}.json`);
        expect(
          counties.features.some((f) => f.properties.code === region.code),
          `${region.code} ${region.zh}`,
        ).toBe(true);
      }
    }
  });

  it('places the report in ten prefectures', () => {
    expect([...dataset.reportedPrefectures].sort()).toEqual(
      [
        '510100',
        '510400',
        '510500',
        '510700',
        '511000',
        '511300',
        '511700',
        '512000',
        '513200',
        '513400',
      ].sort(),
    );
  });
});
