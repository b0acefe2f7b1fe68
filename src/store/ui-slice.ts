import type { StateCreator } from 'zustand';
import type { AtlasState } from './store';

/** Transient interface state that is not part of a shareable view. */
export interface UiSlice {
  /** The source reader: open with the passage to highlight (null = no highlight). */
  sourceReader: { open: boolean; quote: string | null };
  openSource: (quote?: string | null) => void;
  closeSource: () => void;
  /** Decal patterns on chart areas, for people who cannot rely on colour. */
  decals: boolean;
  setDecals: (decals: boolean) => void;
  /** Timeline playback in progress. */
  playing: boolean;
  setPlaying: (playing: boolean) => void;
}

export const createUiSlice: StateCreator<AtlasState, [], [], UiSlice> = (set) => ({
  sourceReader: { open: false, quote: null },
  openSource: (quote = null) => set({ sourceReader: { open: true, quote } }),
  closeSource: () => set((s) => ({ sourceReader: { ...s.sourceReader, open: false } })),
  decals: false,
  setDecals: (decals) => set({ decals }),
  playing: false,
  setPlaying: (playing) => set({ playing }),
});
