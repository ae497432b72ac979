import type { ReactNode } from 'react';
import { PALETTE } from '@/lib/chart-theme';
import { textWidth } from '@/lib/measure-text';

const FONT = 12;
const ROW = 20;
const GAP = 16;

export interface KeyEntry {
  key: string;
  label: string;
  /** The swatch, drawn in a box `swatchWidth` × 14 px from the entry's top left corner. */
  swatch: ReactNode;
  swatchWidth: number;
}

/**
 * A chart's key drawn in SVG, for a still: each entry's own swatch and its label, in rows that
 * wrap at `width` (the page's `.legend` wraps the same entries as HTML).
 */
export function StillKey({
  entries,
  width,
  defs,
}: {
  entries: readonly KeyEntry[];
  width: number;
  defs?: ReactNode;
}) {
  const { placed, height } = layOut(entries, width);
  if (placed.length === 0) return null;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} data-still="legend">
      {defs ? <defs>{defs}</defs> : null}
      {placed.map(({ entry, x: left, y: top }) => (
        <g key={entry.key} transform={`translate(${left} ${top + 3})`}>
          {entry.swatch}
          <text x={entry.swatchWidth + 5} y={11} fontSize={FONT} fill={PALETTE.ink2}>
            {entry.label}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** Each entry's place: in rows, left to right, a new row when the next would pass `width`. */
function layOut(entries: readonly KeyEntry[], width: number) {
  let x = 0;
  let y = 0;
  const placed = entries.map((entry) => {
    const w = entry.swatchWidth + 5 + textWidth(entry.label, FONT);
    if (x > 0 && x + w > width) {
      x = 0;
      y += ROW;
    }
    const at = { entry, x, y };
    x += w + GAP;
    return at;
  });
  return { placed, height: y + ROW };
}
