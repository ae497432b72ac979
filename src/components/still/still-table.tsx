import { PALETTE } from '@/lib/chart-theme';
import { formatNumber, NO_DATA } from '@/lib/format';
import { textWidth, wrapText } from '@/lib/measure-text';
import type { FlatTable } from '../panel-data';

const FONT = 11;
const LINE = 14;
const PAD_X = 6;
const PAD_Y = 5;
/** A column is never narrower than this, nor (before sharing out what is left) wider. */
const MIN_COLUMN = 48;
const MAX_NATURAL = 320;

/**
 * A cell as the page's tables write it: "no data" for a missing figure, figures with thousands
 * separators, years (a column whose key names a year) as they are.
 */
const cellText = (value: string | number | null | undefined, key: string) =>
  value === null || value === undefined || value === ''
    ? NO_DATA
    : typeof value === 'number' && !/year/i.test(key)
      ? formatNumber(value)
      : String(value);

/**
 * A table drawn in SVG for a still: every column and every row of `table`, each cell's text
 * wrapped inside its column, nothing cut. Columns get their natural width (the longest word of
 * the header, the longest cell up to a cap) and share the rest of `width` by how much they hold.
 */
export function StillTable({ table, width }: { table: FlatTable; width: number }) {
  const { columns, rows } = table;
  const natural = columns.map((c) => {
    const longestWord = Math.max(...c.header.split(/\s+/).map((w) => textWidth(w, FONT, 700)));
    const longestCell = Math.max(0, ...rows.map((r) => textWidth(cellText(r[c.key], c.key), FONT)));
    return Math.max(MIN_COLUMN, longestWord, Math.min(longestCell, MAX_NATURAL)) + 2 * PAD_X;
  });
  const total = natural.reduce((a, b) => a + b, 0);
  const widths = natural.map((w) => (w / total) * width);
  const xs = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));

  const wrapRow = (cells: string[], weight: 400 | 700) =>
    cells.map((text, i) => wrapText(text, widths[i]! - 2 * PAD_X, FONT, weight));
  const header = wrapRow(
    columns.map((c) => c.header),
    700,
  );
  const body = rows.map((r) =>
    wrapRow(
      columns.map((c) => cellText(r[c.key], c.key)),
      400,
    ),
  );
  const heightOf = (cells: string[][]) =>
    Math.max(...cells.map((l) => l.length)) * LINE + 2 * PAD_Y;

  let y = 0;
  const drawn = [header, ...body].map((cells, index) => {
    const top = y;
    const height = heightOf(cells);
    y += height;
    return { cells, top, height, index };
  });

  return (
    <svg width={width} height={y} viewBox={`0 0 ${width} ${y}`} data-still="table">
      {drawn.map(({ cells, top, height, index }) => (
        <g key={index} transform={`translate(0 ${top})`}>
          {index === 0 ? (
            <rect width={width} height={height} fill="#eef1f5" />
          ) : index % 2 === 0 ? (
            <rect width={width} height={height} fill="#f7f8fa" />
          ) : null}
          <line x1={0} x2={width} y1={height} y2={height} stroke={PALETTE.grid} />
          {cells.map((lines, i) => (
            <text
              key={columns[i]!.key}
              fontSize={FONT}
              fill={PALETTE.ink}
              fontWeight={index === 0 ? 700 : 400}
            >
              {lines.map((line, l) => (
                <tspan key={l} x={xs[i]! + PAD_X} y={PAD_Y + (l + 1) * LINE - 3}>
                  {line}
                </tspan>
              ))}
            </text>
          ))}
        </g>
      ))}
    </svg>
  );
}
