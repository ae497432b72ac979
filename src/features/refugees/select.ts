import type { FlatTable } from '@/components/panel-data';
import type {
  Discrepancy,
  DiscrepancyClaim,
  ProvinceId,
  ProvinceShareSet,
  RefugeesFile,
  RefugeeTotal,
  Status,
  UnhcrRecord,
} from '@/data/schemas';
import { citationText, type ShortName } from '@/lib/citation';
import { formatNumber } from '@/lib/format';

export type Tier = ProvinceShareSet['tier'];

/** The remainder a source does not break down: shown as is, never spread over provinces, never selectable. */
export const OTHER_ID: ProvinceId = 'other';

/** The total the shares are multiplied by, and where it comes from. */
export interface ShareBasis {
  total: number;
  /** Says exactly what the total is, e.g. "UNHCR end-2020 refugee total". */
  label: string;
  /** True when the total comes from the same source and date as the shares. */
  sameSource: boolean;
  sources: readonly string[];
  locator: string;
}

export interface ProvinceRow {
  /** The province id: stable, and the chart's category key. */
  key: ProvinceId;
  name: string;
  percent: number;
  /** share × basis, rounded to whole people; null when there is no basis to multiply. */
  people: number | null;
  /** The computation as shown, e.g. "1,400,000 × 60% = 840,000"; "≈" when rounded. */
  computation: string | null;
  selectable: boolean;
  status: Status;
  note?: string;
}

export interface ProvinceView {
  set: ProvinceShareSet;
  basis: ShareBasis | null;
  rows: ProvinceRow[];
}

/** The share set for a tier, or null when the file has none. */
export function selectShareSet(file: RefugeesFile, tier: Tier): ProvinceShareSet | null {
  return file.provinceShares.find((s) => s.tier === tier) ?? null;
}

/** A tier's name on its choice button: the documents or UNHCR. */
const TIER_SHORT: Record<Tier, string> = { document: 'Documents', 'public-series': 'UNHCR' };

/**
 * A tier's choice label, from the share set it shows: when the shares are of and whether they are
 * a projection, as the file gives them ("Documents (2024 projection)", "UNHCR (Feb 2021 shares)").
 */
export function tierChoiceLabel(file: RefugeesFile, tier: Tier): string {
  const set = selectShareSet(file, tier);
  if (!set) return TIER_SHORT[tier];
  const when =
    set.asOf.length === 4
      ? set.asOf
      : new Intl.DateTimeFormat('en-GB', {
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(new Date(`${set.asOf}T00:00:00Z`));
  return `${TIER_SHORT[tier]} (${when} ${set.status === 'projected' ? 'projection' : 'shares'})`;
}

/** The last day the shares can describe: "2021-02-28", or the year's end for a bare year. */
const asOfDate = (asOf: string) => (asOf.length === 4 ? `${asOf}-12-31` : asOf);

/**
 * What to multiply the shares by. A set that carries its own total uses it. A set without one
 * (UNHCR's Feb 2021 fact sheet) uses UNHCR's own most recent end-of-year refugee figure dated on
 * or before the shares (end-2020 for Feb 2021), and says so; it never borrows a document's total.
 */
export function selectShareBasis(file: RefugeesFile, set: ProvinceShareSet): ShareBasis | null {
  if (set.basisTotal !== null) {
    return {
      total: set.basisTotal,
      label: `${set.status === 'projected' ? 'projected ' : ''}${set.year} total in the same table`,
      sameSource: true,
      sources: set.sources,
      locator: set.locator,
    };
  }
  if (set.tier !== 'public-series') return null;
  const cutoff = asOfDate(set.asOf);
  const before = file.unhcrSeries.records
    .filter((r) => `${r.year}-12-31` <= cutoff)
    .sort((a, b) => b.year - a.year)[0];
  if (!before) return null;
  return {
    total: before.refugees,
    label: `UNHCR end-${before.year} refugee total`,
    sameSource: false,
    sources: file.unhcrSeries.sources,
    locator: `${file.unhcrSeries.locator}, end of ${before.year}`,
  };
}

/** total × percent / 100, rounded to whole people; `exact` when no rounding was needed. */
export function shareOf(total: number, percent: number): { people: number; exact: boolean } {
  // Scale the percent to an integer first, so 1,438,432 × 58.1% is not off by a float error.
  const decimals = Math.min((String(percent).split('.')[1] ?? '').length, 6);
  const factor = 10 ** decimals;
  const scaled = (total * Math.round(percent * factor)) / (100 * factor);
  return { people: Math.round(scaled), exact: Number.isInteger(scaled) };
}

export function formatComputation(total: number, percent: number): string {
  const { people, exact } = shareOf(total, percent);
  return `${formatNumber(total)} × ${formatNumber(percent, '%')} ${exact ? '=' : '≈'} ${formatNumber(people)}`;
}

/** One row per share as the source gives it, in the source's order, with "other" kept as its own row. */
export function selectProvinceView(file: RefugeesFile, tier: Tier): ProvinceView | null {
  const set = selectShareSet(file, tier);
  if (!set) return null;
  const basis = selectShareBasis(file, set);
  const rows: ProvinceRow[] = set.shares.map((s) => ({
    key: s.provinceId,
    name: s.name,
    percent: s.percent,
    people: basis ? shareOf(basis.total, s.percent).people : null,
    computation: basis ? formatComputation(basis.total, s.percent) : null,
    selectable: s.provinceId !== OTHER_ID,
    status: set.status,
    ...(s.note ? { note: s.note } : {}),
  }));
  // "Other / not specified" last, whatever its size: it is not a province to rank.
  rows.sort((a, b) => Number(a.key === OTHER_ID) - Number(b.key === OTHER_ID));
  return { set, basis, rows };
}

/**
 * When the province selected elsewhere (the map) has no row in this share set: its name, and
 * whether it may sit inside the "other / not specified" remainder. Null when there is nothing to say.
 */
export function selectMissingSelection(
  file: RefugeesFile,
  view: ProvinceView | null,
  province: string | null,
): { id: string; name: string; mayBeInOther: boolean } | null {
  if (!view || !province || !province.startsWith('PK-')) return null;
  if (view.rows.some((r) => r.key === province)) return null;
  const name =
    file.provinceShares.flatMap((s) => s.shares).find((s) => s.provinceId === province)?.name ??
    province;
  return { id: province, name, mayBeInOther: view.rows.some((r) => r.key === OTHER_ID) };
}

// ---------------------------------------------------------------- totals

export interface TotalsView {
  /** The documents' totals, latest first. */
  documents: RefugeeTotal[];
  /** UNHCR's end-of-year record for the year in focus; null when the series has none. */
  unhcr: UnhcrRecord | null;
  year: number;
}

/** A total the document does not date sorts after the dated ones. */
const yearRank = (t: RefugeeTotal) => t.year ?? Number.MIN_SAFE_INTEGER;
const documentTotals = (file: RefugeesFile) =>
  [...file.documentTotals].sort((a, b) => yearRank(b) - yearRank(a));

export function selectTotals(file: RefugeesFile, year: number): TotalsView {
  return {
    documents: documentTotals(file),
    unhcr: file.unhcrSeries.records.find((r) => r.year === year) ?? null,
    year,
  };
}

/**
 * The claims in a discrepancy that disagree with the documents' own totals (the 2.6 million of
 * Mumtaz et al.): the figures to flag beside the total, never to chart.
 */
export function selectConflictingClaims(
  file: RefugeesFile,
  discrepancy: Discrepancy | undefined,
): DiscrepancyClaim[] {
  if (!discrepancy) return [];
  const shown = new Set(file.documentTotals.map((t) => t.value));
  return discrepancy.claims.filter((c) => c.value === null || !shown.has(c.value));
}

// ---------------------------------------------------------------- UNHCR series

export const SERIES_KEYS = ['refugees', 'returned', 'asylumSeekers', 'othersOfConcern'] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];

export const SERIES_LABELS: Record<SeriesKey, string> = {
  refugees: 'Refugees (end of year)',
  returned: 'Returned during the year',
  asylumSeekers: 'Asylum seekers',
  othersOfConcern: 'Others of concern',
};

/** The UNHCR records inside the chosen years, oldest first. */
export function selectSeries(file: RefugeesFile, range: readonly [number, number]): UnhcrRecord[] {
  return file.unhcrSeries.records
    .filter((r) => r.year >= range[0] && r.year <= range[1])
    .sort((a, b) => a.year - b.year);
}

export function seriesSpan(file: RefugeesFile): { from: number; to: number } | null {
  const years = file.unhcrSeries.records.map((r) => r.year);
  if (years.length === 0) return null;
  return { from: Math.min(...years), to: Math.max(...years) };
}

// ---------------------------------------------------------------- flat tables for export

export const FLAT_COLUMNS = [
  { key: 'section', header: 'Section' },
  { key: 'item', header: 'Item' },
  { key: 'provinceId', header: 'Province id' },
  { key: 'period', header: 'Period' },
  { key: 'sharePercent', header: 'Share (%)' },
  { key: 'value', header: 'Value' },
  { key: 'unit', header: 'Unit' },
  { key: 'computation', header: 'Computation' },
  { key: 'status', header: 'Status' },
  { key: 'tier', header: 'Tier' },
  { key: 'source', header: 'Source' },
  { key: 'originalSource', header: 'Original source cited' },
  { key: 'note', header: 'Note' },
] as const;

type FlatRow = Record<(typeof FLAT_COLUMNS)[number]['key'], string | number | null>;

const blank: FlatRow = {
  section: null,
  item: null,
  provinceId: null,
  period: null,
  sharePercent: null,
  value: null,
  unit: null,
  computation: null,
  status: null,
  tier: null,
  source: null,
  originalSource: null,
  note: null,
};

function provinceFlatRows(view: ProvinceView, names: ShortName): FlatRow[] {
  const { set, basis } = view;
  const basisNote = basis
    ? `people = share × ${formatNumber(basis.total)} (${basis.label}${basis.sameSource ? '' : `; ${citationText(basis, names)}`})`
    : 'no total to multiply the shares by';
  return view.rows.map((r) => ({
    ...blank,
    section: 'Refugees by province',
    item: r.name,
    provinceId: r.selectable ? r.key : null,
    period: set.asOf,
    sharePercent: r.percent,
    value: r.people,
    unit: 'persons',
    computation: r.computation,
    status: r.status,
    tier: set.tier,
    source: citationText(set, names),
    note: r.key === OTHER_ID ? `not broken down by the source; ${basisNote}` : basisNote,
  }));
}

function documentTotalRows(
  file: RefugeesFile,
  totals: readonly RefugeeTotal[],
  names: ShortName,
): FlatRow[] {
  return totals.map((t) => ({
    ...blank,
    section: 'Total',
    item: 'Registered refugees (documents)',
    period: t.period,
    value: t.value,
    unit: file.unit,
    status: t.status,
    tier: 'document',
    source: citationText(t, names),
    originalSource: t.originalSource,
    note: t.quote ? `as worded: “${t.quote}”` : null,
  }));
}

function conflictRows(conflicting: readonly DiscrepancyClaim[], names: ShortName): FlatRow[] {
  return conflicting.map((c) => ({
    ...blank,
    section: 'Total',
    item: `Sources disagree: ${c.label}`,
    period: c.year == null ? 'no year given' : String(c.year),
    value: c.value,
    unit: c.unit,
    tier: 'document',
    source: citationText(c, names),
    note: c.quote
      ? `as worded: “${c.quote}”; flagged as a discrepancy`
      : 'flagged as a discrepancy',
  }));
}

function unhcrTotalRow(file: RefugeesFile, totals: TotalsView, names: ShortName): FlatRow {
  return {
    ...blank,
    section: 'Total',
    item: 'Refugees (UNHCR, end of year; different definition)',
    period: String(totals.year),
    value: totals.unhcr?.refugees ?? null,
    unit: file.unit,
    status: totals.unhcr ? file.unhcrSeries.status : null,
    tier: 'public-series',
    source: citationText(file.unhcrSeries, names),
    note: totals.unhcr ? null : 'no data for this year',
  };
}

function seriesFlatRows(
  file: RefugeesFile,
  records: readonly UnhcrRecord[],
  names: ShortName,
): FlatRow[] {
  const source = citationText(file.unhcrSeries, names);
  return records.flatMap((r) =>
    SERIES_KEYS.map((k) => ({
      ...blank,
      section: 'UNHCR yearly series',
      item: SERIES_LABELS[k],
      period: String(r.year),
      value: r[k],
      unit: file.unit,
      status: file.unhcrSeries.status,
      tier: 'public-series',
      source,
    })),
  );
}

function relatedFlatRows(file: RefugeesFile, names: ShortName): FlatRow[] {
  return file.related.map((f) => ({
    ...blank,
    section: 'Related figure',
    item: f.label,
    period: f.period,
    value: f.value,
    unit: f.unit,
    status: f.status,
    tier: 'document',
    source: citationText(f, names),
    originalSource: f.originalSource,
    note: f.quote ? `as worded: “${f.quote}”` : null,
  }));
}

export interface RefugeesFlatInput {
  file: RefugeesFile;
  tier: Tier;
  year: number;
  range: readonly [number, number];
  discrepancy: Discrepancy | undefined;
  names: ShortName;
}

/** Exactly what the table view shows for the current filters, as one flat table. */
export function selectVisibleFlat(input: RefugeesFlatInput): FlatTable {
  const { file, tier, year, range, discrepancy, names } = input;
  const view = selectProvinceView(file, tier);
  const conflicting = selectConflictingClaims(file, discrepancy);
  const totals = selectTotals(file, year);
  return {
    name: 'refugees-visible',
    columns: FLAT_COLUMNS,
    rows: [
      ...(view ? provinceFlatRows(view, names) : []),
      ...documentTotalRows(file, totals.documents, names),
      ...conflictRows(conflicting, names),
      unhcrTotalRow(file, totals, names),
      ...relatedFlatRows(file, names),
      ...seriesFlatRows(file, selectSeries(file, range), names),
    ],
  };
}

/** The whole dataset: both tiers' shares, every total, the whole UNHCR series, related figures. */
export function selectFullFlat(
  file: RefugeesFile,
  discrepancy: Discrepancy | undefined,
  names: ShortName,
): FlatTable {
  const tiers = [...new Set(file.provinceShares.map((s) => s.tier))];
  const provinces = tiers.flatMap((t) => {
    const view = selectProvinceView(file, t);
    return view ? provinceFlatRows(view, names) : [];
  });
  return {
    name: 'refugees-full',
    columns: FLAT_COLUMNS,
    rows: [
      ...provinces,
      ...documentTotalRows(file, documentTotals(file), names),
      ...conflictRows(selectConflictingClaims(file, discrepancy), names),
      ...relatedFlatRows(file, names),
      ...seriesFlatRows(file, selectSeries(file, [-Infinity, Infinity]), names),
    ],
  };
}
