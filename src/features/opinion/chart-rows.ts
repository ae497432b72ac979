import type { LegendItem } from '@/components/year-chart';
import type { OpinionFile, Survey } from '@/data/schemas';
import { PALETTE } from '@/lib/chart-theme';
import { citationText, type ShortName } from '@/lib/citation';
import type { OpinionChartRow } from './opinion-chart';
import {
  COUNTRY_CODES,
  COUNTRY_KEYS,
  COUNTRY_NAMES,
  SENTIMENT_KEYS,
  selectOpinionRows,
  selectSentiment,
  surveyName,
  type SentimentKey,
} from './select';
import type { SentimentChartRow } from './sentiment-chart';
import { SENTIMENT_COLOURS, SENTIMENT_LABELS } from './sentiment-style';

/** What the two charts of one survey draw: the panel's and its still's. */
export interface SurveyChartData {
  opinion: OpinionChartRow[];
  sentiment: SentimentChartRow[];
  /** The views this survey did not report. */
  missing: SentimentKey[];
  projected: boolean;
}

export function surveyChartData(
  file: OpinionFile,
  survey: Survey,
  names: ShortName,
): SurveyChartData {
  const source = citationText(survey, names);
  const projected = survey.status === 'projected';
  const opinion = selectOpinionRows(file, survey).map((r): OpinionChartRow => ({
    ...r,
    projected: r.status === 'projected',
    unit: file.unit,
    source,
  }));
  const { rows, missing } = selectSentiment(survey);
  const sentiment = rows.map((r): SentimentChartRow => ({
    ...r,
    projected,
    unit: file.unit,
    source,
    status: survey.status,
  }));
  return { opinion, sentiment, missing, projected };
}

/** "The 2023 survey did not report positive or neutral / no opinion views; …", or null. */
export function sentimentGapNote(survey: Survey, missing: readonly SentimentKey[]): string | null {
  if (missing.length === 0) return null;
  const views = missing.map((k) => SENTIMENT_LABELS[k].toLowerCase()).join(' or ');
  return `The ${surveyName(survey)} did not report ${views} views; only what it reported is shown.`;
}

/** The key to the countries' bars, hatched for a projection. */
export function countryLegend(projected: boolean): LegendItem[] {
  const items = COUNTRY_KEYS.map((c): LegendItem => ({
    key: c,
    label: `${COUNTRY_NAMES[c]} (${COUNTRY_CODES[c]})`,
    kind: projected ? 'projected' : 'solid',
    colour: c === 'pakistan' ? PALETTE.pakistan : PALETTE.afghanistan,
  }));
  return projected ? [...items, projectedKey] : items;
}

/** The key to the views' segments, each with the side of zero it sits on. */
export function sentimentLegend(projected: boolean): LegendItem[] {
  return SENTIMENT_KEYS.map((k): LegendItem => ({
    key: k,
    label: `${SENTIMENT_LABELS[k]} (${SIDES[k]})`,
    kind: projected ? 'projected' : 'solid',
    colour: SENTIMENT_COLOURS[k],
  }));
}

const SIDES: Record<SentimentKey, string> = {
  negative: 'left of 0',
  neutral: 'across 0',
  positive: 'right of 0',
};

const projectedKey: LegendItem = {
  key: 'projected',
  label: 'projected',
  kind: 'projected',
  colour: PALETTE.neutral,
};

/** The heading above the second chart. */
export const SENTIMENT_HEADING = 'Positive, neutral and negative views';
