import { useQuery, useSuspenseQueries } from '@tanstack/react-query';
import { Cite } from '@/components/cite';
import { DisagreementFlags } from '@/components/disagreement-flags';
import { FocusNote } from '@/components/focus-note';
import { emptyRangeNote, missingYearNote } from '@/lib/year-rows';
import { DataTable } from '@/components/data-table';
import { usePanelData } from '@/components/panel-data';
import { SourceRefs } from '@/components/source-refs';
import { SourcesNotice } from '@/components/support-notice';
import { discrepanciesQuery, keyFiguresQuery, sourcesQuery } from '@/data/queries';
import { DATASETS, type KeyFigure } from '@/data/schemas';
import type { ViewMode } from '@/features/filters/filter-config';
import { useFilterStore, usePanelFilters } from '@/features/filters/filter-store';
import { shortNamer } from '@/lib/citation';
import { NO_DATA } from '@/lib/format';
import { selectAllSecurityRows, selectSecurityBars, selectSecurityRows } from './select';
import { securityColumns, securityFlatTable } from './table';
import { SECURITY_QUERIES } from './datasets';
import './security.css';

import { SecurityChart } from './charts';
import { fatalitiesSentence, securityStill } from './still';

/** The disagreements about these figures: fatalities rose while incidents fell; JSSA's text against its own counts. */
const SECURITY_DISAGREEMENTS = [
  'fatalities-rise-vs-incidents-fall',
  'security-trend-jssa-text-vs-figures',
];

export function SecurityPanel({ mode }: { mode: ViewMode }) {
  const [{ data: file }] = useSuspenseQueries({ queries: SECURITY_QUERIES });
  const { data: sources } = useQuery(sourcesQuery);
  const { data: keyFigures, isError: keyFiguresFailed } = useQuery(keyFiguresQuery);
  const { data: discrepancies } = useQuery(discrepanciesQuery);
  const { range, year } = usePanelFilters((s) => ({ range: s.range, year: s.year }));
  const setYear = useFilterStore((s) => s.setYear);

  // What the export tools write, built only when a table is exported. Called before anything
  // the panel draws is derived: a value captured here could not be memoised by the compiler.
  usePanelData({
    visible: () =>
      securityFlatTable(
        'security-incidents-visible',
        file,
        selectSecurityRows(file, range),
        shortNamer(sources),
      ),
    full: () =>
      securityFlatTable(
        'security-incidents',
        file,
        selectAllSecurityRows(file),
        shortNamer(sources),
      ),
    still: () =>
      securityStill({
        file,
        rows: selectSecurityRows(file, range),
        year,
        shortName: shortNamer(sources),
        fatalities: keyFiguresFailed
          ? { sentence: FATALITIES_UNAVAILABLE, figures: [] }
          : fatalities(keyFigures?.figures),
        discrepancies,
        flags: SECURITY_DISAGREEMENTS,
      }),
  });

  const shortName = shortNamer(sources);
  const rows = selectSecurityRows(file, range);
  const bars = selectSecurityBars(rows);
  const figures = rows.filter((r) => r.kind === 'figure');

  const columns = securityColumns(file, shortName, { selected: year, onSelect: setYear });

  return (
    <div className="security-panel">
      <SourcesNotice />
      <FatalitiesNote />
      <FocusNote>
        {rows.length === 0 ? null : missingYearNote(file, year, 'incident figures')}
      </FocusNote>
      {rows.length === 0 ? (
        <p className="no-data security-panel__empty">{emptyRangeNote(file, 'incident figures')}</p>
      ) : mode === 'chart' ? (
        <SecurityChart
          file={file}
          rows={rows}
          bars={bars}
          selected={year}
          onSelect={setYear}
          shortName={shortName}
        />
      ) : (
        <DataTable
          caption={`Security incidents along the border (${file.unit}); a year without a figure says “${NO_DATA}”`}
          columns={columns}
          rows={rows}
          rowKey={(r) => String(r.year)}
          isSelected={(r) => r.year === year}
        />
      )}
      <SourceRefs refs={figures} />
    </div>
  );
}

const FATALITIES_UNAVAILABLE = `Fatality figures unavailable: ${DATASETS.keyFigures.file} could not be loaded.`;

const FATALITY_IDS = [
  'terror-fatalities-rise-2023',
  'terror-fatalities-2023',
  'security-personnel-killed-2023',
] as const;

/**
 * The documents' fatality figures for 2023, beside the incident counts they put in context.
 * Loaded on its own so a problem with key-figures.json never hides the incident chart.
 */
function FatalitiesNote() {
  const { data, isError } = useQuery(keyFiguresQuery);
  if (isError) {
    return (
      <div className="security-facts">
        <p>{FATALITIES_UNAVAILABLE}</p>
      </div>
    );
  }
  const found = fatalityFigures(data?.figures);
  if (!found) return <div className="security-facts" aria-hidden="true" />;
  const citations = uniqueCitations(found);
  return (
    <div className="security-facts">
      <p>{fatalitiesSentence(...found)}</p>
      <p className="security-facts__source">
        Source:{' '}
        {citations.map((f, i) => (
          <span key={f.id}>
            {i > 0 ? '; ' : null}
            <Cite refs={f} />
          </span>
        ))}
      </p>
      <DisagreementFlags ids={SECURITY_DISAGREEMENTS} />
    </div>
  );
}

/** The three fatality figures, or null until key-figures.json has them all. */
function fatalityFigures(
  figures: readonly KeyFigure[] | undefined,
): [KeyFigure, KeyFigure, KeyFigure] | null {
  const byId = new Map(figures?.map((f) => [f.id, f]));
  const [rise, killed, personnel] = FATALITY_IDS.map((id) => byId.get(id));
  return rise && killed && personnel ? [rise, killed, personnel] : null;
}

const fatalities = (figures: readonly KeyFigure[] | undefined) => {
  const found = fatalityFigures(figures);
  return found ? { sentence: fatalitiesSentence(...found), figures: found } : null;
};

/** One citation per distinct source and place in it. */
function uniqueCitations(figures: readonly KeyFigure[]): KeyFigure[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = `${f.sources.join(',')}|${f.locator}|${f.originalSource ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
