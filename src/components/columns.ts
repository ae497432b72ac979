import type { ReactNode } from 'react';
import type { FlatTable } from './panel-data';

/** A figure as the CSV writes it: text or a number; null where there is none (never 0). */
export type CellValue = string | number | null;

interface ColumnBase {
  key: string;
  header: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** A column of the CSV alone (ids, notes the screen gives in words elsewhere). */
  csvOnly?: boolean;
}

/**
 * One column of a table, declared once for the screen and the CSV export: the same header, the
 * same figure. The screen shows `value` (numbers formatted, null as "no data") unless `cell`
 * says otherwise (a badge, a link, a button).
 */
export interface ExportColumn<Row> extends ColumnBase {
  value: (row: Row) => CellValue;
  cell?: (row: Row) => ReactNode;
}

/** A column of a table on screen; with a `value`, the CSV export's column too. */
export type Column<Row> =
  ExportColumn<Row> | (ColumnBase & { value?: undefined; cell: (row: Row) => ReactNode });

/** The rows for CSV export, from the columns the screen table shows (and the CSV's own). */
export function flatTable<Row>(
  name: string,
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
): FlatTable {
  return {
    name,
    columns: columns.map(({ key, header }) => ({ key, header })),
    rows: rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, c.value(row)]))),
  };
}
