import {
  SECURITY_CATEGORIES,
  type SecurityCategory,
  type SecurityIncidentsFile,
  type SecurityRecord,
  type Status,
} from '@/data/schemas';
import { yearRows, type YearRow } from '@/lib/year-rows';

export type SecurityRow = YearRow<SecurityRecord>;

/** One row per year of the dataset's coverage; a year without a record is a gap, never a zero. */
export function selectSecurityRows(
  file: SecurityIncidentsFile,
  range: readonly [number, number],
): SecurityRow[] {
  return yearRows(file, range);
}

/** Every year of the coverage, whatever the filters: the whole dataset, gaps included. */
export function selectAllSecurityRows(file: SecurityIncidentsFile): SecurityRow[] {
  return yearRows(file);
}

/** The data keys the chart stacks, in stacking order (bottom first). */
export const SECURITY_SERIES = ['totalOnly', ...SECURITY_CATEGORIES] as const;
export type SecuritySeries = (typeof SECURITY_SERIES)[number];

/**
 * One bar per year. A year the source gives only as a total is one bar (`totalOnly`); a year
 * with a breakdown is a stack of its categories, which sum to the total. A gap has every value
 * null, so nothing is drawn and the chart marks it "no data".
 */
export interface SecurityBar extends Record<SecuritySeries, number | null> {
  /** The year as text: the chart's category key. */
  label: string;
  year: number;
  status: Status | 'gap';
  /** The whole bar's height (the reported total); null for a gap. */
  top: number | null;
}

export function selectSecurityBars(rows: readonly SecurityRow[]): SecurityBar[] {
  return rows.map((row) => {
    const empty = {
      label: String(row.year),
      year: row.year,
      totalOnly: null,
      crossBorderAttacks: null,
      militantActivities: null,
      counterTerrorismOperations: null,
    };
    if (row.kind === 'gap') return { ...empty, status: 'gap', top: null };
    const parts = row.breakdown ?? { totalOnly: row.total };
    return { ...empty, ...parts, status: row.status, top: row.total };
  });
}

/** Years whose breakdown does not add up to their total (should be none: the audit checks too). */
export function breakdownMismatches(rows: readonly SecurityRow[]): number[] {
  return rows.flatMap((r) => {
    if (r.kind === 'gap' || r.breakdown === null) return [];
    const parts = r.breakdown;
    const sum = SECURITY_CATEGORIES.reduce((acc, c) => acc + parts[c], 0);
    return sum === r.total ? [] : [r.year];
  });
}

export function categoryLabel(file: SecurityIncidentsFile, id: SecurityCategory): string {
  return file.categories.find((c) => c.id === id)?.label ?? id;
}
