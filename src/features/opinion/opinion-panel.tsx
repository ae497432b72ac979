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
import type { LegendItem } from '@/components/year-chart';
import { NO_SOURCES, sourcesQuery } from '@/data/queries';
import type { OpinionFile, Survey } from '@/data/schemas';
import type { ViewMode } from '@/features/filters/filter-config';
import { useFilterStore, usePanelFilters } from '@/features/filters/filter-store';
import { PALETTE, projectedFill } from '@/lib/chart-theme';
import { shortNamer, type ShortName } from '@/lib/citation';
import {
  countryLegend,
  SENTIMENT_HEADING,
  sentimentGapNote,
  sentimentLegend,
  surveyChartData,
} from './chart-rows';
import { OPINION_QUERIES } from './datasets';
import { selectShownSurvey, selectSurvey, selectSurveyYears, surveyName } from './select';
import { opinionStill } from './still';
import { opinionColumns, selectFullFlat, selectVisibleFlat, surveyRows } from './table';
import './opinion.css';

import { OpinionChart, SentimentChart } from './charts';

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
    still: () => opinionStill({ file, year, chosen, shortName: shortNamer(sources) }),
  });

  const { survey, note, fallback } = selectShownSurvey(file, year, chosen);

  const names = shortNamer(sources);
  const rows = survey ? surveyRows(file, survey) : [];
  const columns = opinionColumns(file, names);

  if (!survey) return <p className="no-data">No surveys in opinion.json.</p>;

  return (
    <div className="opinion">
      <SourcesNotice />
      <SurveyChoice file={file} shown={survey.year} />
      <FocusNote>{fallback ? `${note} Choose a survey above.` : note}</FocusNote>
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
  const { opinion, sentiment, missing, projected } = surveyChartData(file, survey, names);
  const gap = sentimentGapNote(survey, missing);
  return (
    <>
      <Legend items={countryLegend(projected)} label="Key" />
      <OpinionChart rows={opinion} title={`Public opinion: ${surveyName(survey)}`} />
      <h3 className="opinion__subhead">{SENTIMENT_HEADING}</h3>
      {gap ? <p className="opinion__gap">{gap}</p> : null}
      <Legend items={sentimentLegend(projected)} label="Key to the views" />
      <SentimentChart
        rows={sentiment}
        title={`Views of bilateral relations: ${surveyName(survey)}`}
      />
    </>
  );
}

/** A chart's key, the still's (`ChartLegend`) in the panel's own style. */
function Legend({ items, label }: { items: readonly LegendItem[]; label: string }) {
  return (
    <ul className="legend" aria-label={label}>
      {items.map((item) =>
        item.key === 'projected' ? (
          <li key={item.key}>
            <ProjectedKey colour={item.colour ?? PALETTE.neutral} />
          </li>
        ) : (
          <li key={item.key} className="legend-key">
            <Swatch colour={item.colour ?? PALETTE.ink} projected={item.kind === 'projected'} />
            {item.label}
          </li>
        ),
      )}
    </ul>
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
