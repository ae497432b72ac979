import type { QueryClient } from '@tanstack/react-query';
import { prefetchQueries } from '@/data/panel-queries';
import { ProvinceChart, SeriesChart } from './charts';
import { REFUGEES_QUERIES } from './datasets';

/**
 * Everything the panel needs to show its figures: its charts' code and its datasets (the sources
 * and discrepancies files are the page's: the first view fetches them).
 */
export const preloadRefugeesPanel = (client: QueryClient) =>
  Promise.all([
    ProvinceChart.preload(),
    SeriesChart.preload(),
    prefetchQueries(client, REFUGEES_QUERIES),
  ]);
