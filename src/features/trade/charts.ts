import { preloadable } from '@/lib/preloadable';

// The charts (and recharts with them) are chunks of their own, fetched with the data (preload.ts).
export const TradeChart = preloadable(() => import('./trade-chart').then((m) => m.TradeChart));
export const ConnectivityChart = preloadable(() =>
  import('./connectivity-chart').then((m) => m.ConnectivityChart),
);
