import { PALETTE } from '@/lib/chart-theme';
import type { SentimentKey } from './select';

export const SENTIMENT_COLOURS: Record<SentimentKey, string> = {
  negative: PALETTE.negative,
  neutral: PALETTE.neutral,
  positive: PALETTE.positive,
};

export const SENTIMENT_LABELS: Record<SentimentKey, string> = {
  negative: 'Negative',
  neutral: 'Neutral / no opinion',
  positive: 'Positive',
};
