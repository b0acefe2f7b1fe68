import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from '../../src/app/panel-boundary';
import { useAtlasStore } from '../../src/store/store';

/** A panel that fails while `broken.now` is set (a transient failure). */
const broken = { now: true };
function Flaky(): ReactNode {
  if (broken.now) throw new Error('boundaries not loaded');
  return <p>panel content</p>;
}

describe('PanelBoundary retry', () => {
  it('renders the panel again on Retry once the cause is gone', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken.now = true;
    render(
      <PanelBoundary name="map">
        <Flaky />
      </PanelBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('此面板出错：boundaries not loaded');
    expect(screen.queryByText('panel content')).toBeNull();
    // Still failing: Retry shows the message again rather than a blank panel.
    await userEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    broken.now = false;
    await userEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(screen.getByText('panel content')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    warn.mockRestore();
    error.mockRestore();
  });

  it('speaks the interface language', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    useAtlasStore.getState().applyView({ lang: 'en' });
    broken.now = true;
    render(
      <PanelBoundary name="map">
        <Flaky />
      </PanelBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('boundaries not loaded');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
