import type { QueryClient } from '@tanstack/react-query';
import { prefetchQueries } from '@/data/panel-queries';
import { SecurityChart } from './charts';
import { SECURITY_QUERIES } from './datasets';

/**
 * Everything the panel needs to show its figures: its chart's code and its datasets (the sources
 * and key figures files are the page's: the first view fetches them).
 */
export const preloadSecurityPanel = (client: QueryClient) =>
  Promise.all([SecurityChart.preload(), prefetchQueries(client, SECURITY_QUERIES)]);
