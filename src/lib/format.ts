/** Shown wherever a figure is missing, so an absent value never reads as zero. */
export const NO_DATA = 'no data';

/** U+2212 MINUS SIGN: typographically correct, and read as "minus" by screen readers. */
const MINUS = '\u2212';

export interface FormatOptions {
  /** Most digits after the decimal point (default 3, Intl's default). */
  maximumFractionDigits?: number;
  /** Fewest digits after the decimal point (default 0). */
  minimumFractionDigits?: number;
}

type SignDisplay = 'negative' | 'exceptZero';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(signDisplay: SignDisplay, options: FormatOptions): Intl.NumberFormat {
  const max = options.maximumFractionDigits ?? 3;
  const min = Math.min(options.minimumFractionDigits ?? 0, max);
  const key = `${signDisplay}|${min}|${max}`;
  let nf = formatters.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat('en-GB', {
      useGrouping: true,
      signDisplay,
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    formatters.set(key, nf);
  }
  return nf;
}

function withUnit(text: string, unit: string | undefined): string {
  if (!unit) return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

function format(
  value: number | null | undefined,
  unit: string | undefined,
  options: FormatOptions,
  signDisplay: SignDisplay,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA;
  // 'negative' / 'exceptZero' never print a sign on zero, including -0 and values rounding to 0.
  const text = formatter(signDisplay, options).format(value).replace('-', MINUS);
  return withUnit(text, unit);
}

/**
 * A figure for display: en-GB digit grouping ("1,400,000"), a real minus sign ("−1,050") and an
 * optional unit ("12.5%", "3,200 t"). `null`, `undefined`, NaN and ±Infinity give "no data".
 */
export function formatNumber(
  value: number | null | undefined,
  unit?: string,
  options: FormatOptions = {},
): string {
  return format(value, unit, options, 'negative');
}

/**
 * A change or balance with an explicit sign: "+1,050", "−1,050", "0" (zero is unsigned).
 * `null`, `undefined`, NaN and ±Infinity give "no data".
 */
export function formatSigned(
  value: number | null | undefined,
  unit?: string,
  options: FormatOptions = {},
): string {
  return format(value, unit, options, 'exceptZero');
}

/** A count with its noun: "1 slide", "3 slides". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${formatNumber(count)} ${count === 1 ? noun : nouns}`;
}
