/** A year of a yearly series: the source's record, or a gap (never a zero) where it has none. */
export type YearRow<R extends { year: number }> =
  ({ kind: 'figure' } & R) | { kind: 'gap'; year: number };

/** A dataset of yearly records over the years it covers. */
export interface YearlyFile<R extends { year: number }> {
  coverage: { from: number; to: number };
  records: readonly R[];
}

/**
 * One row per year of the file's coverage inside `range`, in order: the record for that year, or
 * a gap. Pass the coverage itself as the range for the whole dataset.
 */
export function yearRows<R extends { year: number }>(
  file: YearlyFile<R>,
  range: readonly [number, number] = [file.coverage.from, file.coverage.to],
): YearRow<R>[] {
  const rows: YearRow<R>[] = [];
  const from = Math.max(file.coverage.from, range[0]);
  const to = Math.min(file.coverage.to, range[1]);
  for (let year = from; year <= to; year++) {
    const record = file.records.find((r) => r.year === year);
    rows.push(record ? { kind: 'figure', ...record } : { kind: 'gap', year });
  }
  return rows;
}

/**
 * What a yearly panel says when the year in focus has no figure in it, so another year's figures
 * never pass for that year's; null when the year has one. `what` names the figures ("incident
 * figures").
 */
export function missingYearNote<R extends { year: number }>(
  file: YearlyFile<R>,
  year: number,
  what: string,
): string | null {
  if (file.records.some((r) => r.year === year)) return null;
  const { from, to } = file.coverage;
  return year >= from && year <= to
    ? `No ${what} for ${year}: the source gives none (a gap, not a zero).`
    : `No ${what} for ${year}: they cover ${from}–${to}. No year is in focus here.`;
}

/** What a yearly panel says when none of the years chosen is in the file's coverage. */
export function emptyRangeNote<R extends { year: number }>(
  file: YearlyFile<R>,
  what: string,
): string {
  return `No ${what} in the years chosen (the documents cover ${file.coverage.from}–${file.coverage.to}).`;
}

/**
 * A yearly still's subtitle: what it counts, the years drawn, and the year in focus when the
 * figures reach it (otherwise its note says there is none).
 */
export function yearlySubtitle<R extends { year: number }>(
  file: YearlyFile<R>,
  what: string,
  rows: readonly { year: number }[],
  year: number,
): string {
  const years = rows.length > 0 ? `, ${rows[0]!.year}–${rows.at(-1)!.year}` : '';
  const covered = year >= file.coverage.from && year <= file.coverage.to;
  return `${what}${years}${covered ? `; year in focus ${year}` : ''}`;
}
