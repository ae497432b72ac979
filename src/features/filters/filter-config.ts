/**
 * The dashboard's view state: its type, its defaults and, next to them, the one table that says
 * which keys live in the URL and how each is written (after excalidraw's APP_STATE_STORAGE_CONF).
 * Adding a filter is one entry in FILTER_URL_KEYS.
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
  country: Country | null;
  /** Id of the selected timeline event. */
  event: string | null;
  /** Which tier the refugee figures come from: the documents or UNHCR's public series. */
  tier: Tier;
  /** Panels switched to their table view (canonical order). */
  tables: readonly PanelId[];
  /** The panel in focus (briefing slides), if any. */
  focus: PanelId | null;
}

export const DEFAULT_FILTERS: FilterState = {
  year: 2024,
  range: [YEAR_MIN, YEAR_MAX],
  themes: [],
  province: null,
  country: null,
  event: null,
  tier: 'document',
  tables: [],
  focus: null,
};

/** How one key is written to and read from the query string. `decode` returns undefined for anything it cannot read. */
export interface UrlCodec<T> {
  encode: (value: T) => string;
  decode: (raw: string) => T | undefined;
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

type UrlTable = { [K in keyof FilterState]: { param: string; codec: UrlCodec<FilterState[K]> } };

/** Every key of the view state, with its query-string parameter and codec. */
export const FILTER_URL_KEYS: UrlTable = {
  year: { param: 'year', codec: yearCodec },
  range: { param: 'range', codec: rangeCodec },
  themes: { param: 'themes', codec: enumListCodec(THEMES) },
  province: { param: 'province', codec: idCodec },
  country: { param: 'country', codec: nullableEnum(COUNTRIES) },
  event: { param: 'event', codec: idCodec },
  tier: { param: 'tier', codec: enumCodec(TIERS) },
  tables: { param: 'tables', codec: enumListCodec(PANELS) },
  focus: { param: 'focus', codec: nullableEnum(PANELS) },
};
