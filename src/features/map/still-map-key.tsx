import { useId, type ReactNode } from 'react';
import type { GeoMeta } from '@/data/geo';
import type { BorderLength } from '@/data/schemas';
import { PALETTE } from '@/lib/chart-theme';
import { formatNumber } from '@/lib/format';
import { wrapText } from '@/lib/measure-text';
import { DURAND_STYLE, SELECTED_OUTLINE, svgDash } from './map-style';
import { ProjectedPatterns } from './projected-patterns';
import {
  type Choropleth,
  CHOROPLETH_COLOURS,
  classShortLabel,
  NO_DATA_FILL,
  noSetNote,
  NOT_APPLICABLE_FILL,
} from './select';
import { EventSymbol, PlaceSymbol } from './still-markers';

/*
 * The map's key (map-legend.tsx) in SVG, for the still: the same sections, swatches and words,
 * laid out at a fixed width; text is wrapped by measure, never by the page.
 */

const TITLE = 13;
const TEXT = 12;
const SMALL = 11;
const ROW_GAP = 4;
const SWATCH_COL = 34;
/** Two columns from this width, as the live legend's grid (2 × 226 px and its gap). */
const TWO_COLUMNS = 470;
const COLUMN_GAP = 18;
const RAMP_GAP = 2;
/** The class whose hatching stands for "projected" in the key (as in map-legend.tsx). */
const PROJECTED_KEY_CLASS = 2;

const lineHeight = (size: number) => Math.round(size * 1.35);

/** A column of the key, drawn top to bottom: each part adds its height. */
class Column {
  readonly parts: ReactNode[] = [];
  y = 0;
  constructor(
    readonly x: number,
    readonly width: number,
  ) {}

  text(text: string, size: number, fill: string, weight: 400 | 700 = 400, indent = 0): number {
    const lines = wrapText(text, this.width - indent, size, weight);
    const top = this.y;
    this.parts.push(
      <text
        key={this.parts.length}
        x={this.x + indent}
        y={top}
        fontSize={size}
        fontWeight={weight === 700 ? 700 : undefined}
        fill={fill}
      >
        {lines.map((line, i) => (
          <tspan key={i} x={this.x + indent} dy={i === 0 ? size : lineHeight(size)}>
            {line}
          </tspan>
        ))}
      </text>,
    );
    this.y += lines.length * lineHeight(size);
    return this.y - top;
  }

  /** A row: a symbol in the first 34 px (drawn by `symbol` at its middle), the words beside it. */
  row(text: string, symbol: (x: number, y: number) => ReactNode) {
    const top = this.y;
    const height = Math.max(16, this.text(text, TEXT, PALETTE.ink, 400, SWATCH_COL) - 2);
    this.parts.push(<g key={this.parts.length}>{symbol(this.x, top + 8)}</g>);
    this.y = top + height + ROW_GAP;
  }

  gap(px: number) {
    this.y += px;
  }
}

const box = (fill: string, width = 16) =>
  function Box(x: number, y: number) {
    return (
      <rect
        x={x + 0.5}
        y={y - 7.5}
        width={width - 1}
        height={15}
        fill={fill}
        stroke={PALETTE.ink3}
      />
    );
  };

const line = (colour: string, dash: string | undefined, weight: number | undefined) =>
  function Line(x: number, y: number) {
    return (
      <line
        x1={x}
        y1={y}
        x2={x + 28}
        y2={y}
        stroke={colour}
        strokeWidth={weight}
        strokeDasharray={dash}
      />
    );
  };

export interface MapStillKeyProps {
  choropleth: Choropleth;
  meta: GeoMeta;
  lengths: readonly BorderLength[];
  eventsShown: number;
  eventsTotal: number;
  /** An event is selected (and shown): the key says how it is marked. */
  eventSelected: boolean;
  width: number;
}

/** What every colour, line and symbol on the still's map means, with the set it shows. */
export function MapStillKey({
  choropleth,
  meta,
  lengths,
  eventsShown,
  eventsTotal,
  eventSelected,
  width,
}: MapStillKeyProps) {
  const scope = useId().replace(/[^\w-]/g, '');
  const patternId = (i: number) => `${scope}-key-projected-${i}`;
  const two = width >= TWO_COLUMNS;
  const colWidth = two ? (width - COLUMN_GAP) / 2 : width;
  const shares = new Column(0, colWidth);
  const border = two ? new Column(colWidth + COLUMN_GAP, colWidth) : shares;
  const { set, other } = choropleth;

  shares.text('Afghan refugees in Pakistan: share by province', TITLE, PALETTE.ink, 700);
  shares.gap(2);
  shares.text(
    set ? `${set.label} (${set.status})` : `${noSetNote(choropleth)}.`,
    TEXT,
    PALETTE.ink2,
  );
  shares.gap(6);
  // The ramp: one swatch per class, its range below (lower bound included).
  const n = CHOROPLETH_COLOURS.length;
  const rampWidth = (colWidth - RAMP_GAP * (n - 1)) / n;
  const rampTop = shares.y;
  shares.parts.push(
    <g key="ramp" data-still="ramp">
      {CHOROPLETH_COLOURS.map((colour, i) => {
        const x = shares.x + i * (rampWidth + RAMP_GAP);
        return (
          <g key={colour}>
            <rect
              x={x + 0.5}
              y={rampTop + 0.5}
              width={rampWidth - 1}
              height={15}
              fill={colour}
              stroke={PALETTE.ink3}
            />
            <text
              x={x + rampWidth / 2}
              y={rampTop + 16 + SMALL + 1}
              fontSize={SMALL}
              textAnchor="middle"
              fill={PALETTE.ink}
            >
              {classShortLabel(i)}
            </text>
          </g>
        );
      })}
    </g>,
  );
  shares.gap(16 + lineHeight(SMALL) + 8);
  shares.row('No data (the source gives no figure)', box(NO_DATA_FILL));
  shares.row('Afghanistan: not applicable (refugees in Pakistan)', box(NOT_APPLICABLE_FILL));
  shares.row(
    'Hatched: projected figures (the document’s own forecast)',
    box(`url(#${patternId(PROJECTED_KEY_CLASS)})`),
  );
  shares.row(
    'Selected province',
    line(SELECTED_OUTLINE.color ?? PALETTE.ink, svgDash(SELECTED_OUTLINE), 3),
  );
  if (other) {
    shares.row(
      `${other.name}: ${formatNumber(other.percent, '%')} (not assigned to any province)`,
      (x, y) => (
        <rect
          x={x + 0.5}
          y={y - 7.5}
          width={15}
          height={15}
          fill="none"
          stroke={PALETTE.ink3}
          strokeDasharray="3 2"
        />
      ),
    );
  }

  if (!two) border.gap(8);
  border.text('Border, places and events', TITLE, PALETTE.ink, 700);
  border.gap(2);
  border.text('Locations are approximate.', SMALL, PALETTE.ink2);
  border.gap(4);
  border.row(
    'Durand Line (as Natural Earth draws it)',
    line(DURAND_STYLE.color ?? PALETTE.afghanistan, svgDash(DURAND_STYLE), DURAND_STYLE.weight),
  );
  border.row('Border crossing', (x, y) => <PlaceSymbol kind="crossing" x={x + 11} y={y} />);
  border.row('Place named in the documents', (x, y) => (
    <PlaceSymbol kind="city" x={x + 11} y={y} />
  ));
  border.row('Province named (approximate centre)', (x, y) => (
    <PlaceSymbol kind="province" x={x + 11} y={y} />
  ));
  border.row(
    `Events: ${eventsShown} of ${eventsTotal} with a place, for the years and themes chosen`,
    (x, y) => <EventSymbol x={x + 3} y={y - 8} selected={false} />,
  );
  if (eventSelected) {
    border.row('Selected event', (x, y) => <EventSymbol x={x + 3} y={y - 8} selected />);
  }

  // Under both columns: the border's documented lengths and the notes on the boundaries.
  const foot = new Column(0, width);
  foot.y = Math.max(shares.y, border.y) + 6;
  foot.text(
    `Durand Line length by source: ${lengths
      .map((l) => `${formatNumber(l.km, 'km')} (${l.label})`)
      .join('; ')}. Measured on generalised Natural Earth boundaries: about ${formatNumber(
      meta.durandLineKm,
      'km',
      { maximumFractionDigits: 0 },
    )}; lengths measured on a map depend on its scale.`,
    SMALL,
    PALETTE.ink2,
  );
  foot.gap(3);
  foot.text(meta.durandLineStatus, SMALL, PALETTE.ink2);
  foot.gap(3);
  foot.text(meta.disputedNote, SMALL, PALETTE.ink2);
  foot.gap(3);
  foot.text(meta.fataMerged, SMALL, PALETTE.ink2);
  const height = Math.ceil(foot.y + 2);

  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} data-still="legend">
      <ProjectedPatterns idOf={patternId} />
      {shares.parts}
      {two ? border.parts : null}
      {foot.parts}
    </svg>
  );
}
