import type { ReactNode } from 'react';
import { formatNumber, NO_DATA } from '@/lib/format';
import type { CellValue, Column } from './columns';

export type { Column } from './columns';

/** A value on screen: a number formatted, no figure as "no data" (styled as such). */
function showValue(value: CellValue): ReactNode {
  if (value === null) return <span className="no-data">{NO_DATA}</span>;
  return typeof value === 'number' ? formatNumber(value) : value;
}

interface DataTableProps<Row> {
  caption: ReactNode;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Rows to mark as selected (highlighted, `aria-selected`-like data attribute). */
  isSelected?: (row: Row) => boolean;
  /** Shown instead of an empty table. */
  empty?: ReactNode;
}

/** The exact figures behind a chart: a plain, scrollable, captioned table. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  isSelected,
  empty = 'No figures for this selection.',
}: DataTableProps<Row>) {
  if (rows.length === 0) return <p className="no-data">{empty}</p>;
  const shown = columns.filter((c) => !c.csvOnly);
  return (
    <div
      className="table-wrap"
      // A table wider than its panel scrolls: focusable, so the keyboard can scroll it too.
      // eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex
      tabIndex={0}
      role="group"
      aria-label={typeof caption === 'string' ? caption : undefined}
    >
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {shown.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} data-selected={isSelected?.(row) ? 'true' : undefined}>
              {shown.map((c) => (
                <td key={c.key} className={c.numeric ? 'num' : undefined}>
                  {c.cell ? c.cell(row) : showValue(c.value?.(row) ?? null)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "observed" / "projected", in words and in style, never by colour alone. */
export function StatusBadge({ status }: { status: 'observed' | 'projected' }) {
  return <span className={`status status--${status}`}>{status}</span>;
}
