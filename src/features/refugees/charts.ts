import { preloadable } from '@/lib/preloadable';

// The charts (and recharts with them) are chunks of their own, fetched with the data (preload.ts),
// so tables and text never wait for the chart library.
export const ProvinceChart = preloadable(() =>
  import('./province-chart').then((m) => m.ProvinceChart),
);
export const SeriesChart = preloadable(() => import('./series-chart').then((m) => m.SeriesChart));
