import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AppProviders } from '../../../src/app/providers';
import { buildDataset, type Dataset } from '../../../src/data/model';
import { useAtlasStore } from '../../../src/store/store';
import { miniDatasetJson } from '../../fixtures/mini-dataset';

/** Register the mini dataset in a fresh store and render `ui` with a fresh QueryClient (no retries). */
export function renderWithDataset(
  ui: ReactElement,
  dataset: Dataset = buildDataset(miniDatasetJson()),
): RenderResult {
  useAtlasStore.getState().registerDataset(dataset, { origin: { kind: 'bundled' } });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<AppProviders client={client}>{ui}</AppProviders>);
}
