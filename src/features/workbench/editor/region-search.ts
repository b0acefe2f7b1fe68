import pinyin from '../../../../data/region-pinyin.json';
import { regionSearchKeys, searchIndex, type SearchIndex } from '../../../aggregates/search';
import type { RegionRegistry } from '../../../data/region-registry';

/**
 * The region picker's matcher, loaded on the picker's first focus (with the pinyin table,
 * data/region-pinyin.json): every region of the registry by Chinese, English, pinyin or its
 * initials, ranked as the header's search ranks them (exact, prefix, contained; shorter first).
 */
const indexes = new WeakMap<RegionRegistry, SearchIndex>();

function indexOf(registry: RegionRegistry): SearchIndex {
  let index = indexes.get(registry);
  if (!index) {
    index = {
      entries: registry.regions.map((r) => ({
        kind: 'region',
        id: r.code,
        keys: regionSearchKeys(r, pinyin),
      })),
    };
    indexes.set(registry, index);
  }
  return index;
}

/** Codes of the regions matching `query`, best first, at most `limit`. */
export function searchRegions(registry: RegionRegistry, query: string, limit: number): string[] {
  const [group] = searchIndex(indexOf(registry), query, limit);
  return group ? group.hits.map((h) => h.entry.id) : [];
}
