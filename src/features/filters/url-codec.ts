import {
  DEFAULT_FILTERS,
  FILTER_KEYS,
  FILTERS,
  type FilterState,
  normaliseView,
  RETIRED_FILTERS,
  sameValue,
} from './filter-config';

/** What a link said that the dashboard could not take as it stood, for the notice. */
export interface UrlIssue {
  param: string;
  value: string;
  /** Why it was not used, in words; absent for a value that cannot be read. */
  reason?: string;
}

export interface DecodeResult {
  state: FilterState;
  issues: UrlIssue[];
}

const OWN_PARAMS = new Set([
  ...FILTER_KEYS.map((key) => FILTERS[key].param),
  ...Object.keys(RETIRED_FILTERS),
]);

/**
 * Reads a query string into a complete view state. Never throws: a missing or malformed
 * parameter leaves that key at its default and is reported; a repeated one is read from its
 * first value and reported with the value used; a retired filter's parameter is reported as
 * ignored (and dropped from the address). Parameters the dashboard does not own are not its
 * business: they are neither read nor reported (the URL sync keeps them).
 */
export function decodeFilters(search: string): DecodeResult {
  const params = new URLSearchParams(search);
  const state: Record<string, unknown> = { ...DEFAULT_FILTERS };
  const issues: UrlIssue[] = [];
  for (const key of FILTER_KEYS) {
    const { param, codec } = FILTERS[key];
    const all = params.getAll(param);
    const raw = all[0];
    if (raw === undefined) continue;
    const value = (codec.decode as (raw: string) => unknown)(raw);
    if (value === undefined) issues.push({ param, value: raw });
    else state[key] = value;
    if (all.length > 1) {
      issues.push({
        param,
        value: all.slice(1).join(', '),
        reason: `given ${all.length} times; the first, ${raw}, was ${value === undefined ? 'unreadable' : 'used'}`,
      });
    }
  }
  for (const [param, reason] of Object.entries(RETIRED_FILTERS)) {
    const all = params.getAll(param);
    if (all.length > 0) issues.push({ param, value: all.join(', '), reason: `ignored: ${reason}` });
  }
  const read = state as unknown as FilterState;
  const result = normaliseView(read);
  if (result.year !== read.year) {
    issues.push({
      param: 'year',
      value: String(read.year),
      reason: `outside the years shown, ${read.range[0]}–${read.range[1]}; showing ${result.year}`,
    });
  }
  return { state: result, issues };
}

/** The view's own parameters, in table order, each left out where it equals its default. */
function filterParams(state: FilterState): [string, string][] {
  return FILTER_KEYS.filter((key) => !sameValue(state[key], DEFAULT_FILTERS[key])).map((key) => {
    const { param, codec } = FILTERS[key];
    return [param, (codec.encode as (v: unknown) => string)(state[key])];
  });
}

/**
 * Writes a view state as a query string (with a leading `?`, or '' when there is nothing to
 * write). `keep` is the query string being replaced: its parameters that the dashboard does not
 * own (a campaign tag, say) are kept, in their place, after the view's own.
 */
export function encodeFilters(state: FilterState, keep = ''): string {
  const params = new URLSearchParams(filterParams(state));
  for (const [name, value] of new URLSearchParams(keep)) {
    if (!OWN_PARAMS.has(name)) params.append(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
