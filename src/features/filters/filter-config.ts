/**
 * The dashboard's view state, declared once: one descriptor per filter (after excalidraw's
 * APP_STATE_STORAGE_CONF) gives its URL parameter and codec, its default, what a valid value is
 * (for deck-file errors), and its words for the chips and the slide summaries. The store, the URL
 * sync, the chips, the summaries and the deck validation all read FILTERS; adding a filter is one
 * descriptor here plus its control.
 */

import { THEMES, type Theme } from '@/data/schemas';

export { THEMES, type Theme };

export const THEME_LABELS: Record<Theme, string> = {
  security: 'Security',
  trade: 'Trade',
  refugees: 'Refugees',
  opinion: 'Opinion',
  connectivity: 'Connectivity',
  border: 'Border',
  diplomacy: 'Diplomacy',
};

export const PANELS = ['map', 'security', 'trade', 'refugees', 'opinion'] as const;
export type PanelId = (typeof PANELS)[number];

export const COUNTRIES = ['PK', 'AF'] as const;
export type Country = (typeof COUNTRIES)[number];
export const COUNTRY_NAMES: Record<Country, string> = { PK: 'Pakistan', AF: 'Afghanistan' };

export const TIERS = ['document', 'public-series'] as const;
export type Tier = (typeof TIERS)[number];
export const TIER_NAMES: Record<Tier, string> = {
  document: 'the documents',
  'public-series': 'UNHCR series',
};

/** What the trade panel shows: the bilateral trade figures, or the connectivity projects. */
export const TRADE_VIEWS = ['trade', 'connectivity'] as const;
export type TradeView = (typeof TRADE_VIEWS)[number];
const TRADE_VIEW_NAMES: Record<TradeView, string> = {
  trade: 'trade figures',
  connectivity: 'connectivity projects',
};

export type { ViewMode } from '@/lib/view-mode';

/** The earliest year anything on the dashboard refers to (the Durand Line, 1893) and the latest. */
export const YEAR_MIN = 1893;
export const YEAR_MAX = 2025;
/** The first year any dataset has a figure for (UNHCR's series starts in 1979); playing starts here. */
export const FIRST_FIGURE_YEAR = 1979;

export interface FilterState {
  /** The year in focus; highlighted in every panel. */
  year: number;
  /** The span of years shown in time series and the timeline, inclusive. */
  range: readonly [number, number];
  /** Active themes in canonical order; empty means every theme. */
  themes: readonly Theme[];
  /** ISO 3166-2 code of the selected province, e.g. `PK-KP`. */
  province: string | null;
  /** Id of the selected timeline event. */
  event: string | null;
  /** Which tier the refugee figures come from: the documents or UNHCR's public series. */
  tier: Tier;
  /** The opinion survey shown, by its year; null: the survey of the year in focus, if any. */
  survey: number | null;
  /** What the trade panel shows; null: what the themes call for (connectivity when chosen alone). */
  tradeView: TradeView | null;
  /** The UNHCR chart also draws asylum seekers and others of concern, beside refugees and returns. */
  allSeries: boolean;
  /** Panels switched to their table view (canonical order). */
  tables: readonly PanelId[];
  /** The panel in focus (briefing slides), if any. */
  focus: PanelId | null;
}

export type FilterKey = keyof FilterState;

/** People's names for the ids a view holds, where the data gives them. */
export interface FilterNames {
  panels?: Partial<Record<PanelId, string>>;
  provinces?: Readonly<Record<string, string>>;
  events?: Readonly<Record<string, string>>;
}

/** How one key is written to and read from the query string. `decode` returns undefined for anything it cannot read. */
export interface UrlCodec<T> {
  encode: (value: T) => string;
  decode: (raw: string) => T | undefined;
}

/** One active filter as a person sees it: its words, and the value it takes when cleared. */
export interface Chip<T> {
  label: string;
  cleared: T;
}

export interface FilterDescriptor<T> {
  /** The query-string parameter. */
  param: string;
  initial: T;
  codec: UrlCodec<T>;
  /** What a valid value is, in the words a deck-file error uses. */
  expected: string;
  /** The filter in words, for a slide summary ("Years 2000–2010"). */
  words: (value: T, view: FilterState, names: FilterNames) => string;
  /** The chips this value shows in the filter bar; none for the default, none for panel views. */
  chips: (value: T, view: FilterState, names: FilterNames) => Chip<T>[];
}

const YEAR_RE = /^\d{4}$/;
const parseYear = (raw: string): number | undefined => {
  if (!YEAR_RE.test(raw)) return undefined;
  const year = Number(raw);
  return year >= YEAR_MIN && year <= YEAR_MAX ? year : undefined;
};

const yearCodec: UrlCodec<number> = { encode: String, decode: parseYear };

const rangeCodec: UrlCodec<readonly [number, number]> = {
  encode: ([from, to]) => `${from}-${to}`,
  decode: (raw) => {
    const [a, b, ...rest] = raw.split('-');
    if (a === undefined || b === undefined || rest.length > 0) return undefined;
    const from = parseYear(a);
    const to = parseYear(b);
    return from !== undefined && to !== undefined && from <= to ? [from, to] : undefined;
  },
};

function enumCodec<T extends string>(values: readonly T[]): UrlCodec<T> {
  return {
    encode: (value) => value,
    decode: (raw) => values.find((v) => v === raw),
  };
}

/** A comma list of enum members, kept in the enum's own order with no repeats. */
function enumListCodec<T extends string>(values: readonly T[]): UrlCodec<readonly T[]> {
  return {
    encode: (list) => list.join(','),
    decode: (raw) => {
      const parts = raw.split(',').filter(Boolean);
      if (parts.some((p) => !values.includes(p as T))) return undefined;
      return values.filter((v) => parts.includes(v));
    },
  };
}

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
/** Ids of provinces and events: short, plain tokens. Whether the id exists is checked against the data. */
const idCodec: UrlCodec<string | null> = {
  encode: (value) => value ?? '',
  decode: (raw) => (ID_RE.test(raw) ? raw : undefined),
};

const nullableEnum = <T extends string>(values: readonly T[]): UrlCodec<T | null> => {
  const inner = enumCodec(values);
  return { encode: (v) => (v === null ? '' : inner.encode(v)), decode: inner.decode };
};

export const clampYear = (
  year: number,
  [from, to]: readonly [number, number] = [YEAR_MIN, YEAR_MAX],
) => Math.min(Math.max(Math.round(year), from), to);

/** One chip for a value other than `initial`, which clearing restores. */
const chipUnlessDefault =
  <T>(initial: T, label: (value: T, names: FilterNames) => string) =>
  (value: T, _view: FilterState, names: FilterNames): Chip<T>[] =>
    value === initial ? [] : [{ label: label(value, names), cleared: initial }];

const noChips = () => [];

const provinceName = (id: string, names: FilterNames) => names.provinces?.[id] ?? id;
const eventName = (id: string, names: FilterNames) => names.events?.[id] ?? id;
const panelName = (id: PanelId, names: FilterNames) => names.panels?.[id] ?? id;
const rangeWords = ([from, to]: readonly [number, number]) => `Years ${from}–${to}`;
const themesWords = (themes: readonly Theme[]) =>
  themes.length > 0 ? `Themes: ${themes.map((t) => THEME_LABELS[t]).join(', ')}` : 'All themes';

const DEFAULT_RANGE: readonly [number, number] = [YEAR_MIN, YEAR_MAX];
const DEFAULT_YEAR = 2024;

type Descriptors = { [K in FilterKey]: FilterDescriptor<FilterState[K]> };

/** Every filter, in the order the URL and the summaries list them. */
export const FILTERS: Descriptors = {
  year: {
    param: 'year',
    initial: DEFAULT_YEAR,
    codec: yearCodec,
    expected: `expected a year between ${YEAR_MIN} and ${YEAR_MAX}`,
    words: (year) => `Year ${year}`,
    // The default year is the one the range leaves it at: a narrowed range is its own chip.
    chips: (year, view) => {
      const initial = clampYear(DEFAULT_YEAR, view.range);
      return year === initial ? [] : [{ label: `Year ${year}`, cleared: initial }];
    },
  },
  range: {
    param: 'range',
    initial: DEFAULT_RANGE,
    codec: rangeCodec,
    expected: `expected [from, to]: two years between ${YEAR_MIN} and ${YEAR_MAX}, from not after to`,
    words: rangeWords,
    chips: (range) =>
      range[0] === DEFAULT_RANGE[0] && range[1] === DEFAULT_RANGE[1]
        ? []
        : [{ label: rangeWords(range), cleared: DEFAULT_RANGE }],
  },
  themes: {
    param: 'themes',
    initial: [],
    codec: enumListCodec(THEMES),
    expected: `expected a list of themes without repeats, each one of: ${THEMES.join(', ')}`,
    words: themesWords,
    // A chip per theme: clearing one leaves the others chosen.
    chips: (themes) =>
      themes.map((theme) => ({
        label: `Theme: ${THEME_LABELS[theme]}`,
        cleared: themes.filter((t) => t !== theme),
      })),
  },
  province: {
    param: 'province',
    initial: null,
    codec: idCodec,
    expected: 'expected null or a province id such as "PK-KP"',
    words: (id, _view, names) => (id ? `Province: ${provinceName(id, names)}` : 'No province'),
    chips: chipUnlessDefault<string | null>(
      null,
      (id, names) => `Province: ${provinceName(id ?? '', names)}`,
    ),
  },
  event: {
    param: 'event',
    initial: null,
    codec: idCodec,
    expected: 'expected null or an event id such as "paktika-airstrikes"',
    words: (id, _view, names) => (id ? `Event: ${eventName(id, names)}` : 'No event'),
    chips: chipUnlessDefault<string | null>(
      null,
      (id, names) => `Event: ${eventName(id ?? '', names)}`,
    ),
  },
  tier: {
    param: 'tier',
    initial: 'document',
    codec: enumCodec(TIERS),
    expected: `expected one of: ${TIERS.join(', ')}`,
    words: (tier) => `Refugee figures: ${TIER_NAMES[tier]}`,
    chips: chipUnlessDefault<Tier>('document', (tier) => `Refugee figures: ${TIER_NAMES[tier]}`),
  },
  survey: {
    param: 'survey',
    initial: null,
    codec: { encode: (y) => (y === null ? '' : String(y)), decode: parseYear },
    expected: 'expected null or the year of a survey in opinion.json, such as 2024',
    words: (y) => (y === null ? 'Opinion: the year’s survey' : `Opinion: the ${y} survey`),
    chips: chipUnlessDefault<number | null>(null, (y) => `Opinion: the ${y} survey`),
  },
  // Which panels show tables, the trade panel's view and the panel in focus shape the panels
  // rather than filter the figures: they are in the URL and the summaries, not chips.
  tradeView: {
    param: 'trade',
    initial: null,
    codec: nullableEnum(TRADE_VIEWS),
    expected: `expected null or one of: ${TRADE_VIEWS.join(', ')}`,
    words: (v) =>
      v === null ? 'Trade panel: as the themes call for' : `Trade panel: ${TRADE_VIEW_NAMES[v]}`,
    chips: noChips,
  },
  allSeries: {
    param: 'series',
    initial: false,
    codec: {
      encode: (all) => (all ? 'all' : ''),
      decode: (raw) => (raw === 'all' ? true : undefined),
    },
    expected: 'expected true (every UNHCR series) or false (refugees and returns)',
    words: (all) => (all ? 'UNHCR chart: every series' : 'UNHCR chart: refugees and returns'),
    chips: noChips,
  },
  tables: {
    param: 'tables',
    initial: [],
    codec: enumListCodec(PANELS),
    expected: `expected a list of panels without repeats, each one of: ${PANELS.join(', ')}`,
    words: (tables, view, names) => {
      const others = tables.filter((p) => p !== view.focus);
      return others.length > 0
        ? `As tables: ${others.map((p) => panelName(p, names)).join(', ')}`
        : 'Charts';
    },
    chips: noChips,
  },
  focus: {
    param: 'focus',
    initial: null,
    codec: nullableEnum(PANELS),
    expected: `expected null or one of: ${PANELS.join(', ')}`,
    words: (focus, view, names) =>
      focus
        ? `In focus: ${panelName(focus, names)} (${view.tables.includes(focus) ? 'table' : 'chart'})`
        : 'No panel in focus',
    chips: noChips,
  },
};

export const FILTER_KEYS = Object.keys(FILTERS) as FilterKey[];

/**
 * Filters the dashboard once had, by URL parameter (and deck-file key): an old link or deck that
 * sets one still opens, and a link is told that the parameter was ignored, and why.
 */
export const RETIRED_FILTERS: Readonly<Record<string, string>> = {
  country:
    'no longer a filter: it changed no figure (the panels are bilateral, about Afghans in Pakistan, or show both countries side by side)',
};

export const DEFAULT_FILTERS = Object.fromEntries(
  FILTER_KEYS.map((key) => [key, FILTERS[key].initial]),
) as unknown as FilterState;

/** Whether two values of one filter are the same (lists item by item). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => item === b[i]);
  }
  return a === b;
}

/** A view whose year lies inside its range: the range wins, as a link's `range` does. */
export function normaliseView(view: FilterState): FilterState {
  const year = clampYear(view.year, view.range);
  return year === view.year ? view : { ...view, year };
}

export function sameFilters(a: FilterState, b: FilterState): boolean {
  return FILTER_KEYS.every((key) => sameValue(a[key], b[key]));
}
