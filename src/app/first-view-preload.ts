import type { QueryClient } from '@tanstack/react-query';
import { geoMetaQuery } from '@/data/geo';
import { discrepanciesQuery, eventsQuery, keyFiguresQuery, sourcesQuery } from '@/data/queries';
import type { ViewMode } from '@/features/filters/filter-config';
import { useFilterStore } from '@/features/filters/filter-store';
import { isBakedViewShown } from '@/lib/baked-view';
import { isPanelShown } from './panel-shown';
import type { PanelDef } from './panel-slot';

/**
 * The first view waits at most this long for every panel's code and data; after it, each panel
 * shows its own skeleton until its part arrives (a slow connection still sees figures early).
 */
export const FIRST_VIEW_WAIT_MS = 3000;

/**
 * With the default view baked into the page (scripts/bake.mjs) on screen, its figures are there
 * already: the app waits longer for every panel's own, so that none replaces them with a skeleton,
 * but not for ever (a stalled request would leave the page's controls inert).
 */
export const BAKED_VIEW_WAIT_MS = 15_000;

/**
 * Fetches, all at once, what the first view shows: the datasets of the strip, timeline and
 * sources, and each panel's code and datasets. Settles when all have arrived or failed (a failure
 * is left in the cache for its panel to show), or after `waitMs`; never rejects.
 */
export function preloadFirstView(
  client: QueryClient,
  panels: readonly PanelDef[],
  modeOf: (panel: PanelDef) => ViewMode,
  waitMs = FIRST_VIEW_WAIT_MS,
): Promise<void> {
  const all = Promise.allSettled([
    client.prefetchQuery(keyFiguresQuery),
    client.prefetchQuery(eventsQuery),
    client.prefetchQuery(sourcesQuery),
    client.prefetchQuery(discrepanciesQuery),
    client.prefetchQuery(geoMetaQuery),
    ...panels.map((p) => p.preload(client, modeOf(p))),
  ]);
  const wait = new Promise((resolve) => setTimeout(resolve, waitMs));
  return Promise.race([all, wait]).then(() => undefined);
}

/** preloadFirstView for the panels the page opens with, in the modes the filters give them. */
export function preloadOpeningView(client: QueryClient, panels: readonly PanelDef[]) {
  const { themes, tables } = useFilterStore.getState();
  return preloadFirstView(
    client,
    panels.filter((p) => isPanelShown(p.themes, themes)),
    (p) => (tables.includes(p.id) ? 'table' : 'chart'),
    isBakedViewShown() ? BAKED_VIEW_WAIT_MS : FIRST_VIEW_WAIT_MS,
  );
}
