import type { QueryClient } from '@tanstack/react-query';
import { prefetchQueries } from '@/data/panel-queries';
import type { ViewMode } from '@/features/filters/filter-config';
import { MAP_QUERIES } from './datasets';
import { MapPanel, MapView } from './lazy';

/**
 * Everything the map needs to show: the panel's code, Leaflet's when the map itself is shown
 * (requested together rather than once the panel has rendered) and the datasets.
 */
export const preloadMapPanel = (client: QueryClient, mode: ViewMode) =>
  Promise.all([
    MapPanel.preload(),
    mode === 'chart' ? MapView.preload() : null,
    prefetchQueries(client, MAP_QUERIES),
  ]);
