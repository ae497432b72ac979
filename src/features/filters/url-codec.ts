import { DEFAULT_FILTERS, FILTER_URL_KEYS, type FilterState } from './filter-config';

type Key = keyof FilterState;
const KEYS = Object.keys(FILTER_URL_KEYS) as Key[];

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => item === b[i]);
  }
  return a === b;
}

export interface DecodeResult {
  state: FilterState;
  /** Parameters that were present but could not be read, so the UI can say what it ignored. */
  rejected: { param: string; value: string }[];
}

/**
 * Reads a query string into a complete view state. Never throws: a missing, unknown or malformed
 * parameter leaves that key at its default and is reported in `rejected`.
 */
export function decodeFilters(search: string): DecodeResult {
  const params = new URLSearchParams(search);
  const state: Record<string, unknown> = { ...DEFAULT_FILTERS };
  const rejected: DecodeResult['rejected'] = [];
  for (const key of KEYS) {
    const { param, codec } = FILTER_URL_KEYS[key];
    const raw = params.get(param);
    if (raw === null) continue;
    const value = (codec.decode as (raw: string) => unknown)(raw);
    if (value === undefined) rejected.push({ param, value: raw });
    else state[key] = value;
  }
  const result = state as unknown as FilterState;
  if (result.year < result.range[0] || result.year > result.range[1]) {
    rejected.push({ param: 'year', value: String(result.year) });
    result.year = Math.min(Math.max(DEFAULT_FILTERS.year, result.range[0]), result.range[1]);
  }
  return { state: result, rejected };
}

/** Writes a view state as a query string (with a leading `?`, or '' for the default view), keys in table order. */
export function encodeFilters(state: FilterState): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = state[key];
    if (sameValue(value, DEFAULT_FILTERS[key])) continue;
    const { param, codec } = FILTER_URL_KEYS[key];
    params.set(param, (codec.encode as (v: unknown) => string)(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function sameFilters(a: FilterState, b: FilterState): boolean {
  return KEYS.every((key) => sameValue(a[key], b[key]));
}
