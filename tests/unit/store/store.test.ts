import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/data/model';
import { countDataset } from '../../../src/aggregates/dataset';
import { useAtlasStore, selectActiveDataset } from '../../../src/store/store';
import { DEFAULT_VIEW } from '../../../src/domain/view';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

const mini = buildDataset(miniDatasetJson());

describe('atlas store', () => {
  it('starts empty with the default view', () => {
    const s = useAtlasStore.getState();
    expect(s.datasetOrder).toEqual([]);
    expect(selectActiveDataset(s)).toBeNull();
    expect(s.view).toEqual(DEFAULT_VIEW);
  });

  it('registers a dataset, activates the first, and removes it again', () => {
    useAtlasStore.getState().registerDataset(mini, { origin: { kind: 'bundled' } });
    const other = { ...mini, id: 'other' };
    useAtlasStore.getState().registerDataset(other, { origin: { kind: 'bundled' } });
    let s = useAtlasStore.getState();
    expect(s.datasetOrder).toEqual(['mini', 'other']);
    expect(selectActiveDataset(s)?.id).toBe('mini');
    expect(countDataset(selectActiveDataset(s)!)).toEqual({
      regions: 6,
      organisations: 3,
      efforts: 3,
      measures: 5,
    });
    s.removeDataset('mini');
    s = useAtlasStore.getState();
    expect(s.activeDatasetId).toBe('other');
    expect(s.datasetOrder).toEqual(['other']);
  });

  it('re-registering the same dataset does not duplicate it', () => {
    useAtlasStore.getState().registerDataset(mini, { origin: { kind: 'bundled' } });
    useAtlasStore.getState().registerDataset(mini, { origin: { kind: 'bundled' } });
    expect(useAtlasStore.getState().datasetOrder).toEqual(['mini']);
  });

  it('toggles filters and resets them with the timeline cursor', () => {
    const s = useAtlasStore.getState();
    s.toggleFilter('organisationTypes', 'democratic-party');
    s.toggleFilter('organisationTypes', 'private-enterprise');
    s.toggleFilter('organisationTypes', 'democratic-party');
    s.applyView({ period: '2022-09-04' });
    expect(useAtlasStore.getState().view.filters.organisationTypes).toEqual(['private-enterprise']);
    useAtlasStore.getState().resetFilters();
    expect(useAtlasStore.getState().view.filters.organisationTypes).toEqual([]);
    expect(useAtlasStore.getState().view.period).toBeNull();
  });

  it('keeps at most five notices', () => {
    for (let i = 0; i < 8; i += 1) useAtlasStore.getState().pushNotice({ kind: 'info', key: 'badUrl' });
    expect(useAtlasStore.getState().notices).toHaveLength(5);
  });
});
