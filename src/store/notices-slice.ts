import type { StateCreator } from 'zustand';
import type { AtlasState } from './store';

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  /** A message key of the i18n catalogue, with its parameters: rendered in the current language. */
  key: string;
  params?: Record<string, string | number>;
  /** Located details (e.g. validation errors), shown as text. */
  details?: string[];
}

export interface NoticesSlice {
  notices: Notice[];
  pushNotice: (notice: Omit<Notice, 'id'>) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const createNoticesSlice: StateCreator<AtlasState, [], [], NoticesSlice> = (set) => ({
  notices: [],
  pushNotice: (notice) =>
    set((s) => ({ notices: [...s.notices.slice(-4), { ...notice, id: nextNoticeId++ }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
