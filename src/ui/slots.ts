import type { ComponentType } from 'react';

/**
 * Panels do not import each other: where one panel shows a control of another feature (the export
 * menu in the map and chart panels), the app passes it in as a slot.
 */
export interface ExportSlotProps {
  /** Which panel the menu sits in (for its test id). */
  panel: 'map' | 'charts';
  /** The chart id to export: 'map' or a chart id of the registry. */
  target: string;
  /** The chart's name, for the button's accessible name. */
  name: string;
}

/** A component the app passes in; panels render it as `<ExportMenu … />`. */
export type ExportSlot = ComponentType<ExportSlotProps>;
