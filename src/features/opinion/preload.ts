import type { QueryClient } from '@tanstack/react-query';
import { opinionQuery, sourcesQuery } from '@/data/queries';
import { OpinionChart, SentimentChart } from './charts';

/** Everything the panel needs to show its figures: its charts' code and its datasets. */
export const preloadOpinionPanel = (client: QueryClient) =>
  Promise.all([
    OpinionChart.preload(),
    SentimentChart.preload(),
    client.prefetchQuery(opinionQuery),
    client.prefetchQuery(sourcesQuery),
  ]);
