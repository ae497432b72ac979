import type { Place } from '@/data/schemas';
import { PALETTE } from '@/lib/chart-theme';
import { EVENT_SIZE } from './map-style';

/*
 * The map's marker symbols in SVG, for the still: the shapes map.css gives the live markers
 * (.map-marker--crossing, --city, --area, --event), at their sizes, every paint an attribute.
 */

/** The event markers' colour (map.css: .map-marker--event). */
const EVENT_FILL = '#cc79a7';
const SELECTED_GLOW = 'rgba(230, 159, 0, 0.45)';

/** A place's symbol centred on (x, y). */
export function PlaceSymbol({ kind, x, y }: { kind: Place['kind']; x: number; y: number }) {
  if (kind === 'crossing') {
    // A 10 px square turned 45°, ink with a white 1.5 px border.
    return (
      <g transform={`translate(${x} ${y}) rotate(45)`}>
        <rect x={-5} y={-5} width={10} height={10} fill="#ffffff" />
        <rect x={-3.5} y={-3.5} width={7} height={7} fill={PALETTE.ink} />
      </g>
    );
  }
  if (kind === 'province') {
    // A 22 px ring, dashed, over a veil of white.
    return (
      <circle
        cx={x}
        cy={y}
        r={10}
        fill="#ffffff"
        fillOpacity={0.35}
        stroke={PALETTE.ink}
        strokeWidth={2}
        strokeDasharray="5 3"
      />
    );
  }
  // City, town or district: a 12 px white disc in a 3 px ink ring.
  return <circle cx={x} cy={y} r={4.5} fill="#ffffff" stroke={PALETTE.ink} strokeWidth={3} />;
}

/** An event's square, its top left corner at (x, y); the selected one highlighted. */
export function EventSymbol({ x, y, selected }: { x: number; y: number; selected: boolean }) {
  const s = EVENT_SIZE;
  return (
    <g transform={`translate(${x} ${y})`}>
      {selected ? (
        <rect x={-5} y={-5} width={s + 10} height={s + 10} rx={8} fill={SELECTED_GLOW} />
      ) : null}
      <rect
        x={selected ? -2 : -1}
        y={selected ? -2 : -1}
        width={s + (selected ? 4 : 2)}
        height={s + (selected ? 4 : 2)}
        rx={selected ? 5 : 4}
        fill={PALETTE.ink}
      />
      <rect width={s} height={s} rx={3} fill="#ffffff" />
      <rect
        x={2}
        y={2}
        width={s - 4}
        height={s - 4}
        rx={1}
        fill={selected ? PALETTE.highlight : EVENT_FILL}
      />
    </g>
  );
}
