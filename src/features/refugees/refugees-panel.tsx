import { useQuery, useSuspenseQueries } from '@tanstack/react-query';
import { DisagreementFlags } from '@/components/disagreement-flags';
import { FocusNote } from '@/components/focus-note';
import { Choice, type ChoiceOption } from '@/components/choice';
import { StatusBadge } from '@/components/data-table';
import { usePanelData } from '@/components/panel-data';
import { SourceRefs } from '@/components/source-refs';
import { DiscrepanciesNotice, SourcesNotice } from '@/components/support-notice';
import { discrepanciesQuery, NO_DISCREPANCIES, NO_SOURCES, sourcesQuery } from '@/data/queries';
import { TIERS, type ViewMode } from '@/features/filters/filter-config';
import { useFilterStore, usePanelFilters } from '@/features/filters/filter-store';
import { shortNamer } from '@/lib/citation';
import { formatNumber } from '@/lib/format';
import { Cite } from '@/components/cite';
import { REFUGEES_QUERIES } from './datasets';
import { FigureCaption } from './figure-caption';
import { ProvinceLegend } from './province-legend';
import { ProvinceTable, SeriesTable, TotalsTable } from './refugee-tables';
import { RefugeeTotals, TOTAL_DISCREPANCY_ID } from './refugee-totals';
import {
  selectConflictingClaims,
  selectFullFlat,
  selectMissingSelection,
  selectProvinceView,
  selectSeries,
  selectTotals,
  selectVisibleFlat,
  SERIES_KEYS,
  tierChoiceLabel,
  type SeriesKey,
  type Tier,
} from './select';
import { SeriesLegend } from './series-legend';
import { basisNote, provinceChartRows, refugeesStill } from './still';
import './refugees.css';

import { ProvinceChart, SeriesChart } from './charts';

/** Where the province figures' sources disagree: with each other, and JSSA's text with its own table. */
const PROVINCE_DISAGREEMENTS = [
  'refugee-province-shares',
  'refugee-host-provinces-jssa-text-vs-table',
];

const MAIN_SERIES: readonly SeriesKey[] = ['refugees', 'returned'];

export function RefugeesPanel({ mode }: { mode: ViewMode }) {
  const [{ data: file }] = useSuspenseQueries({ queries: REFUGEES_QUERIES });
  // Names and flags enrich the panel; a problem with their files never hides the figures.
  const { data: discrepancies = NO_DISCREPANCIES } = useQuery(discrepanciesQuery);
  const { data: sources = NO_SOURCES } = useQuery(sourcesQuery);
  const { year, tier, range, province } = usePanelFilters((s) => ({
    year: s.year,
    tier: s.tier,
    range: s.range,
    province: s.province,
  }));
  // The panel's own controls show a choice at once; the figures follow in their transition.
  const chosenTier = useFilterStore((s) => s.tier);
  const setTier = useFilterStore((s) => s.setTier);
  const setYear = useFilterStore((s) => s.setYear);
  const toggleProvince = useFilterStore((s) => s.toggleProvince);
  const allSeries = useFilterStore((s) => s.allSeries);
  const setAllSeries = useFilterStore((s) => s.setAllSeries);

  // Before anything the panel draws is derived (see usePanelData).
  const flagOf = () => discrepancies.discrepancies.find((d) => d.id === TOTAL_DISCREPANCY_ID);
  usePanelData({
    visible: () =>
      selectVisibleFlat({
        file,
        tier,
        year,
        range,
        discrepancy: flagOf(),
        names: shortNamer(sources),
      }),
    full: () => selectFullFlat(file, flagOf(), shortNamer(sources)),
    still: () =>
      refugeesStill({
        file,
        tier,
        tierLabel: tierChoiceLabel(file, tier),
        year,
        range,
        province,
        seriesKeys: allSeries ? SERIES_KEYS : MAIN_SERIES,
        allSeries,
        discrepancies,
        provinceFlags: PROVINCE_DISAGREEMENTS,
        names: shortNamer(sources),
        licence:
          sources.sources.find((s) => file.unhcrSeries.sources.includes(s.id))?.licence ?? null,
      }),
  });

  const names = shortNamer(sources);
  const totalDiscrepancy = flagOf();
  const unhcrSource = sources.sources.find((s) => file.unhcrSeries.sources.includes(s.id));

  const view = selectProvinceView(file, tier);
  const chartRows = provinceChartRows(view, names);
  const missing = selectMissingSelection(file, view, province);
  const conflicting = selectConflictingClaims(file, totalDiscrepancy);
  const totals = selectTotals(file, year);
  const records = selectSeries(file, range);
  const seriesKeys = allSeries ? SERIES_KEYS : MAIN_SERIES;

  // Picking the selected province again clears it; "other" never reaches here.
  const pickProvince = toggleProvince;

  // Each source once; the figures above link to theirs with the exact place in the source.
  const ids = [
    ...(view ? view.set.sources : []),
    ...file.documentTotals.flatMap((t) => t.sources),
    ...(totalDiscrepancy?.claims.flatMap((c) => c.sources) ?? []),
    ...file.unhcrSeries.sources,
    ...file.related.flatMap((f) => f.sources),
  ];
  const refs = [...new Set(ids)].map((id) => ({ sources: [id] }));

  // Each tier labelled from the share set it shows (when, and whether projected).
  const tierOptions: ChoiceOption<Tier>[] = TIERS.map((t) => ({
    value: t,
    label: tierChoiceLabel(file, t),
  }));

  return (
    <div className="refugees">
      <SourcesNotice />
      <DiscrepanciesNotice />
      <div className="refugees__controls">
        <Choice
          legend="Province figures from"
          options={tierOptions}
          value={chosenTier}
          onChange={setTier}
        />
        <DisagreementFlags ids={PROVINCE_DISAGREEMENTS} />
      </div>

      <FocusNote>
        {missing
          ? `${missing.name} is selected: this source gives no separate figure for it${
              missing.mayBeInOther
                ? '; it may be part of “Other / not specified”, which the source does not break down.'
                : '.'
            }`
          : null}
      </FocusNote>
      <FocusNote>
        {!view || view.set.year === year
          ? null
          : `No province figures for ${year}: those shown are the ${view.set.year} figures, the only ones this source gives.`}
      </FocusNote>

      {mode === 'chart' ? (
        <>
          <RefugeeTotals
            totals={totals}
            conflicting={conflicting}
            names={names}
            unhcrSeries={file.unhcrSeries}
          />
          {view ? (
            <>
              <figure className="refugees__figure">
                <FigureCaption
                  title={view.set.label}
                  status={view.set.status}
                  note={basisNote(view)}
                  hint="Select a province to highlight it across the dashboard."
                />
                <ProvinceChart
                  rows={chartRows}
                  selected={province}
                  title={view.set.label}
                  onPick={pickProvince}
                />
                <ProvinceLegend
                  projected={view.set.status === 'projected'}
                  hasOther={chartRows.some((r) => !r.selectable)}
                />
              </figure>
            </>
          ) : (
            <p className="no-data">No province shares for this tier in refugees.json.</p>
          )}
          {file.related.map((f) => (
            <p key={f.id} className="refugees__related">
              <span className="refugees__related-label">Related:</span> {f.label},{' '}
              <strong>{formatNumber(f.value)}</strong> ({f.period}){' '}
              <StatusBadge status={f.status} /> <Cite refs={f} />
            </p>
          ))}
          <figure className="refugees__figure">
            <FigureCaption
              title="UNHCR: Afghans in Pakistan by year"
              status={file.unhcrSeries.status}
              note="Persons."
              hint="Choose a year to put it in focus."
            />
            {records.length > 0 ? (
              <SeriesChart records={records} keys={seriesKeys} year={year} onPickYear={setYear} />
            ) : (
              <p className="no-data series-empty">
                No UNHCR figures in the years chosen (the series covers{' '}
                {file.unhcrSeries.records[0]?.year}–{file.unhcrSeries.records.at(-1)?.year}).
              </p>
            )}
            <div className="series-legend">
              <SeriesLegend keys={seriesKeys} />
              <label className="series-toggle">
                <input
                  type="checkbox"
                  checked={allSeries}
                  onChange={(e) => setAllSeries(e.target.checked)}
                />
                Also asylum seekers and others of concern
              </label>
            </div>
            <p className="refugees__credit">
              Source: <Cite refs={{ sources: file.unhcrSeries.sources }} />
              {unhcrSource?.licence ? `, ${unhcrSource.licence}` : ''}.
            </p>
          </figure>
        </>
      ) : (
        <div className="refugees__tables">
          {view ? <ProvinceTable view={view} selected={province} onPick={pickProvince} /> : null}
          <TotalsTable file={file} totals={totals} conflicting={conflicting} />
          <SeriesTable
            file={file}
            records={records}
            year={year}
            licence={unhcrSource?.licence ?? null}
          />
        </div>
      )}
      <SourceRefs refs={refs} />
    </div>
  );
}
