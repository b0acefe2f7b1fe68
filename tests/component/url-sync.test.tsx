import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useUrlSync } from '../../src/app/use-url-sync';
import { buildDataset } from '../../src/data/model';
import { useAtlasStore } from '../../src/store/store';
import { miniDatasetJson } from '../fixtures/mini-dataset';

function Sync(): ReactNode {
  useUrlSync();
  return null;
}

const store = () => useAtlasStore.getState();
const search = (): string => decodeURIComponent(window.location.search);

/** Start at `url` with the URL sync mounted, then the mini dataset loaded (as in the app). */
function start(url: string): void {
  window.history.replaceState(null, '', url);
  render(<Sync />);
  act(() => store().registerDataset(buildDataset(miniDatasetJson()), { origin: { kind: 'bundled' } }));
}

/** Go back one history entry and wait for the popstate jsdom fires (asynchronously). */
async function back(): Promise<void> {
  const popped = new Promise<void>((resolve) =>
    window.addEventListener('popstate', () => resolve(), { once: true }),
  );
  window.history.back();
  await act(async () => popped);
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('URL sync', () => {
  it('reads the view from the URL at start', () => {
    start('/?lang=en&types=private-enterprise&region=510400&tab=matrix&day=2022-09-04');
    expect(store().view).toMatchObject({
      lang: 'en',
      filters: { organisationTypes: ['private-enterprise'], activities: [], regions: [] },
      selectedRegion: '510400',
      tab: 'matrix',
      // An old `day=` link: a day is a period.
      period: '2022-09-04',
    });
    expect(store().notices).toEqual([]);
  });

  it('ignores a period the data does not reach, with the broken-link notice', () => {
    start('/?tab=timeline&period=2020-02');
    expect(store().view).toMatchObject({ tab: 'timeline', period: null });
    expect(store().notices).toHaveLength(1);
    expect(JSON.stringify(store().notices)).toContain('period=\\"2020-02\\"');
  });

  it('adds a history entry per view change, so back walks through the views', async () => {
    start('/');
    const push = vi.spyOn(window.history, 'pushState');
    const length = window.history.length;
    act(() => store().toggleFilter('organisationTypes', 'private-enterprise'));
    expect(search()).toBe('?types=private-enterprise');
    act(() => store().selectRegion('510400'));
    expect(search()).toBe('?types=private-enterprise&region=510400');
    expect(push).toHaveBeenCalledTimes(2);
    expect(window.history.length).toBe(length + 2);

    await back();
    expect(store().view.selectedRegion).toBeNull();
    expect(store().view.filters.organisationTypes).toEqual(['private-enterprise']);
    await back();
    expect(store().view.filters.organisationTypes).toEqual([]);
    push.mockRestore();
  });

  it('replaces the entry when only the timeline cursor moves (no entry per play step)', () => {
    start('/?tab=timeline');
    const length = window.history.length;
    act(() => store().applyView({ period: '2022-09-02' }));
    act(() => store().applyView({ period: '2022-09-03' }));
    expect(search()).toBe('?tab=timeline&period=2022-09-03');
    expect(window.history.length).toBe(length);
  });

  it('keeps the dataset and benchmark parameters across view changes', () => {
    start('/?dataset=bench/data/x.json&animation=off');
    act(() => store().applyView({ lang: 'en' }));
    const params = new URLSearchParams(window.location.search);
    expect(params.get('lang')).toBe('en');
    expect(params.get('dataset')).toBe('bench/data/x.json');
    expect(params.get('animation')).toBe('off');
  });

  it('drops what the dataset does not know, with a notice, and keeps the rest', () => {
    start('/?types=nobody,private-enterprise&region=519999&lang=xx');
    expect(store().view.filters.organisationTypes).toEqual(['private-enterprise']);
    expect(store().view.selectedRegion).toBeNull();
    const details = store()
      .notices.map((n) => n.params?.details)
      .join(' | ');
    expect(details).toContain('lang="xx"');
    expect(details).toContain('types="nobody"');
    expect(details).toContain('region="519999"');
    expect(search()).toBe('?types=private-enterprise');
  });

  it('checks the link against a dataset registered before the sync started (a fast, cached load)', () => {
    window.history.replaceState(null, '', '/?region=519999&org=nobody');
    act(() => store().registerDataset(buildDataset(miniDatasetJson()), { origin: { kind: 'bundled' } }));
    render(<Sync />);
    expect(store().view).toMatchObject({ selectedRegion: null, org: null });
    expect(store().notices.map((n) => n.params?.details)).toEqual(['region="519999"; org="nobody"']);
    expect(search()).toBe('');
  });
});

describe('URL sync: the language of a link without lang', () => {
  const browserLanguages = (value: string[]): void => {
    Object.defineProperty(window.navigator, 'languages', { value, configurable: true });
  };

  it('follows an English browser', () => {
    browserLanguages(['en-US', 'en']);
    start('/?tab=matrix');
    expect(store().view.lang).toBe('en');
  });

  it('a lang in the link wins over the browser and the remembered choice', () => {
    browserLanguages(['en-US']);
    window.localStorage.setItem('tongxin-atlas:lang', 'en');
    start('/?lang=zh');
    expect(store().view.lang).toBe('zh');
  });

  it('the remembered choice wins over the browser', () => {
    browserLanguages(['en-US']);
    window.localStorage.setItem('tongxin-atlas:lang', 'zh');
    start('/');
    expect(store().view.lang).toBe('zh');
  });

  it('back to a link without lang keeps the browser language (not the default)', async () => {
    browserLanguages(['en-US']);
    start('/');
    act(() => store().selectRegion('510400'));
    await back();
    expect(store().view.lang).toBe('en');
  });
});
