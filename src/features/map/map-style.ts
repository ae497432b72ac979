import type { PathOptions } from 'leaflet';
import type { Place } from '@/data/schemas';
import { PALETTE } from '@/lib/chart-theme';
import {
  CHOROPLETH_COLOURS,
  NO_DATA_FILL,
  NOT_APPLICABLE_FILL,
  type ProvinceFigure,
} from './select';

/*
 * How each layer is drawn. Pure functions of the figures and options, so filter changes restyle
 * the existing paths (GeoJSON#setStyle) instead of recreating them.
 */

/** Id of the SVG pattern that hatches a class colour for projected figures (defined in map-view). */
export const projectedPatternId = (classIndex: number) => `map-projected-${classIndex}`;

/**
 * The fill of a province: class colour (hatched when projected), grey "no data", or neutral.
 * `patternId` names the hatching: the page's (map-view), or a still's own.
 */
export function provinceFill(
  figure: Pick<ProvinceFigure, 'status' | 'classIndex'> | undefined,
  projected: boolean,
  patternId: (classIndex: number) => string = projectedPatternId,
): string {
  if (!figure || figure.status === 'no-data') return NO_DATA_FILL;
  if (figure.status === 'not-applicable' || figure.classIndex === null) return NOT_APPLICABLE_FILL;
  const colour = CHOROPLETH_COLOURS[figure.classIndex] ?? NO_DATA_FILL;
  return projected ? `url(#${patternId(figure.classIndex)})` : colour;
}

export interface StyleOptions {
  projected: boolean;
  /** With the online basemap on, fills turn translucent so the tiles show through. */
  basemap: boolean;
}

export function provinceStyle(
  figure: Pick<ProvinceFigure, 'status' | 'classIndex'> | undefined,
  { projected, basemap }: StyleOptions,
): PathOptions {
  const applicable = figure?.status !== 'not-applicable';
  return {
    stroke: true,
    color: '#5f6873',
    weight: 0.8,
    opacity: 1,
    dashArray: undefined,
    fill: true,
    fillColor: provinceFill(figure, projected),
    fillOpacity: basemap ? (applicable ? 0.6 : 0.15) : 1,
  };
}

/** The selected province, drawn on its own pane above the others: thick and dashed, not colour alone. */
export const SELECTED_OUTLINE: PathOptions = {
  stroke: true,
  color: PALETTE.ink,
  weight: 4,
  opacity: 1,
  dashArray: '7 4',
  lineCap: 'butt',
  fill: false,
};
export const NO_OUTLINE: PathOptions = { stroke: false, fill: false };

export const DURAND_STYLE: PathOptions = {
  color: PALETTE.afghanistan,
  weight: 3.5,
  opacity: 1,
  dashArray: '12 6',
  lineCap: 'butt',
  fill: false,
};

/** Invisible but hit-testable (SVG counts a transparent stroke as painted). */
export const DURAND_HIT_STYLE: PathOptions = {
  color: '#000000',
  opacity: 0,
  weight: 14,
  fill: false,
};

export function neighbourStyle(basemap: boolean): PathOptions {
  return {
    color: '#9aa1a9',
    weight: 0.8,
    fill: true,
    fillColor: '#e6e8eb',
    fillOpacity: basemap ? 0 : 1,
  };
}

// ---------------------------------------------------------------- markers

/** The sea and everything outside the drawn countries (no tiles needed). */
export const SEA_FILL = '#e8eff5';

/** Half the size of each place symbol, for label placement. */
export const PLACE_RADIUS: Record<Place['kind'], number> = {
  crossing: 7,
  city: 6,
  district: 6,
  province: 11,
};

export const EVENT_SIZE = 16;
export const EVENT_LIFT = 10;
/** Horizontal offset of an event marker from its place: several at one place fan out. */
export const eventDx = (index: number, count: number) =>
  (index - (count - 1) / 2) * (EVENT_SIZE + 3);

/** A place name's distance from its symbol's centre: the symbol's radius and 3 px. */
export const labelGap = (kind: Place['kind']) => PLACE_RADIUS[kind] + 3;
/** Who gets a label first when space is short: cities, then crossings, then the rest. */
export const LABEL_PRIORITY: Record<Place['kind'], number> = {
  city: 0,
  crossing: 1,
  province: 2,
  district: 3,
};

/** A path style's dashes as an SVG attribute, for the still. */
export const svgDash = (style: PathOptions): string | undefined =>
  Array.isArray(style.dashArray) ? style.dashArray.join(' ') : style.dashArray;
