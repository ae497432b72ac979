import type { QueryClient } from '@tanstack/react-query';
import { prefetchQueries } from '@/data/panel-queries';
import { ConnectivityChart, TradeChart } from './charts';
import { TRADE_QUERIES } from './datasets';

/**
 * Everything the panel needs to show its figures: its charts' code and its datasets (the sources
 * and discrepancies files are the page's: the first view fetches them).
 */
export const preloadTradePanel = (client: QueryClient) =>
  Promise.all([
    TradeChart.preload(),
    ConnectivityChart.preload(),
    prefetchQueries(client, TRADE_QUERIES),
  ]);
