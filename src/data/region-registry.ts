import { datasetError, type DatasetError } from './dataset-errors';
import type { DatasetJson, Region } from './schema';

/**
 * The regions the app knows: Sichuan, its 21 prefecture-level and 183 county-level divisions, with
 * GB/T 2260 codes and zh/en names — the boundary set of data/geo (index.json, generated with the
 * boundaries by scripts/extract-boundaries.mjs). A dataset may name any of them without listing it.
 */
export interface RegionRegistry {
  /** Province, prefectures, counties, each sorted by code. */
  regions: readonly Region[];
  byCode: ReadonlyMap<string, Region>;
}

/** data/geo/index.json */
export interface RegistryJson {
  province: { code: string; name: string; en: string };
  prefectures: Array<{ code: string; name: string; en: string }>;
  counties: Array<{ code: string; name: string; en: string; parent: string }>;
}

export function registryFromJson(json: RegistryJson): RegionRegistry {
  const province: Region = {
    code: json.province.code,
    zh: json.province.name,
    en: json.province.en,
    level: 'province',
    parent: null,
  };
  const regions: Region[] = [
    province,
    ...json.prefectures.map((p): Region => ({
      code: p.code,
      zh: p.name,
      en: p.en,
      level: 'prefecture',
      parent: province.code,
    })),
    ...json.counties.map((c): Region => ({
      code: c.code,
      zh: c.name,
      en: c.en,
      level: 'county',
      parent: c.parent,
    })),
  ];
  return { regions, byCode: new Map(regions.map((r) => [r.code, r])) };
}

let pending: Promise<RegionRegistry> | null = null;

/**
 * The registry, loaded once, on its own (a small lazy chunk, not part of the first-load script);
 * a failed load is retried on the next call.
 */
export function loadRegionRegistry(): Promise<RegionRegistry> {
  pending ??= import('../../data/geo/index.json').then(
    (module) => registryFromJson(module.default as RegistryJson),
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/**
 * A dataset's own regions must agree with the registry where they overlap: same level and same
 * parent (names may differ: the dataset's are shown). A region the registry lacks is the dataset's own.
 */
export function registryConflicts(regions: readonly Region[], registry: RegionRegistry): DatasetError[] {
  const errors: DatasetError[] = [];
  regions.forEach((r, i) => {
    const known = registry.byCode.get(r.code);
    if (!known) return;
    if (known.level !== r.level) {
      errors.push(
        datasetError(`regions[${i}].level`, 'regionDisagrees', {
          code: r.code,
          field: 'level',
          expected: known.level,
          received: r.level,
        }),
      );
    } else if (known.parent !== r.parent && (r.level === 'province') === (r.parent === null)) {
      // (a missing or superfluous parent is `regionParent`, reported by `checkReferences`)
      errors.push(
        datasetError(`regions[${i}].parent`, 'regionDisagrees', {
          code: r.code,
          field: 'parent',
          expected: known.parent ?? 'null',
          received: r.parent ?? 'null',
        }),
      );
    }
  });
  return errors;
}

const LEVEL_ORDER: Record<Region['level'], number> = { province: 0, prefecture: 1, county: 2 };

/**
 * The dataset with the registry regions it needs appended to its own list: every region an effort,
 * place or organisation names, with its ancestors (the map draws the other prefectures and
 * counties from the boundary data, as "not in report"). The dataset's own entries come first, unchanged and in their order (error
 * paths point into them); the added ones follow, province → prefectures → counties, by code.
 * Returns the same object when nothing is missing.
 */
export function withRegistryRegions(json: DatasetJson, registry: RegionRegistry): DatasetJson {
  const own = new Map(json.regions.map((r) => [r.code, r]));
  const wanted = new Set<string>();
  const need = (code: string): void => {
    let current: string | null = code;
    for (let guard = 0; current !== null && !wanted.has(current) && guard < 8; guard += 1) {
      wanted.add(current);
      current = (own.get(current) ?? registry.byCode.get(current))?.parent ?? null;
    }
  };
  for (const r of json.regions) need(r.code);
  for (const o of json.organisations) need(o.regionCode);
  for (const e of json.efforts) {
    need(e.regionCode);
    e.placeCodes?.forEach(need);
  }
  const added = [...wanted]
    .filter((code) => !own.has(code))
    .map((code) => registry.byCode.get(code))
    .filter((r): r is Region => r !== undefined)
    .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || (a.code < b.code ? -1 : 1));
  return added.length === 0 ? json : { ...json, regions: [...json.regions, ...added] };
}
