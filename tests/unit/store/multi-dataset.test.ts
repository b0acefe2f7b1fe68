import { beforeEach, describe, expect, it } from 'vitest';
import { ALL_DATASETS } from '../../../src/aggregates/union';
import { buildDataset, type Dataset } from '../../../src/data/model';
import { DEFAULT_VIEW, EMPTY_FILTERS } from '../../../src/domain/view';
import { datasetParamOf, selectComparePair } from '../../../src/store/datasets-slice';
import { resetAtlasStore, selectActiveDataset, selectUnion, useAtlasStore } from '../../../src/store/store';
import {
  parseDatasetParam,
  parseViewState,
  reconcileView,
  serializeViewState,
} from '../../../src/store/url-state';
import { selectVisibleSet } from '../../../src/store/visible-set';
import { bundledDataset, readJson } from '../../fixtures/load';

const store = () => useAtlasStore.getState();
const bundled = bundledDataset();
const second: Dataset = buildDataset(readJson('tests/fixtures/multi/second-report.json'));
const SECOND = 'test-fixture-bazhong-2020';

function loadBoth(): void {
  store().registerDataset(bundled, { origin: { kind: 'bundled' } });
  store().registerDataset(second, {
    origin: {
      kind: 'imported',
      meta: { id: SECOND, fileName: 'second.json', kind: 'json', importedAt: '', bytes: 1 },
    },
  });
}

beforeEach(() => resetAtlasStore());

describe('the dataset in view', () => {
  it('offers "all loaded reports" only with two or more, as one memoised union', () => {
    store().registerDataset(bundled, { origin: { kind: 'bundled' } });
    store().setActiveDataset(ALL_DATASETS);
    expect(store().activeDatasetId).toBe(bundled.id);
    loadBoth();
    store().setActiveDataset(ALL_DATASETS);
    const union = selectActiveDataset(store())!;
    expect(union.id).toBe(ALL_DATASETS);
    expect(union.efforts).toHaveLength(bundled.efforts.length + second.efforts.length);
    expect(selectActiveDataset(store())).toBe(union);
    expect(selectUnion(store())).toBe(union);
  });

  it('filters the union by report; a single dataset ignores the report filter', () => {
    loadBoth();
    store().setActiveDataset(ALL_DATASETS);
    store().toggleFilter('datasets', SECOND);
    const visible = selectVisibleSet(store())!;
    expect(visible.filtered.map((e) => e.id)).toEqual(second.efforts.map((e) => `${SECOND}/${e.id}`));
    // Back to one report: the report filter is dropped, nothing is hidden.
    store().setActiveDataset(bundled.id);
    expect(store().view.filters.datasets).toEqual([]);
    expect(selectVisibleSet(store())!.filtered).toHaveLength(bundled.efforts.length);
    // Even a stale one (from a link) hides nothing in a single dataset.
    store().setFilter('datasets', [SECOND]);
    expect(selectVisibleSet(store())!.filtered).toHaveLength(bundled.efforts.length);
  });

  it('leaves the union when a removal leaves one report, and forgets the removed one', () => {
    loadBoth();
    store().setActiveDataset(ALL_DATASETS);
    store().toggleFilter('datasets', SECOND);
    store().applyView({ compare: [bundled.id, SECOND] });
    store().removeDataset(SECOND);
    expect(store().activeDatasetId).toBe(bundled.id);
    expect(store().view.filters.datasets).toEqual([]);
    expect(store().view.compare).toBeNull();
  });

  it('compares the chosen pair, else the first two loaded', () => {
    expect(selectComparePair(store())).toBeNull();
    loadBoth();
    expect(selectComparePair(store())!.map((d) => d.id)).toEqual([bundled.id, SECOND]);
    store().applyView({ compare: [SECOND, bundled.id] });
    expect(selectComparePair(store())!.map((d) => d.id)).toEqual([SECOND, bundled.id]);
    store().applyView({ compare: [SECOND, 'gone'] });
    expect(selectComparePair(store())!.map((d) => d.id)).toEqual([bundled.id, SECOND]);
  });

  it('names the dataset in a link only when it is not the first loaded', () => {
    loadBoth();
    expect(datasetParamOf(store())).toBeNull();
    store().setActiveDataset(SECOND);
    expect(datasetParamOf(store())).toBe(SECOND);
    store().setActiveDataset(ALL_DATASETS);
    expect(datasetParamOf(store())).toBe('*');
  });
});

describe('URL state of several reports', () => {
  it('round-trips the dataset, the report filter and the compare pair', () => {
    const view = {
      ...DEFAULT_VIEW,
      filters: { ...EMPTY_FILTERS, datasets: ['a-report', 'b-report'] },
      compare: ['a-report', 'b-report'] as const,
    };
    const search = serializeViewState(view, '*');
    expect(search).toBe('?ds=*&dsf=a-report,b-report&cmp=a-report,b-report');
    expect(parseDatasetParam(search)).toBe('*');
    const parsed = parseViewState(search, ['region']);
    expect(parsed.problems).toEqual([]);
    expect(parsed.view.filters.datasets).toEqual(['a-report', 'b-report']);
    expect(parsed.view.compare).toEqual(['a-report', 'b-report']);
  });

  it('reports a malformed pair or dataset, and keeps a plain link as it was', () => {
    const parsed = parseViewState('?cmp=a,a&dsf=Bad!', ['region']);
    expect(parsed.problems).toEqual(['dsf="Bad!"', 'cmp="a,a"']);
    expect(parsed.view.compare).toBeUndefined();
    expect(parseDatasetParam('?ds=%3Cb%3E')).toBe('invalid:<b>');
    expect(parseDatasetParam('?lang=en')).toBeNull();
    expect(parseViewState('?lang=en', ['region']).view).toEqual({ ...DEFAULT_VIEW, lang: 'en' });
  });

  it('drops a report the union does not have, with a note', () => {
    loadBoth();
    store().setActiveDataset(ALL_DATASETS);
    const union = selectActiveDataset(store())!;
    const view = { ...DEFAULT_VIEW, filters: { ...EMPTY_FILTERS, datasets: [SECOND, 'gone'] } };
    const checked = reconcileView(view, union);
    expect(checked.view.filters.datasets).toEqual([SECOND]);
    expect(checked.problems).toEqual(['dsf="gone"']);
    // A region only the second report names is known to the union.
    expect(reconcileView({ ...view, selectedRegion: '511902' }, union).view.selectedRegion).toBe('511902');
  });
});
