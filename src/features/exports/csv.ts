import Papa from 'papaparse';
import type { FlatTable } from '@/components/panel-data';
import type { StillStamp } from '@/components/still/compose';

/**
 * Strings a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`) are prefixed with `'`,
 * but signed figures such as "+1,050" or "-1.4%" are left as they are.
 */
const FORMULA_RE = /^[=+\-@\t\r](?![\d.,]+%?$)/;

/** The columns every exported row ends with: the link of the view it was exported from, the date. */
export const STAMP_HEADERS = ['Exported from (link)', 'Exported'] as const;

/**
 * A panel's table as CSV: a header row of the columns' headers, then one row per record, in the
 * table's order, each ending with the view's link and the export's date (as each carries its
 * unit, so a row keeps them when it is copied, sorted or filtered). A missing figure (null) is an
 * empty cell — never 0, and never a word that would turn a numeric column into text; the table's
 * status column says why a figure is absent. The file starts with a byte-order mark so
 * spreadsheet programs read it as UTF-8 ("–", "’").
 */
export function tableToCsv(table: FlatTable, stamp: StillStamp): string {
  const fields = [...table.columns.map((c) => c.header), ...STAMP_HEADERS];
  const data = table.rows.map((row) => [
    ...table.columns.map((c) => row[c.key] ?? ''),
    stamp.link,
    stamp.date,
  ]);
  return `\uFEFF${Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_RE, newline: '\r\n' })}`;
}

export function csvBlob(table: FlatTable, stamp: StillStamp): Blob {
  return new Blob([tableToCsv(table, stamp)], { type: 'text/csv;charset=utf-8' });
}
