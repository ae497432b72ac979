import { createContext, useContext, useEffect } from 'react';
import type { StillSpec } from './still/still';

/** A flat table for CSV: one column per field, values as plain text or numbers (null = no data). */
export interface FlatTable {
  /** File name stem, e.g. `security-incidents-visible`. */
  name: string;
  columns: readonly { key: string; header: string }[];
  rows: readonly Record<string, string | number | null>[];
}

/**
 * What a panel offers for export: what it shows now, and its whole dataset. Functions, called
 * when a table is exported: a change of filter registers new ones without building any rows.
 */
export interface PanelData {
  visible: () => FlatTable;
  full: () => FlatTable;
  /** The panel's static view of what it shows now: the SVG and PNG exports draw it. */
  still?: () => StillSpec;
}

export const PanelDataContext = createContext<(data: PanelData | null) => void>(() => {});

/**
 * A panel registers the rows it shows (with unit, status and source columns) so the frame's
 * export tools can write them out; a new object registers again.
 *
 * Call it right after the panel's store and query hooks, and build the tables from those inputs
 * inside the functions. A value the panel derives before this call and captures here cannot be
 * memoised by React Compiler (its scope would span a hook), so every render would hand the
 * charts new data, and recharts redraws a chart twice more, synchronously, on new data. An early
 * `return` after the derivations has the same effect: put the empty state in the returned markup.
 */
export function usePanelData(data: PanelData): void {
  const register = useContext(PanelDataContext);
  useEffect(() => {
    register(data);
    return () => register(null);
  }, [data, register]);
}

export interface PanelFrameInfo {
  id: string;
  title: string;
  /**
   * What the panel registered with `usePanelData`, null until it has. Kept out of render: a new
   * registration (every change of filter) does not re-render the frame and its tools, so call it
   * in an event handler.
   */
  getData: () => PanelData | null;
  /**
   * Calls `listener` after every registration (rows arriving, changing or going), until the
   * returned function is called: for tools open while the panel loads.
   */
  subscribe: (listener: () => void) => () => void;
}

export const PanelFrameContext = createContext<PanelFrameInfo | null>(null);

/** For tools inside a panel's header (exports): the panel they belong to. */
export function usePanelFrame(): PanelFrameInfo {
  const frame = useContext(PanelFrameContext);
  if (!frame) throw new Error('usePanelFrame must be used inside a PanelFrame');
  return frame;
}
