import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { AppProviders } from '../../src/app/providers';
import { useAtlasStore } from '../../src/store/store';
import { miniDatasetJson } from '../fixtures/mini-dataset';

vi.mock('../../src/charts/chart', () => import('./support/chart-stub'));
// The shell test is about loading states; restoring saved imports (IndexedDB) is tested elsewhere.
vi.mock('../../src/features/import/import-actions', () => ({
  restoreImportedDatasets: async (): Promise<void> => undefined,
}));

function renderApp(): void {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <AppProviders client={client}>
      <App />
    </AppProviders>,
  );
}

const EMPTY_MAP = { type: 'FeatureCollection', features: [] };

/** Serve `body` as the dataset; boundaries get an empty map, anything else a 404. */
function serve(body: unknown, status = 200): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (url.includes('dataset')) {
        return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
      }
      if (url.includes('geo') || url.includes('sichuan')) return new Response(JSON.stringify(EMPTY_MAP));
      return new Response('not found', { status: 404 });
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('app shell', () => {
  it('shows loading, then the counts of the loaded dataset', async () => {
    serve(miniDatasetJson());
    renderApp();
    expect(screen.getByRole('status')).toHaveTextContent('正在加载数据');
    expect(await screen.findByTestId('count-efforts', {}, { timeout: 3000 })).toHaveTextContent('3');
    expect(screen.getByTestId('count-regions')).toHaveTextContent('6');
    expect(screen.getByTestId('count-organisations')).toHaveTextContent('3');
    expect(screen.getByTestId('count-measures')).toHaveTextContent('5');
    expect(useAtlasStore.getState().datasetOrder).toEqual(['mini']);
  });

  it('lists located validation errors instead of a blank page', async () => {
    const broken = miniDatasetJson() as unknown as { efforts: Array<{ regionCode: string }> };
    broken.efforts[1]!.regionCode = '519999';
    serve(broken);
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('数据集未通过校验（1 个问题）');
    // The located list is its own chunk (only a failure needs it): it arrives a moment after the alert.
    expect(await within(alert).findByRole('listitem')).toHaveTextContent(
      'efforts[1].regionCode: 未知的地区代码“519999”',
    );
    expect(useAtlasStore.getState().datasetOrder).toEqual([]);
  });

  it('reports an HTTP failure and retries on request', async () => {
    serve('nope', 500);
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('数据加载失败');
    expect(alert).toHaveTextContent('HTTP 500');
    serve(miniDatasetJson());
    await userEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByTestId('count-efforts', {}, { timeout: 3000 })).toHaveTextContent('3');
  });
});
