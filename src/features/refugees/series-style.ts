import { PALETTE } from '@/lib/chart-theme';
import type { SeriesKey } from './select';

/** Each line has its own colour and its own dash pattern, so none is told apart by colour alone. */
export const SERIES_STYLE: Record<SeriesKey, { colour: string; dash?: string }> = {
  refugees: { colour: PALETTE.category[0] },
  returned: { colour: PALETTE.category[5], dash: '6 3' },
  asylumSeekers: { colour: PALETTE.category[2], dash: '2 3' },
  othersOfConcern: { colour: PALETTE.category[3], dash: '10 3 2 3' },
};
