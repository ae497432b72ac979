import type { QueryClient } from '@tanstack/react-query';
import { keyFiguresQuery, securityIncidentsQuery, sourcesQuery } from '@/data/queries';
import { SecurityChart } from './charts';

/** Everything the panel needs to show its figures: its chart's code and its datasets. */
export const preloadSecurityPanel = (client: QueryClient) =>
  Promise.all([
    SecurityChart.preload(),
    client.prefetchQuery(securityIncidentsQuery),
    client.prefetchQuery(sourcesQuery),
    client.prefetchQuery(keyFiguresQuery),
  ]);
