import type { QueryClient } from '@tanstack/react-query';
import { connectivityQuery, discrepanciesQuery, sourcesQuery, tradeQuery } from '@/data/queries';
import { ConnectivityChart, TradeChart } from './charts';

/** Everything the panel needs to show its figures: its charts' code and its datasets. */
export const preloadTradePanel = (client: QueryClient) =>
  Promise.all([
    TradeChart.preload(),
    ConnectivityChart.preload(),
    client.prefetchQuery(tradeQuery),
    client.prefetchQuery(connectivityQuery),
    client.prefetchQuery(discrepanciesQuery),
    client.prefetchQuery(sourcesQuery),
  ]);
