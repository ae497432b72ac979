import type { SecurityIncidentsFile, SecurityRecord } from '@/data/schemas';

export type SecurityRow = ({ kind: 'figure' } & SecurityRecord) | { kind: 'gap'; year: number };

/** One row per year of the dataset's coverage; a year without a record is a gap, never a zero. */
export function selectSecurityRows(
  file: SecurityIncidentsFile,
  range: readonly [number, number],
): SecurityRow[] {
  const rows: SecurityRow[] = [];
  const from = Math.max(file.coverage.from, range[0]);
  const to = Math.min(file.coverage.to, range[1]);
  for (let year = from; year <= to; year++) {
    const record = file.records.find((r) => r.year === year);
    rows.push(record ? { kind: 'figure', ...record } : { kind: 'gap', year });
  }
  return rows;
}
