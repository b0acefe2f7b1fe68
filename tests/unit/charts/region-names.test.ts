import { describe, expect, it } from 'vitest';
import { shortRegionName, shortRegionNames } from '../../../src/i18n/region-names';
import type { Region } from '../../../src/data/schema';
import { bundledDataset, regionRegistry } from '../../fixtures/load';

const ds = bundledDataset();
const region = (code: string): Region => {
  const r = ds.regionByCode.get(code);
  if (!r) throw new Error(`no region ${code}`);
  return r;
};

describe('shortRegionName (zh)', () => {
  it('strips 市 from prefecture-level cities and the ethnic groups from autonomous prefectures', () => {
    expect(shortRegionName(region('510100'), 'zh')).toBe('成都');
    expect(shortRegionName(region('513200'), 'zh')).toBe('阿坝州');
    expect(shortRegionName(region('513300'), 'zh')).toBe('甘孜州');
    expect(shortRegionName(region('513400'), 'zh')).toBe('凉山州');
    expect(shortRegionName(region('510000'), 'zh')).toBe('四川');
  });

  it('keeps county names whole', () => {
    expect(shortRegionName(region('510421'), 'zh')).toBe('米易县');
    expect(shortRegionName(region('510402'), 'zh')).toBe('东区');
    expect(shortRegionName(region('513201'), 'zh')).toBe('马尔康市');
    expect(shortRegionName(region('513231'), 'zh')).toBe('阿坝县');
  });
});

describe('shortRegionName (en)', () => {
  it('drops "Autonomous Prefecture" and "County" but keeps "District"', () => {
    expect(shortRegionName(region('510100'), 'en')).toBe('Chengdu');
    expect(shortRegionName(region('513400'), 'en')).toBe('Liangshan');
    expect(shortRegionName(region('510421'), 'en')).toBe('Miyi');
    expect(shortRegionName(region('510402'), 'en')).toBe('Dong District');
  });

  it('shortens every county of the region registry to its place name (autonomous counties too)', () => {
    const registry = regionRegistry();
    const county = (code: string): Region => registry.byCode.get(code)!;
    expect(shortRegionName(county('510726'), 'en')).toBe('Beichuan');
    expect(shortRegionName(county('510726'), 'en', registry.regions)).toBe('Beichuan');
    expect(shortRegionName(county('513422'), 'en')).toBe('Muli');
    expect(shortRegionName(county('511902'), 'en')).toBe('Bazhou District');
    expect(shortRegionName(county('513332'), 'en')).toBe('Sêrxü');
    for (const r of registry.regions) {
      const short = shortRegionName(r, 'en', registry.regions);
      expect(short, r.en).toMatch(/^[A-Z]/);
      expect(short, r.en).not.toMatch(/Autonomous/);
    }
    // Beside the prefecture "Ngawa (Aba)", the county keeps its "County".
    expect(shortRegionName(county('513231'), 'en', registry.regions)).toBe('Ngawa County');
  });

  it('keeps a bracketed alias unless the other regions show the bare name is unambiguous', () => {
    expect(shortRegionName(region('513200'), 'en')).toBe('Ngawa (Aba)');
    expect(shortRegionName(region('513300'), 'en')).toBe('Garzê (Ganzi)');
    expect(shortRegionName(region('513300'), 'en', ds.regions)).toBe('Garzê');
    // "Ngawa" alone would be confused with Ngawa County (阿坝县).
    expect(shortRegionName(region('513200'), 'en', ds.regions)).toBe('Ngawa (Aba)');
    expect(shortRegionName(region('513231'), 'en', ds.regions)).toBe('Ngawa County');
    expect(shortRegionName(region('510421'), 'en', ds.regions)).toBe('Miyi');
  });

  it('gives every region of the dataset a distinct short name', () => {
    for (const lang of ['zh', 'en'] as const) {
      const names = [...shortRegionNames(ds.regions, lang).values()];
      expect(new Set(names).size).toBe(ds.regions.length);
    }
  });
});
