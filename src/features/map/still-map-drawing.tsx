import { geoPath } from 'd3-geo';
import { useId } from 'react';
import type { GeoLayers } from '@/data/geo';
import type { Place } from '@/data/schemas';
import { PALETTE } from '@/lib/chart-theme';
import { textWidth } from '@/lib/measure-text';
import {
  DURAND_STYLE,
  EVENT_LIFT,
  EVENT_SIZE,
  eventDx,
  LABEL_PRIORITY,
  labelGap,
  neighbourStyle,
  PLACE_RADIUS,
  provinceFill,
  provinceStyle,
  SEA_FILL,
  SELECTED_OUTLINE,
  svgDash,
} from './map-style';
import { ProjectedPatterns } from './projected-patterns';
import {
  type Choropleth,
  type LabelRequest,
  labelRect,
  type PlacedEvent,
  placeLabels,
  type Rect,
} from './select';
import { EventSymbol, PlaceSymbol } from './still-markers';
import { forD3, stillProjection } from './still-projection';

/** Place names as map.css sets them (.map-label__text: 0.72rem, semibold, line height 1.3). */
const LABEL_SIZE = 11.5;
const LABEL_HEIGHT = Math.round(LABEL_SIZE * 1.3);

export interface MapStillDrawingProps {
  geo: GeoLayers;
  choropleth: Choropleth;
  places: readonly Place[];
  placed: readonly PlacedEvent[];
  province: string | null;
  event: string | null;
  visibleEvents: ReadonlySet<string>;
  width: number;
  height: number;
}

/**
 * The border map as one SVG, for the still: the layers the live map draws, in its order and
 * styles (map-style.ts), projected as Leaflet projects them, clipped to the frame. Nothing in it
 * can be focused or pressed.
 */
export function MapStillDrawing({
  geo,
  choropleth,
  places,
  placed,
  province,
  event,
  visibleEvents,
  width,
  height,
}: MapStillDrawingProps) {
  const scope = useId().replace(/[^\w-]/g, '');
  const patternId = (i: number) => `${scope}-projected-${i}`;
  const clipId = `${scope}-frame`;
  const projection = stillProjection(width, height);
  const path = geoPath(projection);
  const inFrame = ([x, y]: [number, number], margin: number) =>
    x >= margin && y >= margin && x <= width - margin && y <= height - margin;
  const at = (p: Place): [number, number] | null => projection([p.lon, p.lat]);

  const neighbour = neighbourStyle(false);
  const selected = province ? geo.provinces.features.find((f) => f.id === province) : undefined;

  const shownPlaces = places.flatMap((p) => {
    const xy = at(p);
    return xy && inFrame(xy, PLACE_RADIUS[p.kind]) ? [{ place: p, x: xy[0], y: xy[1] }] : [];
  });
  const shownEvents = placed.flatMap((e) => {
    const xy = visibleEvents.has(e.event.id) ? at(e.place) : null;
    if (!xy) return [];
    const x = xy[0] + eventDx(e.index, e.count) - EVENT_SIZE / 2;
    const y = xy[1] - EVENT_SIZE - EVENT_LIFT;
    const box = { x, y, width: EVENT_SIZE, height: EVENT_SIZE };
    return inFrame([x, y], 0) && inFrame([x + EVENT_SIZE, y + EVENT_SIZE], 0) ? [{ e, box }] : [];
  });
  const labels = layOutLabels(
    shownPlaces,
    shownEvents.map((s) => s.box),
    width,
    height,
  );

  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} data-still="map">
      <ProjectedPatterns idOf={patternId} />
      <defs>
        <clipPath id={clipId}>
          <rect width={width} height={height} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`} strokeLinejoin="round" strokeLinecap="round">
        <rect width={width} height={height} fill={SEA_FILL} />
        <g
          fill={neighbour.fillColor}
          stroke={neighbour.color}
          strokeWidth={neighbour.weight}
          data-layer="neighbours"
        >
          {geo.neighbours.features.map((f) => (
            <path key={f.id} d={path(forD3(f)) ?? ''} data-neighbour={f.id} />
          ))}
        </g>
        <g data-layer="provinces">
          {geo.provinces.features.map((f) => {
            const figure = choropleth.byId.get(f.id);
            const style = provinceStyle(figure, {
              projected: choropleth.projected,
              basemap: false,
            });
            return (
              <path
                key={f.id}
                d={path(forD3(f)) ?? ''}
                fill={provinceFill(figure, choropleth.projected, patternId)}
                stroke={style.color}
                strokeWidth={style.weight}
                data-province={f.id}
              />
            );
          })}
        </g>
        <g data-layer="durand" fill="none">
          {geo.durand.features.map((f, i) => (
            <path
              key={i}
              d={path(f) ?? ''}
              stroke={DURAND_STYLE.color}
              strokeWidth={DURAND_STYLE.weight}
              strokeDasharray={svgDash(DURAND_STYLE)}
              strokeLinecap={DURAND_STYLE.lineCap}
              data-durand=""
            />
          ))}
        </g>
        {selected ? (
          <path
            d={path(forD3(selected)) ?? ''}
            fill="none"
            stroke={SELECTED_OUTLINE.color}
            strokeWidth={SELECTED_OUTLINE.weight}
            strokeDasharray={svgDash(SELECTED_OUTLINE)}
            strokeLinecap={SELECTED_OUTLINE.lineCap}
            data-selected-province={selected.id}
          />
        ) : null}
        <g data-layer="labels" fontSize={LABEL_SIZE} fontWeight={600} fill={PALETTE.ink}>
          {labels.map(({ id, text, rect }) => (
            <text
              key={id}
              x={rect.x}
              y={rect.y + LABEL_HEIGHT - 4}
              stroke="#ffffff"
              strokeWidth={3}
              strokeLinejoin="round"
              paintOrder="stroke"
              data-label={id}
            >
              {text}
            </text>
          ))}
        </g>
        <g data-layer="places">
          {shownPlaces.map(({ place, x, y }) => (
            <PlaceSymbol key={place.id} kind={place.kind} x={x} y={y} />
          ))}
        </g>
        <g data-layer="events">
          {shownEvents.map(({ e, box }) => (
            <EventSymbol key={e.event.id} x={box.x} y={box.y} selected={e.event.id === event} />
          ))}
        </g>
      </g>
      <rect
        x={0.5}
        y={0.5}
        width={width - 1}
        height={height - 1}
        fill="none"
        stroke={PALETTE.grid}
      />
    </svg>
  );
}

/**
 * The place names, placed as the live map places them (placeLabels: the first free side of each
 * symbol, by priority; none when no side is free), inside the frame.
 */
function layOutLabels(
  shown: readonly { place: Place; x: number; y: number }[],
  events: readonly Rect[],
  width: number,
  height: number,
): { id: string; text: string; rect: Rect }[] {
  const obstacles: Rect[] = [
    ...shown.map(({ place, x, y }) => {
      const r = PLACE_RADIUS[place.kind];
      return { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
    }),
    ...events,
  ];
  const requests: LabelRequest[] = [...shown]
    .sort((a, b) => LABEL_PRIORITY[a.place.kind] - LABEL_PRIORITY[b.place.kind])
    .map(({ place, x, y }) => ({
      id: place.id,
      x,
      y,
      // Measured in bold: the label is semibold, so the box is never too small.
      width: textWidth(place.name, LABEL_SIZE, 700),
      height: LABEL_HEIGHT,
      gap: labelGap(place.kind),
    }));
  const sides = placeLabels(requests, obstacles, { width, height });
  return requests.flatMap((r) => {
    const side = sides.get(r.id);
    const name = shown.find((s) => s.place.id === r.id)?.place.name ?? '';
    return side ? [{ id: r.id, text: name, rect: labelRect(r, side) }] : [];
  });
}
