import { preloadable } from '@/lib/preloadable';

// The chart (and recharts with it) is a chunk of its own, fetched with the data (preload.ts).
export const SecurityChart = preloadable(() =>
  import('./security-chart').then((m) => m.SecurityChart),
);
