import { describe, expect, it, vi } from 'vitest';
import {
  buildRegistry,
  readExceptions,
  ruleName,
  type NameException,
} from '../../../scripts/region-names.mjs';
import { parseDatasetJson } from '../../../src/data/parse-dataset';
import {
  loadRegionRegistry,
  registryConflicts,
  registryFromJson,
  withRegistryRegions,
  type RegistryJson,
} from '../../../src/data/region-registry';
import { bundledJson, readJson, regionRegistry } from '../../fixtures/load';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

interface FeatureCollection {
  features: Array<{ properties: { code: string; name: string; en: string } }>;
}

const index = readJson<RegistryJson>('data/geo/index.json');
const registry = regionRegistry();
const exceptions = readJson<{ exceptions: NameException[] }>('data/region-names-en.json').exceptions;

describe('the region registry (data/geo/index.json)', () => {
  it('is Sichuan, its 21 prefectures and 183 county-level divisions, each code once', () => {
    const levels = registry.regions.map((r) => r.level);
    expect(levels.filter((l) => l === 'province')).toHaveLength(1);
    expect(levels.filter((l) => l === 'prefecture')).toHaveLength(21);
    expect(levels.filter((l) => l === 'county')).toHaveLength(183);
    expect(registry.byCode.size).toBe(205);
    for (const r of registry.regions) expect(r.code, r.zh).toMatch(/^51\d{4}$/);
  });

  it('puts every county under the prefecture its code starts with, every prefecture under Sichuan', () => {
    for (const r of registry.regions) {
      if (r.level === 'province') expect(r.parent).toBeNull();
      if (r.level === 'prefecture') expect(r.parent, r.code).toBe('510000');
      if (r.level === 'county') {
        expect(registry.byCode.get(r.parent!)?.level, r.code).toBe('prefecture');
        expect(r.parent!.slice(0, 4), `${r.code} ${r.zh}`).toBe(r.code.slice(0, 4));
      }
    }
    expect(registry.byCode.get('511902')).toEqual({
      code: '511902',
      zh: '巴州区',
      en: 'Bazhou District',
      level: 'county',
      parent: '511900',
    });
  });

  it('gives every region a zh name and an English name in Latin letters', () => {
    for (const r of registry.regions) {
      expect(r.zh, r.code).toMatch(/^\p{Script=Han}+$/u);
      expect(r.en, `${r.code} ${r.zh}`).toMatch(/^[A-Z][A-Za-zêü' ()-]+$/);
      expect(r.en, r.zh).not.toMatch(/\s{2}|^\s|\s$/);
    }
  });

  it('agrees with the boundary files: same codes, zh and en names', () => {
    const prefectures = readJson<FeatureCollection>('data/geo/sichuan.json').features.map(
      (f) => f.properties,
    );
    expect(prefectures.map((p) => [p.code, p.name, p.en])).toEqual(
      registry.regions.filter((r) => r.level === 'prefecture').map((r) => [r.code, r.zh, r.en]),
    );
    for (const p of prefectures) {
      const counties = readJson<FeatureCollection>(`data/geo/counties/${p.code}.json`).features;
      expect(counties.map((f) => [f.properties.code, f.properties.name, f.properties.en])).toEqual(
        registry.regions.filter((r) => r.parent === p.code).map((r) => [r.code, r.zh, r.en]),
      );
    }
  });

  it('uses the romanisation conventions', () => {
    const en = (code: string): string | undefined => registry.byCode.get(code)?.en;
    expect(en('511902')).toBe('Bazhou District');
    expect(en('511921')).toBe('Tongjiang County');
    expect(en('510402')).toBe('Dong District');
    expect(en('511002')).toBe('Shizhong District');
    expect(en('513222')).toBe('Li County');
    expect(en('510726')).toBe('Beichuan Qiang Autonomous County');
    expect(en('513422')).toBe('Muli Tibetan Autonomous County');
    expect(en('513400')).toBe('Liangshan Yi Autonomous Prefecture');
    expect(en('511600')).toBe("Guang'an");
    expect(en('511323')).toBe("Peng'an County");
    expect(en('510781')).toBe('Jiangyou');
    expect(en('513301')).toBe('Kangding');
    expect(en('513334')).toBe('Litang County');
    expect(en('513335')).toBe('Batang County');
    expect(en('513337')).toBe('Daocheng County');
    expect(en('513233')).toBe('Hongyuan County');
    expect(en('513225')).toBe('Jiuzhaigou County');
  });

  it('applies every listed official exception, each to the region it names', () => {
    expect(exceptions.length).toBeGreaterThanOrEqual(10);
    for (const e of exceptions) {
      expect(registry.byCode.get(e.code), e.code).toMatchObject({ zh: e.zh, en: e.en });
      expect(e.reason.length, e.code).toBeGreaterThan(5);
    }
    const en = (code: string): string | undefined => registry.byCode.get(code)?.en;
    expect(en('513200')).toBe('Ngawa (Aba) Tibetan and Qiang Autonomous Prefecture');
    expect(en('513300')).toBe('Garzê (Ganzi) Tibetan Autonomous Prefecture');
    expect(en('513201')).toBe('Barkam');
    expect(en('513231')).toBe('Ngawa County');
    expect(en('513232')).toBe('Zoigê County');
    expect(en('513333')).toBe('Sêrtar County');
    expect(en('513330')).toBe('Dêgê County');
    // The rules alone would give the Chinese reading: the exceptions are what changes them.
    expect(ruleName('阿坝藏族羌族自治州')).toBe('Aba Tibetan and Qiang Autonomous Prefecture');
    expect(ruleName('马尔康市')).toBe("Ma'erkang");
    expect(ruleName('色达县')).toBe('Seda County');
  });

  it('is what the generator makes of the zh names, every time (deterministic)', () => {
    const counties = index.counties.map((c) => ({ code: c.code, name: c.name, parent: c.parent }));
    const prefectures = index.prefectures.map((p) => ({ code: p.code, name: p.name }));
    const first = buildRegistry(prefectures, counties, readExceptions());
    const second = buildRegistry(prefectures, counties, readExceptions());
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(first).toEqual(index);
  });

  it('refuses an exception whose zh name is not the region of its code', () => {
    const wrong = new Map<string, NameException>([
      ['511902', { code: '511902', zh: '通江县', en: 'X', reason: 'test' }],
    ]);
    expect(() => buildRegistry(index.prefectures, index.counties, wrong)).toThrow(/511902/);
  });

  it('has the names of every region of the bundled dataset, as the dataset gives them', () => {
    for (const r of bundledJson().regions) expect(registry.byCode.get(r.code), r.code).toEqual(r);
  });

  it('is loaded lazily by the app as the same registry', async () => {
    const loaded = await loadRegionRegistry();
    expect(loaded.regions).toEqual(registryFromJson(index).regions);
    expect(await loadRegionRegistry()).toBe(loaded);
  });

  it('retries a failed load (the chunk could not be fetched) on the next call', async () => {
    const chunk = '../../../data/geo/index.json';
    let reachable = false;
    vi.doMock(chunk, () => {
      if (!reachable) throw new Error('Failed to fetch dynamically imported module');
      return { default: index };
    });
    vi.resetModules();
    try {
      const fresh = await import('../../../src/data/region-registry');
      await expect(fresh.loadRegionRegistry()).rejects.toThrow();
      reachable = true;
      const loaded = await fresh.loadRegionRegistry();
      expect(loaded.byCode.get('511902')?.zh).toBe('巴州区');
    } finally {
      vi.doUnmock(chunk);
      vi.resetModules();
    }
  });
});

describe('datasets and the registry', () => {
  it('adds the registry regions a dataset names (and their ancestors) after its own', () => {
    const json = miniDatasetJson();
    json.efforts[0]!.regionCode = '511902';
    const own = json.regions.length;
    const completed = withRegistryRegions(json, registry);
    expect(completed.regions.slice(0, own)).toEqual(json.regions);
    const added = completed.regions.slice(own);
    expect(added.map((r) => r.code)).toContain('511902');
    expect(added.find((r) => r.code === '511900')).toMatchObject({ zh: '巴中市', en: 'Bazhong' });
    // Only what it names: no other prefecture or county of the registry.
    expect(added.map((r) => r.code)).toEqual(['511900', '511902']);
    expect(withRegistryRegions(completed, registry)).toBe(completed);
  });

  it('appends what it adds province first, then prefectures, then counties, each by code', () => {
    const json = miniDatasetJson();
    // Named out of order: Liangshan, a county of Nanchong, a county of Bazhong.
    json.efforts[0]!.regionCode = '513400';
    json.efforts[1]!.regionCode = '511302';
    json.efforts[2]!.regionCode = '511902';
    const own = json.regions.length;
    const added = withRegistryRegions(json, registry).regions.slice(own);
    expect(added.map((r) => `${r.code} ${r.zh}`)).toEqual([
      '511300 南充市',
      '511900 巴中市',
      '513400 凉山彝族自治州',
      '511302 顺庆区',
      '511902 巴州区',
    ]);
  });

  it('reports an own region under another parent than the registry’s, and leaves a missing or superfluous parent to the reference check', () => {
    const region = (code: string, level: 'province' | 'prefecture' | 'county', parent: string | null) => ({
      code,
      zh: registry.byCode.get(code)!.zh,
      en: registry.byCode.get(code)!.en,
      level,
      parent,
    });
    expect(registryConflicts([region('510421', 'county', '510100')], registry)).toEqual([
      {
        path: 'regions[0].parent',
        code: 'regionDisagrees',
        params: { code: '510421', field: 'parent', expected: '510400', received: '510100' },
      },
    ]);
    // Sichuan given a parent, Panzhihua given none: each is one error, `regionParent`, not also a
    // disagreement with the registry.
    expect(registryConflicts([region('510000', 'province', '510100')], registry)).toEqual([]);
    expect(registryConflicts([region('510400', 'prefecture', null)], registry)).toEqual([]);
    const json = miniDatasetJson();
    json.regions[0]!.parent = '510100';
    const parsed = parseDatasetJson(json, registry);
    expect(parsed.ok ? [] : parsed.errors.map((e) => [e.path, e.code])).toEqual([
      ['regions[0].parent', 'regionParent'],
    ]);
  });

  it('keeps the names a dataset gives to a registry region', () => {
    const json = miniDatasetJson();
    json.regions.push({ code: '511900', zh: '巴中', en: 'Pa-chung', level: 'prefecture', parent: '510000' });
    const parsed = parseDatasetJson(json, registry);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.regions.find((r) => r.code === '511900')?.en).toBe('Pa-chung');
  });

  it('leaves the bundled dataset as it is (it lists every region it names)', () => {
    const json = bundledJson();
    const parsed = parseDatasetJson(json, registry);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.regions).toEqual(json.regions);
  });
});
