import { describe, expect, it } from 'vitest';
import { effortSetStats } from '../../../src/aggregates/effort-set';
import { effortIndexOf } from '../../../src/aggregates/effort-index';
import { buildDataset, type Dataset } from '../../../src/data/model';
import type { DatasetJson } from '../../../src/data/schema';
import { useAtlasStore } from '../../../src/store/store';
import { selectVisibleSet, type VisibleSet } from '../../../src/store/visible-set';
import { miniWithProvinceJson } from '../../fixtures/chart-fixtures';

/**
 * The one visible set, on both paths: the columnar index (small vocabularies, as in the app) and
 * the plain object filters (more than 32 organisation types, where no index is built). Mini data
 * plus a province-wide appeal (29–30 Aug): cd-volunteers (Chengdu, undated), pzh-transport
 * (Miyi county in Panzhihua, 4 Sep), pzh-donation (Panzhihua, since 2 Sep), province-letter.
 */
function withManyTypes(json: DatasetJson): DatasetJson {
  for (let i = 0; i < 33; i += 1)
    json.organisationTypes.push({ id: `extra-${i}`, zh: `类${i}`, en: `Type ${i}` });
  return json;
}

const paths: Array<[string, Dataset]> = [
  ['indexed', buildDataset(miniWithProvinceJson())],
  ['plain', buildDataset(withManyTypes(miniWithProvinceJson()))],
];

const ids = (efforts: ReadonlyArray<{ id: string }>): string[] => efforts.map((e) => e.id).sort();
const store = () => useAtlasStore.getState();
const visible = (): VisibleSet => selectVisibleSet(store())!;

describe.each(paths)('the visible set (%s path)', (path, dataset) => {
  it(`uses the ${path} path`, () => {
    expect(effortIndexOf(dataset) === null).toBe(path === 'plain');
  });

  it('is null without a dataset, and everything with no filters', () => {
    expect(selectVisibleSet(store())).toBeNull();
    store().registerDataset(dataset, { origin: { kind: 'bundled' } });
    const v = visible();
    expect(v.dataset).toBe(dataset);
    expect(ids(v.filtered)).toEqual(['cd-volunteers', 'province-letter', 'pzh-donation', 'pzh-transport']);
    expect(v.inScope).toEqual(v.filtered);
    expect(v.filteredSet.efforts).toBe(v.filtered);
    expect(v.inScopeSet.efforts).toBe(v.inScope);
    expect(ids(v.timelineSet.efforts)).toEqual(ids(v.filtered));
  });

  it('applies the filters', () => {
    store().registerDataset(dataset, { origin: { kind: 'bundled' } });
    store().toggleFilter('organisationTypes', 'private-enterprise');
    expect(ids(visible().filtered)).toEqual(['pzh-donation', 'pzh-transport']);
    store().toggleFilter('activities', 'donations');
    expect(ids(visible().filtered)).toEqual(['pzh-donation']);
    store().resetFilters();
    store().setFilter('regions', ['510100']);
    expect(ids(visible().filtered)).toEqual(['cd-volunteers']);
  });

  it('narrows to the selected period: efforts running in it; undated efforts drop out', () => {
    store().registerDataset(dataset, { origin: { kind: 'bundled' } });
    store().applyView({ period: '2022-08-29' });
    expect(ids(visible().filtered)).toEqual(['province-letter']);
    // The range 29–30 Aug is over by 2 Sep; the "since 2 Sep" donation runs on.
    store().applyView({ period: '2022-09-02' });
    expect(ids(visible().filtered)).toEqual(['pzh-donation']);
    store().applyView({ period: '2022-09-04' });
    expect(ids(visible().filtered)).toEqual(['pzh-donation', 'pzh-transport']);
    store().applyView({ period: '2022-09-30' });
    expect(ids(visible().filtered)).toEqual(['pzh-donation']);
    // ISO week 35 of 2022 (29 Aug – 4 Sep) and the month of September.
    store().applyView({ period: '2022-W35' });
    expect(ids(visible().filtered)).toEqual(['province-letter', 'pzh-donation', 'pzh-transport']);
    store().applyView({ period: '2022-09' });
    expect(ids(visible().filtered)).toEqual(['pzh-donation', 'pzh-transport']);
    store().applyView({ period: '2022-08-01' });
    expect(visible().filtered).toEqual([]);
  });

  it('narrows the charts to the selected region and what lies in it', () => {
    store().registerDataset(dataset, { origin: { kind: 'bundled' } });
    store().selectRegion('510400');
    const v = visible();
    // The map and the region bars keep every region; the other charts show the selection.
    expect(v.filtered).toHaveLength(4);
    expect(ids(v.inScope)).toEqual(['pzh-donation', 'pzh-transport']);
    store().selectRegion('510421');
    expect(ids(visible().inScope)).toEqual(['pzh-transport']);
    store().selectRegion('510600');
    expect(visible().inScope).toEqual([]);
  });

  it('gives the timeline the selected region without the cursor', () => {
    store().registerDataset(dataset, { origin: { kind: 'bundled' } });
    store().selectRegion('510400');
    store().applyView({ period: '2022-W35' });
    const v = visible();
    expect(ids(v.filtered)).toEqual(['province-letter', 'pzh-donation', 'pzh-transport']);
    expect(ids(v.inScope)).toEqual(['pzh-donation', 'pzh-transport']);
    expect(ids(v.timelineSet.efforts)).toEqual(['pzh-donation', 'pzh-transport']);
    store().selectRegion(null);
    expect(ids(visible().timelineSet.efforts)).toEqual([
      'cd-volunteers',
      'province-letter',
      'pzh-donation',
      'pzh-transport',
    ]);
    // Filters still apply to the timeline.
    store().toggleFilter('organisationTypes', 'united-front-department');
    expect(ids(visible().timelineSet.efforts)).toEqual(['cd-volunteers']);
  });

  it('derives once per change: the same object until an input changes, one filter pass per filter change', () => {
    store().registerDataset(dataset, { origin: { kind: 'bundled' } });
    const first = visible();
    const passes = effortSetStats.filterPasses;
    expect(visible()).toBe(first);
    store().openSource('x');
    expect(visible()).toBe(first);
    store().selectRegion('510400');
    store().applyView({ period: '2022-09-03' });
    const narrowed = visible();
    expect(narrowed).not.toBe(first);
    expect(effortSetStats.filterPasses).toBe(passes);
    store().toggleFilter('organisationTypes', 'democratic-party');
    visible();
    visible();
    expect(effortSetStats.filterPasses).toBe(passes + 1);
    // A new dataset (e.g. an import) is filtered afresh.
    store().registerDataset({ ...dataset, id: 'copy' }, { origin: { kind: 'bundled' }, activate: true });
    expect(visible().dataset.id).toBe('copy');
    expect(effortSetStats.filterPasses).toBe(passes + 2);
  });
});

describe('the hooks', () => {
  it('read the visible set and the language from the store', async () => {
    const { createElement } = await import('react');
    const { renderToString } = await import('react-dom/server');
    const { useLang, useVisibleSet } = await import('../../../src/store/visible-set');
    function Probe(): ReturnType<typeof createElement> {
      return createElement('p', null, `${useLang()}|${String(useVisibleSet())}`);
    }
    // Server rendering reads the store's initial state: Chinese, no dataset yet.
    expect(renderToString(createElement(Probe))).toBe('<p>zh|null</p>');
  });
});
