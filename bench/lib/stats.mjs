// Small statistics helpers. Percentiles use the nearest-rank method (no interpolation), so p95 is
// always a value that was actually observed.

export function sorted(values) {
  return values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
}

/** Nearest-rank percentile (p in 0..100) of the finite numbers in `values`; null when empty. */
export function percentile(values, p) {
  const s = sorted(values);
  if (s.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[Math.min(rank, s.length) - 1];
}

/** Median (mean of the two middle values for an even count); null when empty. */
export function median(values) {
  const s = sorted(values);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** { n, median, p95, min, max, mean } of the finite numbers in `values` (nulls when empty). */
export function summarize(values) {
  const s = sorted(values);
  if (s.length === 0) return { n: 0, median: null, p95: null, min: null, max: null, mean: null };
  return {
    n: s.length,
    median: median(s),
    p95: percentile(s, 95),
    min: s[0],
    max: s[s.length - 1],
    mean: s.reduce((a, b) => a + b, 0) / s.length,
  };
}

/** Rounds every number in a (JSON-like) value to `digits` decimals, for compact JSON output. */
export function roundDeep(value, digits = 2) {
  const f = 10 ** digits;
  if (typeof value === 'number') return Number.isFinite(value) ? Math.round(value * f) / f : value;
  if (Array.isArray(value)) return value.map((v) => roundDeep(v, digits));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundDeep(v, digits)]));
  }
  return value;
}
