import type { PanelData } from './panel-data';
import type { ViewMode } from '@/lib/view-mode';

/** A panel on the page, as printing sees it: what it is, what it shows, whether it is shown. */
export interface RegisteredPanel {
  id: string;
  title: string;
  mode: ViewMode;
  hidden: boolean;
  getData: () => PanelData | null;
}

const panels = new Map<string, RegisteredPanel>();

/** Called by each panel frame while it is mounted; returns the function that takes it back. */
export function registerPanel(panel: RegisteredPanel): () => void {
  panels.set(panel.id, panel);
  return () => {
    if (panels.get(panel.id) === panel) panels.delete(panel.id);
  };
}

/** The panels shown on the page, in the order `order` gives (the dashboard's). */
export function shownPanels(order: readonly string[]): RegisteredPanel[] {
  return order.flatMap((id) => {
    const panel = panels.get(id);
    return panel && !panel.hidden ? [panel] : [];
  });
}

/** What the panel `id` has registered now, or null. */
export function registeredData(id: string): PanelData | null {
  return panels.get(id)?.getData() ?? null;
}

/**
 * The panel `id` once it shows the view just applied: shown, in `mode`, its registration new
 * (not `previous`, unless a second has passed: a view that changes nothing registers nothing new)
 * and the same for a few polls (panels follow the filters in a transition); null if that does
 * not happen within `limit` ms.
 */
export function settledPanel(
  id: string,
  { previous, mode, limit = 5000 }: { previous: PanelData | null; mode: ViewMode; limit?: number },
): Promise<RegisteredPanel | null> {
  return new Promise((resolve) => {
    const started = performance.now();
    let last: PanelData | null = null;
    let steady = 0;
    const poll = () => {
      const elapsed = performance.now() - started;
      const panel = panels.get(id);
      const data = panel && !panel.hidden && panel.mode === mode ? panel.getData() : null;
      const fresh = data !== null && (data !== previous || elapsed > 1000);
      steady = fresh && data === last ? steady + 1 : 0;
      last = data;
      if (panel && steady >= 4) resolve(panel);
      else if (elapsed > limit) resolve(null);
      else setTimeout(poll, 50);
    };
    setTimeout(poll, 50);
  });
}
