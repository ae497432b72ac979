import { useId } from 'react';
import { useQuery, useSuspenseQueries } from '@tanstack/react-query';
import { Choice } from '@/components/choice';
import { Cite } from '@/components/cite';
import { FocusNote } from '@/components/focus-note';
import { DataTable, StatusBadge } from '@/components/data-table';
import { usePanelData } from '@/components/panel-data';
import { ProjectedKey, ProjectedPattern } from '@/components/projected-pattern';
import { SourceRefs } from '@/components/source-refs';
import { SourcesNotice } from '@/components/support-notice';
import { NO_SOURCES, sourcesQuery } from '@/data/queries';
import type { OpinionFile, Survey } from '@/data/schemas';
import type { ViewMode } from '@/features/filters/filter-config';
import { useFilterStore, usePanelFilters } from '@/features/filters/filter-store';
import { PALETTE, projectedFill } from '@/lib/chart-theme';
import { citationText, shortNamer, type ShortName } from '@/lib/citation';
import { OPINION_QUERIES } from './datasets';
import type { OpinionChartRow } from './opinion-chart';
import {
  COUNTRY_CODES,
  COUNTRY_KEYS,
  COUNTRY_NAMES,
  SENTIMENT_KEYS,
  selectOpinionRows,
  selectSentiment,
  selectShownSurvey,
  selectSurvey,
  selectSurveyYears,
} from './select';
import type { SentimentChartRow } from './sentiment-chart';
import { SENTIMENT_COLOURS, SENTIMENT_LABELS } from './sentiment-style';
import { opinionColumns, selectFullFlat, selectVisibleFlat, surveyRows } from './table';
import './opinion.css';

import { OpinionChart, SentimentChart } from './charts';

const surveyName = (s: Survey) => `${s.year} ${s.status === 'projected' ? 'projection' : 'survey'}`;

export function OpinionPanel({ mode }: { mode: ViewMode }) {
  const [{ data: file }] = useSuspenseQueries({ queries: OPINION_QUERIES });
  // The sources' names enrich the panel; a problem with their file never hides the figures.
  const { data: sources = NO_SOURCES } = useQuery(sourcesQuery);
  const { year, survey: chosen } = usePanelFilters((s) => ({ year: s.year, survey: s.survey }));
  // Before anything the panel draws is derived (see usePanelData).
  usePanelData({
    visible: () =>
      selectVisibleFlat(
        file,
        selectShownSurvey(file, year, chosen).survey?.year ?? null,
        shortNamer(sources),
      ),
    full: () => selectFullFlat(file, shortNamer(sources)),
  });

  const { survey, note } = selectShownSurvey(file, year, chosen);

  const names = shortNamer(sources);
  const rows = survey ? surveyRows(file, survey) : [];
  const columns = opinionColumns(file, names);

  if (!survey) return <p className="no-data">No surveys in opinion.json.</p>;

  return (
    <div className="opinion">
      <SourcesNotice />
      <SurveyChoice file={file} shown={survey.year} />
      <FocusNote>{note}</FocusNote>
      {mode === 'chart' ? (
        <>
          <SurveyAbout survey={survey} unit={file.unit} />
          <SurveyCharts file={file} survey={survey} names={names} />
        </>
      ) : (
        <>
          <SurveyAbout survey={survey} unit={file.unit} />
          <DataTable
            caption={
              <>
                Answers by country, {surveyName(survey)} ({file.unit}). Source:{' '}
                <Cite refs={survey} />.
              </>
            }
            columns={columns}
            rows={rows}
            rowKey={(r) => r.key}
          />
        </>
      )}
      <SourceRefs refs={[survey]} />
    </div>
  );
}

/**
 * The survey radio. It reads the store itself, so it shows a choice at once while the panel's
 * figures follow in their transition (usePanelFilters).
 */
function SurveyChoice({ file, shown }: { file: OpinionFile; shown: number }) {
  const setSurvey = useFilterStore((s) => s.setSurvey);
  const picked = useFilterStore(
    (s) => selectShownSurvey(file, s.year, s.survey).survey?.year ?? null,
  );
  const surveyOptions = selectSurveyYears(file).flatMap((y) => {
    const s = selectSurvey(file, y);
    return s
      ? [{ value: y, label: `${surveyName(s)}${s.status === 'projected' ? '' : ` (${s.status})`}` }]
      : [];
  });
  return (
    <Choice legend="Survey" options={surveyOptions} value={picked ?? shown} onChange={setSurvey} />
  );
}

/** Which survey the view shows: its name, status, unit and note. */
function SurveyAbout({ survey, unit }: { survey: Survey; unit: string }) {
  return (
    <p className="opinion__about">
      <span className="opinion__survey">{survey.label}</span> <StatusBadge status={survey.status} />{' '}
      <span className="opinion__unit">{unit}.</span>{' '}
      {survey.note ? <span className="opinion__note">{survey.note}</span> : null}
    </p>
  );
}

/** The two charts of one survey, with their keys. */
function SurveyCharts({
  file,
  survey,
  names,
}: {
  file: OpinionFile;
  survey: Survey;
  names: ShortName;
}) {
  const sourceText = citationText(survey, names);
  const chartRows = selectOpinionRows(file, survey).map((r): OpinionChartRow => ({
    ...r,
    projected: r.status === 'projected',
    unit: file.unit,
    source: sourceText,
  }));
  const sentiment = selectSentiment(survey);
  const sentimentRows = sentiment.rows.map((r): SentimentChartRow => ({
    ...r,
    projected: survey.status === 'projected',
    unit: file.unit,
    source: sourceText,
    status: survey.status,
  }));
  const projected = survey.status === 'projected';
  return (
    <>
      <ul className="legend" aria-label="Key">
        {COUNTRY_KEYS.map((c) => (
          <li key={c} className="legend-key">
            <Swatch
              colour={c === 'pakistan' ? PALETTE.pakistan : PALETTE.afghanistan}
              projected={projected}
            />
            {COUNTRY_NAMES[c]} ({COUNTRY_CODES[c]})
          </li>
        ))}
        {projected ? (
          <li>
            <ProjectedKey colour={PALETTE.neutral} />
          </li>
        ) : null}
      </ul>
      <OpinionChart rows={chartRows} title={`Public opinion: ${surveyName(survey)}`} />
      <h3 className="opinion__subhead">Positive, neutral and negative views</h3>
      {sentiment.missing.length > 0 ? (
        <p className="opinion__gap">
          The {surveyName(survey)} did not report{' '}
          {sentiment.missing.map((k) => SENTIMENT_LABELS[k].toLowerCase()).join(' or ')} views; only
          what it reported is shown.
        </p>
      ) : null}
      <ul className="legend" aria-label="Key to the views">
        {SENTIMENT_KEYS.map((k) => (
          <li key={k} className="legend-key">
            <Swatch colour={SENTIMENT_COLOURS[k]} projected={projected} />
            {SENTIMENT_LABELS[k]}
            {k === 'negative' ? ' (left of 0)' : k === 'positive' ? ' (right of 0)' : ' (across 0)'}
          </li>
        ))}
      </ul>
      <SentimentChart
        rows={sentimentRows}
        title={`Views of bilateral relations: ${surveyName(survey)}`}
      />
    </>
  );
}

function Swatch({ colour, projected }: { colour: string; projected: boolean }) {
  const hatch = useId();
  return (
    <svg width="14" height="14" aria-hidden="true">
      {projected ? (
        <defs>
          <ProjectedPattern scope={hatch} colour={colour} />
        </defs>
      ) : null}
      <rect
        x="0.5"
        y="0.5"
        width="13"
        height="13"
        fill={projected ? projectedFill(hatch, colour) : colour}
        stroke={colour}
      />
    </svg>
  );
}
