import { sourcesLine } from '@/components/source-lines';
import type { StillSpec } from '@/components/still/still';
import type { OpinionFile } from '@/data/schemas';
import type { ShortName } from '@/lib/citation';
import { OpinionChart, SentimentChart } from './charts';
import {
  countryLegend,
  SENTIMENT_HEADING,
  sentimentGapNote,
  sentimentLegend,
  surveyChartData,
} from './chart-rows';
import { selectShownSurvey, surveyName } from './select';
import { StillLegend } from '@/components/still/still-legend';
import { StillHeading } from './still-heading';

interface OpinionStillInput {
  file: OpinionFile;
  year: number;
  /** The survey chosen (`survey=`), or null for the year in focus's. */
  chosen: number | null;
  shortName: ShortName;
}

/**
 * The opinion panel's still: the one survey the panel shows (chosen, the year's, or the latest),
 * why it is that one when it is not the year in focus's, what the survey is, its two charts with
 * their keys, and its source.
 */
export function opinionStill({ file, year, chosen, shortName }: OpinionStillInput): StillSpec {
  const { survey, note } = selectShownSurvey(file, year, chosen);
  if (!survey) {
    return { subtitle: 'No surveys in opinion.json.', notes: [], body: null, sources: [] };
  }
  const { opinion, sentiment, missing, projected } = surveyChartData(file, survey, shortName);
  return {
    subtitle: `Answers by country, ${surveyName(survey)} (${file.unit})`,
    notes: [note, `Survey: ${survey.label}; status: ${survey.status}.`, survey.note].filter(
      (n): n is string => Boolean(n),
    ),
    body: (
      <>
        <StillLegend items={countryLegend(projected)} />
        <OpinionChart rows={opinion} title={`Public opinion: ${surveyName(survey)}`} />
        <StillHeading heading={SENTIMENT_HEADING} note={sentimentGapNote(survey, missing)} />
        <StillLegend items={sentimentLegend(projected)} />
        <SentimentChart
          rows={sentiment}
          title={`Views of bilateral relations: ${surveyName(survey)}`}
        />
      </>
    ),
    sources: sourcesLine([survey], shortName),
  };
}
