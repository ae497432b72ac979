import type { QueryClient } from '@tanstack/react-query';
import { geoBoundariesQuery, geoMetaQuery } from '@/data/geo';
import { borderQuery, eventsQuery, placesQuery, refugeesQuery } from '@/data/queries';
import type { ViewMode } from '@/features/filters/filter-config';
import { MapPanel, MapView } from './lazy';

/**
 * Everything the map needs to show: the panel's code, Leaflet's when the map itself is shown
 * (requested together rather than once the panel has rendered) and the datasets.
 */
export const preloadMapPanel = (client: QueryClient, mode: ViewMode) =>
  Promise.all([
    MapPanel.preload(),
    mode === 'chart' ? MapView.preload() : null,
    client.prefetchQuery(geoBoundariesQuery),
    client.prefetchQuery(geoMetaQuery),
    client.prefetchQuery(refugeesQuery),
    client.prefetchQuery(placesQuery),
    client.prefetchQuery(borderQuery),
    client.prefetchQuery(eventsQuery),
  ]);
