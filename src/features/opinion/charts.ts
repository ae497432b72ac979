import { preloadable } from '@/lib/preloadable';

// The charts (and recharts with them) are chunks of their own, fetched with the data (preload.ts).
export const OpinionChart = preloadable(() =>
  import('./opinion-chart').then((m) => m.OpinionChart),
);
export const SentimentChart = preloadable(() =>
  import('./sentiment-chart').then((m) => m.SentimentChart),
);
