import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from '../../src/app/panel-boundary';
import { FilterBar } from '../../src/features/filters/filter-bar';
import { useAtlasStore } from '../../src/store/store';
import { renderWithDataset } from './support/render';

function Exploding(): never {
  throw new Error('chart exploded <img src=x onerror=alert(1)>');
}

describe('PanelBoundary', () => {
  it('shows a message in the failing panel while the other panels keep working', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithDataset(
      <>
        <PanelBoundary name="import">
          <Exploding />
        </PanelBoundary>
        <PanelBoundary name="filters">
          <FilterBar />
        </PanelBoundary>
      </>,
    );
    const alert = screen.getByRole('alert');
    // The message is text: the error's markup is not interpreted.
    expect(alert).toHaveTextContent('此面板出错：chart exploded <img src=x onerror=alert(1)>');
    expect(alert.querySelector('img')).toBeNull();
    expect(warn).toHaveBeenCalled();

    // The filter bar next to it still works.
    const chip = screen.getByRole('button', { name: /^民主党派/ });
    await userEvent.click(chip);
    expect(chip).toHaveAttribute('aria-pressed', 'true');
    expect(useAtlasStore.getState().view.filters.organisationTypes).toEqual(['democratic-party']);
    warn.mockRestore();
    error.mockRestore();
  });
});
