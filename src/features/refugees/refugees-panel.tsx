import { useId } from 'react';
import { useQuery, useSuspenseQueries } from '@tanstack/react-query';
import { DisagreementFlags } from '@/components/disagreement-flags';
import { FocusNote } from '@/components/focus-note';
import { Choice, type ChoiceOption } from '@/components/choice';
import { StatusBadge } from '@/components/data-table';
import { usePanelData } from '@/components/panel-data';
import { ProjectedPattern } from '@/components/projected-pattern';
import { SourceRefs } from '@/components/source-refs';
import { DiscrepanciesNotice, SourcesNotice } from '@/components/support-notice';
import { discrepanciesQuery, NO_DISCREPANCIES, NO_SOURCES, sourcesQuery } from '@/data/queries';
import type { ViewMode } from '@/features/filters/filter-config';
import { useFilterStore, usePanelFilters } from '@/features/filters/filter-store';
import { PALETTE, projectedFill } from '@/lib/chart-theme';
import { citationText, shortNamer } from '@/lib/citation';
import { formatNumber } from '@/lib/format';
import { Cite } from '@/components/cite';
import { REFUGEES_QUERIES } from './datasets';
import type { ProvinceChartRow } from './province-chart';
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
  SERIES_LABELS,
  type SeriesKey,
  type Tier,
} from './select';
import { SERIES_STYLE } from './series-style';
import './refugees.css';

import { ProvinceChart, SeriesChart } from './charts';

/** Where the province figures' sources disagree: with each other, and JSSA's text with its own table. */
const PROVINCE_DISAGREEMENTS = [
  'refugee-province-shares',
  'refugee-host-provinces-jssa-text-vs-table',
];

const TIER_OPTIONS: ChoiceOption<Tier>[] = [
  { value: 'document', label: 'Documents (2024 projection)' },
  { value: 'public-series', label: 'UNHCR (Feb 2021 shares)' },
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
  });

  const names = shortNamer(sources);
  const totalDiscrepancy = flagOf();
  const unhcrSource = sources.sources.find((s) => file.unhcrSeries.sources.includes(s.id));

  const view = selectProvinceView(file, tier);
  const chartRows: ProvinceChartRow[] =
    view?.rows.map((r) => ({
      ...r,
      projected: r.status === 'projected',
      source: citationText(view.set, names),
    })) ?? [];
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

  return (
    <div className="refugees">
      <SourcesNotice />
      <DiscrepanciesNotice />
      <div className="refugees__controls">
        <Choice
          legend="Province figures from"
          options={TIER_OPTIONS}
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
            unhcrSources={file.unhcrSeries.sources}
          />
          {view ? (
            <>
              <figure className="refugees__figure">
                <figcaption className="refugees__caption">
                  <span className="refugees__caption-title">{view.set.label}</span>{' '}
                  <StatusBadge status={view.set.status} />{' '}
                  <span className="refugees__caption-note">
                    {view.basis
                      ? `People = share × ${formatNumber(view.basis.total)}, the ${view.basis.label}${view.basis.sameSource ? '' : ' (computed here, not reported by UNHCR)'}.`
                      : 'Shares only: no total to compute people from.'}{' '}
                    Select a province to highlight it across the dashboard.
                  </span>
                </figcaption>
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
            <figcaption className="refugees__caption">
              <span className="refugees__caption-title">UNHCR: Afghans in Pakistan by year</span>{' '}
              <StatusBadge status={file.unhcrSeries.status} />{' '}
              <span className="refugees__caption-note">
                Persons. Choose a year to put it in focus.
              </span>
            </figcaption>
            {records.length > 0 ? (
              <SeriesChart records={records} keys={seriesKeys} year={year} onPickYear={setYear} />
            ) : (
              <p className="no-data series-empty">
                No UNHCR figures in the years chosen (the series covers{' '}
                {file.unhcrSeries.records[0]?.year}–{file.unhcrSeries.records.at(-1)?.year}).
              </p>
            )}
            <div className="series-legend">
              <ul className="legend">
                {seriesKeys.map((k) => (
                  <li key={k} className="legend-key">
                    <svg width="22" height="10" aria-hidden="true">
                      <line
                        x1="0"
                        y1="5"
                        x2="22"
                        y2="5"
                        stroke={SERIES_STYLE[k].colour}
                        strokeWidth="2.5"
                        strokeDasharray={SERIES_STYLE[k].dash}
                      />
                    </svg>
                    {SERIES_LABELS[k]}
                  </li>
                ))}
              </ul>
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

function ProvinceLegend({ projected, hasOther }: { projected: boolean; hasOther: boolean }) {
  const hatch = useId();
  const fill = (colour: string) => (projected ? projectedFill(hatch, colour) : colour);
  return (
    <ul className="legend" aria-label="Key">
      <li className="legend-key">
        <svg width="14" height="14" aria-hidden="true">
          {projected ? (
            <defs>
              <ProjectedPattern scope={hatch} colour={PALETTE.observed} />
              <ProjectedPattern scope={hatch} colour={PALETTE.highlight} />
              <ProjectedPattern scope={hatch} colour={PALETTE.neutral} />
            </defs>
          ) : null}
          <rect width="14" height="14" fill={fill(PALETTE.observed)} stroke={PALETTE.observed} />
        </svg>
        {projected ? 'projected' : 'observed'}
      </li>
      <li className="legend-key">
        <svg width="14" height="14" aria-hidden="true">
          <rect
            x="1"
            y="1"
            width="12"
            height="12"
            fill={fill(PALETTE.highlight)}
            stroke={PALETTE.ink}
            strokeWidth="2"
          />
        </svg>
        ✓ selected province
      </li>
      {hasOther ? (
        <li className="legend-key">
          <svg width="14" height="14" aria-hidden="true">
            <rect width="14" height="14" fill={fill(PALETTE.neutral)} stroke={PALETTE.neutral} />
          </svg>
          other / not specified: not a province
        </li>
      ) : null}
    </ul>
  );
}
