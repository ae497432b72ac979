import { flagNotes, sourcesLine } from '@/components/source-lines';
import type { StillSpec } from '@/components/still/still';
import type {
  DiscrepanciesFile,
  DiscrepancyClaim,
  RefugeesFile,
  RefugeeTotal,
} from '@/data/schemas';
import { citationText, type ShortName } from '@/lib/citation';
import { formatNumber, NO_DATA } from '@/lib/format';
import { ProvinceChart, SeriesChart } from './charts';
import { FigureCaption } from './figure-caption';
import { ProvinceLegend } from './province-legend';
import type { ProvinceChartRow } from './province-chart';
import { DEFINITIONS_NOTE, MUMTAZ_VS_UNHCR_ID, TOTAL_DISCREPANCY_ID } from './refugee-totals';
import {
  selectConflictingClaims,
  selectMissingSelection,
  selectProvinceView,
  selectSeries,
  selectTotals,
  type ProvinceView,
  type SeriesKey,
  type Tier,
} from './select';
import { SeriesLegend } from './series-legend';

export interface RefugeesStillInput {
  file: RefugeesFile;
  tier: Tier;
  /** The tier's name as the panel's choice words it. */
  tierLabel: string;
  year: number;
  range: readonly [number, number];
  province: string | null;
  /** The UNHCR series drawn. */
  seriesKeys: readonly SeriesKey[];
  allSeries: boolean;
  discrepancies: DiscrepanciesFile | undefined;
  /** The disagreements flagged beside the tier choice. */
  provinceFlags: readonly string[];
  names: ShortName;
  /** The UNHCR series' licence, as its credit line gives it. */
  licence: string | null;
}

/** "People = share × 1,400,000, the projected 2024 total in the same table." */
export function basisNote(view: ProvinceView): string {
  return view.basis
    ? `People = share × ${formatNumber(view.basis.total)}, the ${view.basis.label}${view.basis.sameSource ? '' : ' (computed here, not reported by UNHCR)'}.`
    : 'Shares only: no total to compute people from.';
}

/** The province chart's rows: the view's, with its status and citation. */
export function provinceChartRows(view: ProvinceView | null, names: ShortName): ProvinceChartRow[] {
  return (
    view?.rows.map((r) => ({
      ...r,
      projected: r.status === 'projected',
      source: citationText(view.set, names),
    })) ?? []
  );
}

/** A claim's words in the flag: "Mumtaz et al. 2024 give “…” (2,600,000, no year given)". */
export function claimText(c: DiscrepancyClaim, names: ShortName): string {
  const value =
    c.value === null
      ? ''
      : ` (${formatNumber(c.value)}${c.year == null ? ', no year given' : `, ${c.year}`})`;
  return `${c.sources.map((id) => names(id)).join('; ')} give ${c.quote ? `“${c.quote}”` : ''}${value}`;
}

const documentTotalLine = (t: RefugeeTotal, names: ShortName) =>
  `Registered refugees, in the documents: ${formatNumber(t.value)} ${t.year === null ? `(${t.period})` : `in ${t.period}`}, ${t.status}; ${citationText(t, names)}`;

/**
 * The refugees panel's still: the province chart of the tier chosen and UNHCR's yearly series
 * with the year in focus, each with its caption and key; the totals, flags and related figures
 * the panel shows as text, and the sources.
 */
export function refugeesStill(input: RefugeesStillInput): StillSpec {
  const { file, tier, year, range, province, seriesKeys, names } = input;
  const view = selectProvinceView(file, tier);
  const rows = provinceChartRows(view, names);
  const missing = selectMissingSelection(file, view, province);
  const totalDiscrepancy = input.discrepancies?.discrepancies.find(
    (d) => d.id === TOTAL_DISCREPANCY_ID,
  );
  const conflicting = selectConflictingClaims(file, totalDiscrepancy);
  const totals = selectTotals(file, year);
  const records = selectSeries(file, range);
  const first = file.unhcrSeries.records[0]?.year;
  const last = file.unhcrSeries.records.at(-1)?.year;
  const unhcrCite = citationText({ sources: file.unhcrSeries.sources }, names);

  const notes = [
    missing
      ? `${missing.name} is selected: this source gives no separate figure for it${
          missing.mayBeInOther
            ? '; it may be part of “Other / not specified”, which the source does not break down.'
            : '.'
        }`
      : null,
    !view || view.set.year === year
      ? null
      : `No province figures for ${year}: those shown are the ${view.set.year} figures, the only ones this source gives.`,
    ...flagNotes(input.discrepancies, input.provinceFlags),
    ...totals.documents.map((t) => documentTotalLine(t, names)),
    conflicting.length > 0
      ? `⚑ Sources disagree: ${conflicting.map((c) => claimText(c, names)).join('; ')}.`
      : null,
    totals.unhcr
      ? `UNHCR, end of ${totals.year}: ${formatNumber(totals.unhcr.refugees)} refugees, ${input.file.unhcrSeries.status}; ${unhcrCite}`
      : `UNHCR, end of ${totals.year}: ${NO_DATA} for ${totals.year}; ${unhcrCite}`,
    DEFINITIONS_NOTE,
    ...flagNotes(input.discrepancies, [MUMTAZ_VS_UNHCR_ID]),
    view ? null : 'No province shares for this tier in refugees.json.',
    ...file.related.map(
      (f) =>
        `Related: ${f.label}, ${formatNumber(f.value)} (${f.period}), ${f.status}; ${citationText(f, names)}`,
    ),
  ].filter((n): n is string => n !== null);

  const seriesYears =
    records.length === 0 ? 'no years' : `${records[0]!.year}–${records.at(-1)!.year}`;
  return {
    subtitle: `Province figures from ${input.tierLabel}; UNHCR series ${seriesYears}, ${input.allSeries ? 'every series' : 'refugees and returns'}; year in focus ${year}`,
    notes,
    body: (
      <>
        {view ? (
          <>
            <FigureCaption title={view.set.label} status={view.set.status} note={basisNote(view)} />
            <ProvinceChart
              rows={rows}
              selected={province}
              title={view.set.label}
              onPick={() => {}}
            />
            <ProvinceLegend
              projected={view.set.status === 'projected'}
              hasOther={rows.some((r) => !r.selectable)}
            />
          </>
        ) : null}
        <FigureCaption
          title="UNHCR: Afghans in Pakistan by year"
          status={file.unhcrSeries.status}
          note={
            records.length > 0
              ? 'Persons.'
              : `Persons. No UNHCR figures in the years chosen (the series covers ${first}–${last}).`
          }
        />
        {records.length > 0 ? (
          <>
            <SeriesChart records={records} keys={seriesKeys} year={year} onPickYear={() => {}} />
            <SeriesLegend keys={seriesKeys} />
          </>
        ) : null}
      </>
    ),
    sources: [
      ...sourcesLine(
        [
          ...(view ? [view.set] : []),
          ...(view?.basis && !view.basis.sameSource ? [view.basis] : []),
          ...totals.documents,
          ...conflicting,
          ...file.related,
          { sources: file.unhcrSeries.sources, locator: file.unhcrSeries.locator },
        ].map((r) => ({ sources: r.sources, ...(r.locator ? { locator: r.locator } : {}) })),
        names,
      ),
      ...(input.licence ? [`UNHCR series: ${unhcrCite}, ${input.licence}.`] : []),
    ],
  };
}
