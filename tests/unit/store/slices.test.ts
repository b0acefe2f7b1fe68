import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/model';
import { DEFAULT_VIEW } from '../../../src/domain/view';
import { selectActiveDataset, useAtlasStore } from '../../../src/store/store';
import { selectSourceTextStatus, sourceTextStatus } from '../../../src/store/datasets-slice';
import { BUNDLED_TEXT_FILE } from '../../../src/data/queries';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

const store = () => useAtlasStore.getState();
const mini = buildDataset(miniDatasetJson());
const other = { ...mini, id: 'other' };

describe('datasets slice', () => {
  it('activates a dataset on request, and only one it has', () => {
    store().registerDataset(mini, { origin: { kind: 'bundled' } });
    store().registerDataset(other, { origin: { kind: 'bundled' } });
    expect(store().activeDatasetId).toBe('mini');
    store().setActiveDataset('other');
    expect(selectActiveDataset(store())?.id).toBe('other');
    store().setActiveDataset('missing');
    expect(store().activeDatasetId).toBe('other');
    store().registerDataset({ ...mini, id: 'third' }, { origin: { kind: 'bundled' }, activate: true });
    expect(store().activeDatasetId).toBe('third');
    expect(store().datasetOrder).toEqual(['mini', 'other', 'third']);
  });

  it('replaces a dataset registered again under its id, keeping its place', () => {
    store().registerDataset(mini, { origin: { kind: 'bundled' } });
    store().registerDataset(other, { origin: { kind: 'bundled' } });
    const replacement = { ...mini, measureCount: 99 };
    store().registerDataset(replacement, { origin: { kind: 'bundled' } });
    expect(store().datasets.mini).toBe(replacement);
    expect(store().datasetOrder).toEqual(['mini', 'other']);
    expect(store().activeDatasetId).toBe('mini');
  });

  it('removes a dataset; removing an unknown one changes nothing; removing the last leaves none active', () => {
    store().registerDataset(mini, { origin: { kind: 'bundled' } });
    store().registerDataset(other, { origin: { kind: 'bundled' } });
    const before = store().datasets;
    store().removeDataset('missing');
    expect(store().datasets).toBe(before);
    store().removeDataset('other');
    expect(store().activeDatasetId).toBe('mini');
    expect(Object.keys(store().datasets)).toEqual(['mini']);
    store().removeDataset('mini');
    expect(store().activeDatasetId).toBeNull();
    expect(store().datasetOrder).toEqual([]);
    expect(store().datasets).toEqual({});
  });
});

describe('view slice', () => {
  it('applies parts of a view and keeps the rest', () => {
    store().applyView({ lang: 'en', tab: 'matrix' });
    expect(store().view).toEqual({ ...DEFAULT_VIEW, lang: 'en', tab: 'matrix' });
  });

  it('sets a filter without duplicates, toggles values, and resets filters and the day only', () => {
    store().setFilter('activities', ['donations', 'donations', 'testing-site-support']);
    expect(store().view.filters.activities).toEqual(['donations', 'testing-site-support']);
    store().toggleFilter('activities', 'donations');
    expect(store().view.filters.activities).toEqual(['testing-site-support']);
    store().toggleFilter('regions', '510400');
    expect(store().view.filters).toEqual({
      organisationTypes: [],
      activities: ['testing-site-support'],
      regions: ['510400'],
    });
    store().applyView({
      period: '2022-09-04',
      lang: 'en',
      selectedRegion: '510400',
      metric: 'organisations',
    });
    store().resetFilters();
    expect(store().view).toEqual({
      ...DEFAULT_VIEW,
      lang: 'en',
      selectedRegion: '510400',
      metric: 'organisations',
    });
  });

  it('selects a region and drills into a prefecture, and back', () => {
    store().selectRegion('510400');
    store().setDrill('510400');
    expect(store().view).toMatchObject({ selectedRegion: '510400', drill: '510400' });
    store().setDrill(null);
    store().selectRegion(null);
    expect(store().view).toEqual(DEFAULT_VIEW);
  });
});

describe('notices and interface slices', () => {
  it('numbers notices, keeps the five newest and dismisses one by id', () => {
    for (let i = 0; i < 7; i += 1)
      store().pushNotice({ kind: 'info', key: 'badUrl', params: { details: `${i}` } });
    const notices = store().notices;
    expect(notices.map((n) => n.params?.details)).toEqual(['2', '3', '4', '5', '6']);
    expect(new Set(notices.map((n) => n.id)).size).toBe(5);
    store().dismissNotice(notices[1]!.id);
    expect(store().notices.map((n) => n.params?.details)).toEqual(['2', '4', '5', '6']);
  });

  it('opens the source reader at a quote of a dataset and closes it keeping the quote', () => {
    expect(store().sourceReader).toEqual({ open: false, quote: null, datasetId: null });
    store().openSource('捐资16.8万元', 'mini');
    expect(store().sourceReader).toEqual({ open: true, quote: '捐资16.8万元', datasetId: 'mini' });
    store().closeSource();
    expect(store().sourceReader).toEqual({ open: false, quote: '捐资16.8万元', datasetId: 'mini' });
    store().openSource();
    expect(store().sourceReader).toEqual({ open: true, quote: null, datasetId: null });
  });

  it('switches patterns and playback', () => {
    expect(store().decals).toBe(false);
    store().setDecals(true);
    expect(store().decals).toBe(true);
    expect(store().playing).toBe(false);
    store().setPlaying(true);
    expect(store().playing).toBe(true);
  });
});

describe('source text status', () => {
  const meta = {
    id: 'x',
    fileName: 'x.json',
    kind: 'json' as const,
    importedAt: '2024-01-01T00:00:00Z',
    bytes: 1,
  };
  const source = (extra: object) => ({ source: { ...miniDatasetJson().source, ...extra } });

  it('is embedded for a dataset with its text, bundled only for the bundled dataset, else none', () => {
    expect(sourceTextStatus(source({ text: '全文' }), { kind: 'imported', meta })).toBe('embedded');
    expect(sourceTextStatus(source({ textFile: BUNDLED_TEXT_FILE }), { kind: 'bundled' })).toBe('bundled');
    // An import that names the bundled file was never checked against it.
    expect(sourceTextStatus(source({ textFile: BUNDLED_TEXT_FILE }), { kind: 'imported', meta })).toBe(
      'none',
    );
    expect(sourceTextStatus(source({}), { kind: 'bundled' })).toBe('none');
    expect(sourceTextStatus(source({}), { kind: 'imported', meta })).toBe('none');
  });

  it('is read from the store by dataset id, none for an id not loaded', () => {
    const ds = buildDataset({
      ...miniDatasetJson(),
      source: {
        ...miniDatasetJson().source,
        text: '参与志愿活动200余人次；医务人员80余人次；司机58人；9月4日；捐资16.8万元；9月2日以来；协助完成核酸检测数千人次',
      },
    });
    store().registerDataset(ds, { origin: { kind: 'imported', meta } });
    expect(selectSourceTextStatus(store(), 'mini')).toBe('embedded');
    expect(selectSourceTextStatus(store(), 'other')).toBe('none');
    expect(selectSourceTextStatus(store(), null)).toBe('none');
  });
});
