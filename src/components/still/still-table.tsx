import { PALETTE } from '@/lib/chart-theme';
import { formatNumber, NO_DATA } from '@/lib/format';
import { textWidth, wrapText } from '@/lib/measure-text';
import type { FlatTable } from '../panel-data';

const FONT = 11;
const LINE = 14;
const PAD_X = 6;
const PAD_Y = 5;
/** A column is never narrower than this; no cell's natural width counts beyond MAX_NATURAL. */
const MIN_COLUMN = 36;
const MAX_NATURAL = 320;
/** A word wider than this (a link) may be broken; any other word keeps its column wide enough. */
const MAX_WORD = 150;
/** A cell this long that repeats the one above it is drawn as AS_ABOVE. */
const REPEAT_MIN = 16;
const AS_ABOVE = '(as above)';

/**
 * A cell as the page's tables write it: figures with thousands separators, years (a column whose
 * key names a year) as they are; an empty cell "no data" in a column of figures, else blank.
 */
const cellText = (value: string | number | null | undefined, key: string, figures: boolean) =>
  value === null || value === undefined || value === ''
    ? figures
      ? NO_DATA
      : ''
    : typeof value === 'number' && !/year/i.test(key)
      ? formatNumber(value)
      : String(value);

const widestWord = (text: string, weight: 400 | 700) =>
  Math.max(0, ...text.split(/\s+/).map((w) => Math.min(textWidth(w, FONT, weight), MAX_WORD)));

/**
 * Each column's width: at least its widest word (so words break only past MAX_WORD), and what
 * `width` leaves shared by how much more each would take to hold its cells on one line. A table
 * whose words alone need more than `width` is drawn wider.
 */
function columnWidths(header: readonly string[], cells: readonly string[][], width: number) {
  const least = header.map(
    (h, c) =>
      Math.max(MIN_COLUMN, widestWord(h, 700), ...cells.map((row) => widestWord(row[c]!, 400))) +
      2 * PAD_X,
  );
  const natural = header.map((_, c) =>
    Math.max(
      least[c]!,
      Math.min(MAX_NATURAL, Math.max(0, ...cells.map((row) => textWidth(row[c]!, FONT)))) +
        2 * PAD_X,
    ),
  );
  const sum = (list: readonly number[]) => list.reduce((a, b) => a + b, 0);
  const total = Math.max(width, sum(least));
  if (sum(natural) <= total) return natural.map((w) => (w / sum(natural)) * total);
  const wants = natural.map((w, c) => w - least[c]!);
  return least.map((w, c) => w + ((total - sum(least)) * wants[c]!) / sum(wants));
}

/**
 * A table drawn in SVG for a still: every column and every row of `table`, each cell's text
 * wrapped inside its column, nothing cut; a long cell repeating the one above reads "(as above)".
 */
export function StillTable({ table, width }: { table: FlatTable; width: number }) {
  const { columns, rows } = table;
  const figures = columns.map((c) => rows.some((r) => typeof r[c.key] === 'number'));
  const texts = rows.map((r) => columns.map((c, i) => cellText(r[c.key], c.key, figures[i]!)));
  const widths = columnWidths(
    columns.map((c) => c.header),
    texts,
    width,
  );
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  const xs = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));

  const wrapRow = (cells: string[], weight: 400 | 700) =>
    cells.map((text, i) => wrapText(text, widths[i]! - 2 * PAD_X, FONT, weight));
  const header = wrapRow(
    columns.map((c) => c.header),
    700,
  );
  // A long cell that repeats the one above it (a source cited for a whole series) says so.
  const body = texts.map((cells, i) =>
    wrapRow(
      cells.map((text, c) =>
        i > 0 && text.length >= REPEAT_MIN && text === texts[i - 1]![c] ? AS_ABOVE : text,
      ),
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
    <svg width={tableWidth} height={y} viewBox={`0 0 ${tableWidth} ${y}`} data-still="table">
      {drawn.map(({ cells, top, height, index }) => (
        <g key={index} transform={`translate(0 ${top})`}>
          {index === 0 ? (
            <rect width={tableWidth} height={height} fill="#eef1f5" />
          ) : index % 2 === 0 ? (
            <rect width={tableWidth} height={height} fill="#f7f8fa" />
          ) : null}
          <line x1={0} x2={tableWidth} y1={height} y2={height} stroke={PALETTE.grid} />
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
