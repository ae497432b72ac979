import type { FlatTable } from '@/components/panel-data';
import type { GeoLayers, ProvinceFeature } from '@/data/geo';
import type { Place, ProvinceShareSet, Theme, TimelineEvent } from '@/data/schemas';
import { COUNTRY_NAMES, TIER_NAMES, type Tier } from '@/features/filters/filter-config';
import { formatNumber, NO_DATA } from '@/lib/format';

/*
 * Pure selectors for the border map: which refugee figure each province shows for the chosen tier
 * and year, its colour class, and which timeline events are drawn. No Leaflet here.
 */

export type CountryCode = 'PK' | 'AF';

/** What the map needs to know about a province (from the boundaries file). */
export interface ProvinceInfo {
  id: string;
  name: string;
  /** Display label, e.g. "Gilgit-Baltistan (Pakistan-administered)". */
  label: string;
  country: CountryCode;
  note?: string | undefined;
}

/** The countries' and tiers' names are the filter bar's (one place); re-exported for the map view. */
export { COUNTRY_NAMES, TIER_NAMES };

/**
 * `value`: the source gives a share; `no-data`: a Pakistani province the source does not give a
 * figure for (never drawn as 0); `not-applicable`: an Afghan province (the figures are refugees
 * hosted in Pakistan).
 */
export type ProvinceStatus = 'value' | 'no-data' | 'not-applicable';

/** Class bounds in %, lower bound included: chosen so both tiers' shares spread over the classes. */
export const CHOROPLETH_BREAKS = [0, 1, 5, 15, 30, 100] as const;
/** Sequential light-to-dark blues (ColorBrewer "Blues"), one hue: readable with colour-blindness. */
export const CHOROPLETH_COLOURS = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
export const NO_DATA_FILL = '#c8ccd2';
export const NOT_APPLICABLE_FILL = '#f6f4ef';

/** The class (0 = lightest) a share falls in, or null for a missing or invalid figure. */
export function classify(percent: number | null | undefined): number | null {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return null;
  if (percent < 0 || percent > 100) return null;
  const last = CHOROPLETH_COLOURS.length - 1;
  for (let i = 0; i < last; i++) {
    if (percent < (CHOROPLETH_BREAKS[i + 1] ?? 100)) return i;
  }
  return last;
}

/** "5% to under 15%"; the top class reads "30% or more", the bottom "under 1%". */
export function classLabel(index: number): string {
  const lo = CHOROPLETH_BREAKS[index];
  const hi = CHOROPLETH_BREAKS[index + 1];
  if (lo === undefined || hi === undefined) return '';
  if (index === 0) return `under ${formatNumber(hi, '%')}`;
  if (index === CHOROPLETH_COLOURS.length - 1) return `${formatNumber(lo, '%')} or more`;
  return `${formatNumber(lo, '%')} to under ${formatNumber(hi, '%')}`;
}

/** Compact form for the legend's colour ramp: "<1%", "1–5%", "≥30%". */
export function classShortLabel(index: number): string {
  const lo = CHOROPLETH_BREAKS[index];
  const hi = CHOROPLETH_BREAKS[index + 1];
  if (lo === undefined || hi === undefined) return '';
  if (index === 0) return `<${hi}%`;
  if (index === CHOROPLETH_COLOURS.length - 1) return `≥${lo}%`;
  return `${lo}–${hi}%`;
}

export interface ShareSetChoice {
  set: ProvinceShareSet | null;
  /** The set is for the selected year itself (not an earlier one). */
  exactYear: boolean;
  /** The earliest year the tier has province figures for, when none is at or before the year. */
  earliestYear: number | null;
}

/**
 * The tier's province shares for the year: that year's set, else the latest set before it (shown
 * with its own date), else none. Never a later set: a figure is not carried back in time.
 */
export function pickShareSet(
  sets: readonly ProvinceShareSet[],
  tier: Tier,
  year: number,
): ShareSetChoice {
  const ofTier = sets.filter((s) => s.tier === tier);
  let best: ProvinceShareSet | null = null;
  for (const s of ofTier) {
    if (s.year > year) continue;
    if (!best || s.year > best.year || (s.year === best.year && s.asOf > best.asOf)) best = s;
  }
  const earliest = ofTier.reduce<number | null>(
    (min, s) => (min === null || s.year < min ? s.year : min),
    null,
  );
  return {
    set: best,
    exactYear: best !== null && best.year === year,
    earliestYear: best ? null : earliest,
  };
}

export interface PeopleFigure {
  /** basisTotal × percent / 100, rounded to whole people; null without a basis total. */
  people: number | null;
  /** The computation as shown: "1,400,000 × 15% = 210,000". */
  computation: string | null;
}

export function peopleFromShare(basisTotal: number | null, percent: number): PeopleFigure {
  if (basisTotal === null) return { people: null, computation: null };
  const people = Math.round((basisTotal * percent) / 100);
  return {
    people,
    computation: `${formatNumber(basisTotal)} × ${formatNumber(percent, '%')} = ${formatNumber(people)}`,
  };
}

export interface ProvinceFigure extends ProvinceInfo, PeopleFigure {
  status: ProvinceStatus;
  percent: number | null;
  /** Choropleth class, null unless status is "value". */
  classIndex: number | null;
}

export interface OtherShare extends PeopleFigure {
  /** As the source names it, e.g. "Other / not specified". */
  name: string;
  percent: number;
}

/**
 * The provinces shaded by one share set: what the map draws. It depends on the set alone, so every
 * year the same set covers shares one shading, and the map restyles nothing when the year moves
 * within it.
 */
export interface Shading {
  projected: boolean;
  /** The part of the total the source does not assign to any province. */
  other: OtherShare | null;
  /** Pakistan first (largest share first, then no-data by name), then Afghanistan by name. */
  figures: ProvinceFigure[];
  byId: ReadonlyMap<string, ProvinceFigure>;
}

export interface Choropleth extends ShareSetChoice, Shading {
  tier: Tier;
  year: number;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

/** Every province's figure in one share set (none: no figures), with its class. */
export function shadeProvinces(
  provinces: readonly ProvinceInfo[],
  set: ProvinceShareSet | null,
): Shading {
  const shares = new Map((set?.shares ?? []).map((s) => [s.provinceId as string, s]));
  const basis = set?.basisTotal ?? null;

  const figures = provinces.map((p): ProvinceFigure => {
    if (p.country === 'AF') {
      return {
        ...p,
        status: 'not-applicable',
        percent: null,
        classIndex: null,
        people: null,
        computation: null,
      };
    }
    const share = shares.get(p.id);
    if (!share) {
      return {
        ...p,
        status: 'no-data',
        percent: null,
        classIndex: null,
        people: null,
        computation: null,
      };
    }
    return {
      ...p,
      status: 'value',
      percent: share.percent,
      classIndex: classify(share.percent),
      ...peopleFromShare(basis, share.percent),
    };
  });

  const rank = (f: ProvinceFigure) => (f.country === 'PK' ? (f.status === 'value' ? 0 : 1) : 2);
  figures.sort((a, b) => rank(a) - rank(b) || (b.percent ?? 0) - (a.percent ?? 0) || byName(a, b));

  const otherShare = set?.shares.find((s) => s.provinceId === 'other');
  return {
    projected: set?.status === 'projected',
    other: otherShare
      ? {
          name: otherShare.name,
          percent: otherShare.percent,
          ...peopleFromShare(basis, otherShare.percent),
        }
      : null,
    figures,
    byId: new Map(figures.map((f) => [f.id, f])),
  };
}

/** Every province's figure for the tier and year, with its class: the choropleth's model. */
export function buildChoropleth(
  provinces: readonly ProvinceInfo[],
  sets: readonly ProvinceShareSet[],
  tier: Tier,
  year: number,
): Choropleth {
  const choice = pickShareSet(sets, tier, year);
  return { ...choice, tier, year, ...shadeProvinces(provinces, choice.set) };
}

/** "60%", "no data", "not applicable": a province's share in words, never 0 for a missing one. */
export function shareText(f: Pick<ProvinceFigure, 'status' | 'percent'>): string {
  if (f.status === 'not-applicable') return 'not applicable';
  if (f.status === 'no-data') return NO_DATA;
  return formatNumber(f.percent, '%');
}

/** The people column: the computation when the source gives a total, otherwise why not. */
export function peopleText(f: Pick<ProvinceFigure, 'status' | 'computation'>): string {
  if (f.status === 'not-applicable') return 'not applicable';
  if (f.status === 'no-data') return NO_DATA;
  return f.computation ?? 'not computed: the source gives shares only, no total';
}

/** The map's words when the tier has no province figures for the year or before it. */
export function noSetNote(choropleth: Choropleth): string {
  const earliest = choropleth.earliestYear
    ? ` (the earliest are for ${choropleth.earliestYear})`
    : '';
  return `No province figures from ${TIER_NAMES[choropleth.tier]} for ${choropleth.year} or earlier${earliest}`;
}

/** The map's words when the figures shown are the latest before the year. */
export function earlierSetNote(choropleth: Choropleth): string {
  return `No province figures for ${choropleth.year}: showing the latest before it, as of ${asOfText(choropleth.set?.asOf ?? '')}.`;
}

/** "as of 28 February 2021" / "2024". */
export function asOfText(asOf: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return asOf;
  const date = new Date(`${asOf}T00:00:00Z`);
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** Pakistan's provinces (the ones with refugee figures) first, then Afghanistan's, each by name. */
export function inTabOrder(provinces: GeoLayers['provinces']): GeoLayers['provinces'] {
  const rank = (f: ProvinceFeature) => (f.properties.country === 'PK' ? 0 : 1);
  const features = [...provinces.features].sort(
    (a, b) => rank(a) - rank(b) || a.properties.name.localeCompare(b.properties.name, 'en'),
  );
  return { ...provinces, features };
}

// ---------------------------------------------------------------- events

export interface PlacedEvent {
  event: TimelineEvent;
  place: Place;
  /** Position among the events at the same place (in time order) and how many there are. */
  index: number;
  count: number;
}

/**
 * Events that name a place found in places.json, in time order, each with its position among the
 * events at that place (so markers at one place can fan out). Events without a place are left out.
 */
export function placeEvents(
  events: readonly TimelineEvent[],
  places: readonly Place[],
): PlacedEvent[] {
  const placeById = new Map(places.map((p) => [p.id, p]));
  const sorted = events
    .filter((e) => e.placeId !== null && placeById.has(e.placeId))
    .sort((a, b) => a.yearFrom - b.yearFrom || a.yearTo - b.yearTo || a.id.localeCompare(b.id));
  const counts = new Map<string, number>();
  for (const e of sorted) counts.set(e.placeId!, (counts.get(e.placeId!) ?? 0) + 1);
  const seen = new Map<string, number>();
  return sorted.map((event) => {
    const placeId = event.placeId!;
    const index = seen.get(placeId) ?? 0;
    seen.set(placeId, index + 1);
    return { event, place: placeById.get(placeId)!, index, count: counts.get(placeId) ?? 1 };
  });
}

/** An event shows when it overlaps the year range and shares a theme with the filter (none: all). */
export function eventMatches(
  event: Pick<TimelineEvent, 'yearFrom' | 'yearTo' | 'themes'>,
  range: readonly [number, number],
  themes: readonly Theme[],
): boolean {
  if (event.yearTo < range[0] || event.yearFrom > range[1]) return false;
  return themes.length === 0 || event.themes.some((t) => themes.includes(t));
}

/** The ids of the placed events the filters leave visible. */
export function visibleEventIds(
  placed: readonly PlacedEvent[],
  range: readonly [number, number],
  themes: readonly Theme[],
): ReadonlySet<string> {
  return new Set(placed.filter((p) => eventMatches(p.event, range, themes)).map((p) => p.event.id));
}

// ---------------------------------------------------------------- tables

export interface ProvinceRow {
  id: string;
  name: string;
  country: string;
  share: string;
  people: string;
  status: ProvinceStatus | 'other';
}

/** The table alternative to the map: every province, then the unassigned share. */
export function provinceRows(choropleth: Choropleth): ProvinceRow[] {
  const rows: ProvinceRow[] = choropleth.figures.map((f) => ({
    id: f.id,
    name: f.label,
    country: COUNTRY_NAMES[f.country],
    share: shareText(f),
    people: peopleText(f),
    status: f.status,
  }));
  const { other } = choropleth;
  if (other) {
    const lastPk = rows.findLastIndex((r) => r.country === COUNTRY_NAMES.PK);
    rows.splice(lastPk + 1, 0, {
      id: 'other',
      name: `${other.name} (not assigned to any province)`,
      country: COUNTRY_NAMES.PK,
      share: formatNumber(other.percent, '%'),
      people: other.computation ?? 'not computed: the source gives shares only, no total',
      status: 'other',
    });
  }
  return rows;
}

const TABLE_COLUMNS: FlatTable['columns'] = [
  { key: 'province_id', header: 'Province id (ISO 3166-2)' },
  { key: 'province', header: 'Province' },
  { key: 'country', header: 'Country' },
  { key: 'tier', header: 'Tier' },
  { key: 'share_percent', header: 'Share of registered refugees (%)' },
  { key: 'people', header: 'People (persons)' },
  { key: 'computation', header: 'Computation' },
  { key: 'figure', header: 'Figure (value / no-data / not-applicable)' },
  { key: 'set', header: 'Figures' },
  { key: 'as_of', header: 'As of' },
  { key: 'status', header: 'Status' },
  { key: 'sources', header: 'Sources' },
  { key: 'locator', header: 'Where in the source' },
];

const setColumns = (set: ProvinceShareSet | null) => ({
  set: set?.label ?? null,
  as_of: set?.asOf ?? null,
  status: set?.status ?? null,
  sources: set ? set.sources.join('; ') : null,
  locator: set?.locator ?? null,
});

/** What the map shows now, for CSV: one row per province and the unassigned share. */
export function visibleTable(choropleth: Choropleth): FlatTable {
  const { set } = choropleth;
  const meta = setColumns(set);
  const rows: Record<string, string | number | null>[] = choropleth.figures.map((f) => ({
    province_id: f.id,
    province: f.label,
    country: f.country,
    tier: choropleth.tier,
    share_percent: f.percent,
    people: f.people,
    computation: f.computation,
    figure: f.status,
    ...meta,
  }));
  if (choropleth.other) {
    rows.push({
      province_id: 'other',
      province: `${choropleth.other.name} (not assigned to any province)`,
      country: 'PK',
      tier: choropleth.tier,
      share_percent: choropleth.other.percent,
      people: choropleth.other.people,
      computation: choropleth.other.computation,
      figure: 'value',
      ...meta,
    });
  }
  return {
    name: `border-map-refugees-by-province-${choropleth.tier}-visible`,
    columns: TABLE_COLUMNS,
    rows,
  };
}

/** Every province with the shares of every set of both tiers, for CSV. */
export function fullTable(
  provinces: readonly ProvinceInfo[],
  sets: readonly ProvinceShareSet[],
): FlatTable {
  const rows: Record<string, string | number | null>[] = [];
  const ids: { id: string; label: string; country: string }[] = [
    ...provinces.map((p) => ({ id: p.id, label: p.label, country: p.country })),
    { id: 'other', label: 'Other / not specified (not assigned to any province)', country: 'PK' },
  ];
  for (const set of sets) {
    const shares = new Map(set.shares.map((s) => [s.provinceId as string, s]));
    for (const p of ids) {
      const share = shares.get(p.id);
      if (p.id === 'other' && !share) continue;
      const figure: ProvinceStatus =
        p.country === 'AF' ? 'not-applicable' : share ? 'value' : 'no-data';
      const people = share ? peopleFromShare(set.basisTotal, share.percent) : null;
      rows.push({
        province_id: p.id,
        province: p.label,
        country: p.country,
        tier: set.tier,
        share_percent: share?.percent ?? null,
        people: people?.people ?? null,
        computation: people?.computation ?? null,
        figure,
        ...setColumns(set),
      });
    }
  }
  return {
    name: 'border-map-refugees-by-province-full',
    columns: TABLE_COLUMNS,
    rows,
  };
}

// ---------------------------------------------------------------- place labels

export type LabelSide = 'right' | 'left' | 'below' | 'above';
const SIDES: readonly LabelSide[] = ['right', 'left', 'below', 'above'];

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** The marker's centre, in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Distance from the marker's centre to the label's near edge. */
  gap: number;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export function labelRect(l: LabelRequest, side: LabelSide): Rect {
  switch (side) {
    case 'right':
      return { x: l.x + l.gap, y: l.y - l.height / 2, width: l.width, height: l.height };
    case 'left':
      return { x: l.x - l.gap - l.width, y: l.y - l.height / 2, width: l.width, height: l.height };
    case 'below':
      return { x: l.x - l.width / 2, y: l.y + l.gap, width: l.width, height: l.height };
    case 'above':
      return { x: l.x - l.width / 2, y: l.y - l.gap - l.height, width: l.width, height: l.height };
  }
}

/**
 * Greedy label placement: each label, in order, takes the first side (right, left, below, above)
 * that overlaps no marker, no label placed before it and stays inside the view; a label with no
 * free side is hidden (null) rather than drawn over another.
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  obstacles: readonly Rect[],
  view: { width: number; height: number },
): Map<string, LabelSide | null> {
  const taken: Rect[] = [...obstacles];
  const out = new Map<string, LabelSide | null>();
  for (const l of labels) {
    let chosen: LabelSide | null = null;
    for (const side of SIDES) {
      const r = labelRect(l, side);
      const inside =
        r.x >= 0 && r.y >= 0 && r.x + r.width <= view.width && r.y + r.height <= view.height;
      if (inside && !taken.some((t) => overlaps(r, t))) {
        chosen = side;
        taken.push(r);
        break;
      }
    }
    out.set(l.id, chosen);
  }
  return out;
}
