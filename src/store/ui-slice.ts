import type { StateCreator } from 'zustand';
import type { AtlasState } from './store';

/** Transient interface state that is not part of a shareable view. */
export interface UiSlice {
  /**
   * The source reader: open with the passage to highlight (null = no highlight), in the report of
   * the dataset the passage belongs to (null = the active dataset's).
   */
  sourceReader: { open: boolean; quote: string | null; datasetId: string | null };
  openSource: (quote?: string | null, datasetId?: string | null) => void;
  closeSource: () => void;
  /** Decal patterns on chart areas, for people who cannot rely on colour. */
  decals: boolean;
  setDecals: (decals: boolean) => void;
  /** Timeline playback in progress. */
  playing: boolean;
  setPlaying: (playing: boolean) => void;
}

export const createUiSlice: StateCreator<AtlasState, [], [], UiSlice> = (set) => ({
  sourceReader: { open: false, quote: null, datasetId: null },
  openSource: (quote = null, datasetId = null) => set({ sourceReader: { open: true, quote, datasetId } }),
  closeSource: () => set((s) => ({ sourceReader: { ...s.sourceReader, open: false } })),
  decals: false,
  setDecals: (decals) => set({ decals }),
  playing: false,
  setPlaying: (playing) => set({ playing }),
});
