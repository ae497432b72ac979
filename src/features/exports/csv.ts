import Papa from 'papaparse';
import type { FlatTable } from '@/components/panel-data';

/**
 * Strings a spreadsheet would run as a formula (`=…`, `+…`, `-…`, `@…`) are prefixed with `'`,
 * but signed figures such as "+1,050" or "-1.4%" are left as they are.
 */
const FORMULA_RE = /^[=+\-@\t\r](?![\d.,]+%?$)/;

/**
 * A panel's table as CSV: a header row of the columns' headers, then one row per record, in the
 * table's order. A missing figure (null) is an empty cell — never 0, and never a word that would
 * turn a numeric column into text; the table's status column says why a figure is absent. The
 * file starts with a byte-order mark so spreadsheet programs read it as UTF-8 ("–", "’").
 */
export function tableToCsv(table: FlatTable): string {
  const fields = table.columns.map((c) => c.header);
  const data = table.rows.map((row) => table.columns.map((c) => row[c.key] ?? ''));
  return `\uFEFF${Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_RE, newline: '\r\n' })}`;
}

export function csvBlob(table: FlatTable): Blob {
  return new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' });
}
