import { preloadable } from '@/lib/preloadable';

/** The panel: its own chunk, fetched with the data (preload.ts). */
export const MapPanel = preloadable(() => import('./map-panel').then((m) => m.default));

/** Leaflet and its CSS: loaded only when the map itself is shown; the table view never needs them. */
export const MapView = preloadable(() => import('./map-view').then((m) => m.default));
