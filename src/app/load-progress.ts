import { useSyncExternalStore } from 'react';
import type { LoadProgress } from '../worker/load-dataset';

/**
 * Where the dataset load is (download, validation, indexing, transfer), for the loading status: a
 * 100,000-effort file takes seconds, and the page says what it is doing meanwhile.
 */
let current: LoadProgress | null = null;
const listeners = new Set<() => void>();

export function reportLoadProgress(progress: LoadProgress): void {
  // One update per phase, and during the transfer one per tenth: the status is read, not watched.
  const step = (p: LoadProgress | null): string =>
    p ? `${p.phase}:${p.total ? Math.floor(((p.done ?? 0) * 10) / p.total) : ''}` : '';
  if (step(progress) === step(current)) return;
  current = progress;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLoadProgress(): LoadProgress | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}
