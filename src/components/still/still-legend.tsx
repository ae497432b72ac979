import { useId } from 'react';
import { PALETTE, projectedFill } from '@/lib/chart-theme';
import { textWidth } from '@/lib/measure-text';
import { ProjectedPattern } from '../projected-pattern';
import type { LegendItem } from '../year-chart';

const SWATCH = 12;
const FONT = 12;
const ROW = 18;
const GAP = 16;

/**
 * A chart's legend drawn in SVG, for a still: the same swatches as the page's legend (the series
 * colours, the projected hatching as a real pattern, the dashed "no data" outline), laid out in
 * rows that wrap at `width`.
 */
export function StillLegend({
  items,
  width,
}: {
  items: readonly (LegendItem & { label: string })[];
  width: number;
}) {
  const scope = useId();
  const { placed, height } = layOut(items, width);
  if (placed.length === 0) return null;
  const projected = [...new Set(items.filter((i) => i.kind === 'projected').map(colourOf))];
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} data-still="legend">
      {projected.length > 0 ? (
        <defs>
          {projected.map((c) => (
            <ProjectedPattern key={c} scope={scope} colour={c} />
          ))}
        </defs>
      ) : null}
      {placed.map(({ item, x, y }) => (
        <g key={item.key} transform={`translate(${x} ${y + 2})`}>
          <Swatch item={item} scope={scope} />
          <text x={SWATCH + 5} y={SWATCH - 1} fontSize={FONT} fill={PALETTE.ink2}>
            {item.label}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** Each item's place: in rows, left to right, a new row when the next would pass `width`. */
function layOut<I extends { label: string }>(items: readonly I[], width: number) {
  let x = 0;
  let y = 0;
  const placed = items.map((item) => {
    const w = SWATCH + 5 + textWidth(item.label, FONT);
    if (x > 0 && x + w > width) {
      x = 0;
      y += ROW;
    }
    const at = { item, x, y };
    x += w + GAP;
    return at;
  });
  return { placed, height: y + ROW };
}

const colourOf = (item: LegendItem) => item.colour ?? PALETTE.ink;

function Swatch({ item, scope }: { item: LegendItem; scope: string }) {
  const colour = colourOf(item);
  if (item.kind === 'projected') {
    return (
      <rect
        x="0.75"
        y="0.75"
        width={SWATCH - 1.5}
        height={SWATCH - 1.5}
        fill={projectedFill(scope, colour)}
        stroke={colour}
        strokeWidth="1.5"
      />
    );
  }
  if (item.kind === 'gap') {
    return (
      <rect
        x="0.5"
        y="0.5"
        width={SWATCH - 1}
        height={SWATCH - 1}
        fill="none"
        stroke={PALETTE.neutral}
        strokeDasharray="3 2"
      />
    );
  }
  return <rect width={SWATCH} height={SWATCH} fill={colour} />;
}
