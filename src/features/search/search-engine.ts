import pinyin from '../../../data/region-pinyin.json';
import { buildSearchIndex, type SearchIndex } from '../../aggregates/search';
import type { Dataset } from '../../data/model';

export { excerptAround, searchIndex } from '../../aggregates/search';

/**
 * The search module, loaded on the first focus of the search field (not with the first screen):
 * the matcher and the region pinyin table (data/region-pinyin.json, written by
 * `npm run data:pinyin`). One index a dataset, built on first use and kept.
 */
const indexes = new WeakMap<Dataset, SearchIndex>();

export function indexFor(dataset: Dataset): SearchIndex {
  let index = indexes.get(dataset);
  if (!index) {
    index = buildSearchIndex(dataset, pinyin);
    indexes.set(dataset, index);
  }
  return index;
}
