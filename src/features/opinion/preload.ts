import type { QueryClient } from '@tanstack/react-query';
import { prefetchQueries } from '@/data/panel-queries';
import { OpinionChart, SentimentChart } from './charts';
import { OPINION_QUERIES } from './datasets';

/**
 * Everything the panel needs to show its figures: its charts' code and its datasets (the sources
 * file is the page's: the first view fetches it).
 */
export const preloadOpinionPanel = (client: QueryClient) =>
  Promise.all([
    OpinionChart.preload(),
    SentimentChart.preload(),
    prefetchQueries(client, OPINION_QUERIES),
  ]);
