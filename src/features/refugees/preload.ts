import type { QueryClient } from '@tanstack/react-query';
import { discrepanciesQuery, refugeesQuery, sourcesQuery } from '@/data/queries';
import { ProvinceChart, SeriesChart } from './charts';

/** Everything the panel needs to show its figures: its charts' code and its datasets. */
export const preloadRefugeesPanel = (client: QueryClient) =>
  Promise.all([
    ProvinceChart.preload(),
    SeriesChart.preload(),
    client.prefetchQuery(refugeesQuery),
    client.prefetchQuery(discrepanciesQuery),
    client.prefetchQuery(sourcesQuery),
  ]);
