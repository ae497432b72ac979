import { flagNotes, type SourceRef, sourcesLine } from '@/components/source-lines';
import type { StillSpec } from '@/components/still/still';
import type { GeoLayers, GeoMeta } from '@/data/geo';
import type {
  BorderLength,
  DiscrepanciesFile,
  Place,
  ProvinceShareSet,
  Theme,
  TimelineEvent,
} from '@/data/schemas';
import { THEME_LABELS, type Tier } from '@/features/filters/filter-config';
import {
  buildChoropleth,
  type Choropleth,
  COUNTRY_NAMES,
  earlierSetNote,
  noSetNote,
  peopleText,
  type PlacedEvent,
  placeEvents,
  type ProvinceInfo,
  shareText,
  TIER_NAMES,
  visibleEventIds,
} from './select';
import { MapStill } from './map-still-body';

/** The disagreements the map flags: the Durand Line's length. */
export const MAP_DISAGREEMENTS = ['border-length'];

/** What the map cites: the province shares shown, the border's lengths, places and boundaries. */
export function mapSourceRefs(
  choropleth: Choropleth,
  lengths: readonly BorderLength[],
): SourceRef[] {
  return [
    ...(choropleth.set ? [choropleth.set] : []),
    // The lengths' locators are in the Durand Line details; here the sources alone.
    ...lengths.map((l) => ({ sources: l.sources })),
    { sources: ['gazetteer'] },
    { sources: ['natural-earth'] },
  ];
}

interface MapStillInput {
  geo: GeoLayers;
  meta: GeoMeta;
  provinces: readonly ProvinceInfo[];
  shares: readonly ProvinceShareSet[];
  places: readonly Place[];
  lengths: readonly BorderLength[];
  events: readonly TimelineEvent[];
  tier: Tier;
  year: number;
  province: string | null;
  event: string | null;
  range: readonly [number, number];
  themes: readonly Theme[];
  shortName: (id: string) => string;
  discrepancies: DiscrepanciesFile | undefined;
}

/**
 * The border map's still: the map drawn in SVG from the boundaries (Leaflet's projection at a
 * fixed view, no tiles), shaded and marked as the live map is for the view, with its key.
 */
export function mapStill(input: MapStillInput): StillSpec {
  const { tier, year, province, event, range, themes } = input;
  const choropleth = buildChoropleth(input.provinces, input.shares, tier, year);
  const placed = placeEvents(input.events, input.places);
  const visibleEvents = visibleEventIds(placed, range, themes);
  const themesText =
    themes.length > 0 ? `themes: ${themes.map((t) => THEME_LABELS[t]).join(', ')}` : 'all themes';
  return {
    subtitle: `Provinces, the Durand Line, crossings and events; refugees by province from ${TIER_NAMES[tier]}, ${year}; events ${range[0]}–${range[1]}, ${themesText}`,
    notes: [
      focusNote(choropleth),
      provinceNote(choropleth, province),
      eventNote(placed, visibleEvents, event),
      ...flagNotes(input.discrepancies, MAP_DISAGREEMENTS),
    ].filter((n): n is string => n !== null),
    body: (
      <MapStill
        geo={input.geo}
        meta={input.meta}
        choropleth={choropleth}
        places={input.places}
        placed={placed}
        lengths={input.lengths}
        province={province}
        event={event}
        visibleEvents={visibleEvents}
      />
    ),
    sources: sourcesLine(mapSourceRefs(choropleth, input.lengths), input.shortName),
  };
}

/** The year's figures when the set shown is an earlier one, or when there are none. */
function focusNote(choropleth: Choropleth): string | null {
  if (!choropleth.set) return `${noSetNote(choropleth)}: provinces drawn as “no data”.`;
  return choropleth.exactYear ? null : earlierSetNote(choropleth);
}

function provinceNote(choropleth: Choropleth, province: string | null): string | null {
  const f = province ? choropleth.byId.get(province) : undefined;
  if (!f) return null;
  const where = `Selected province (dashed outline): ${f.label}, ${COUNTRY_NAMES[f.country]}`;
  if (f.status === 'not-applicable') return `${where}: refugee share not applicable.`;
  if (f.status === 'no-data') return `${where}: refugee share: no data.`;
  return `${where}: share of registered refugees ${shareText(f)}${
    choropleth.projected ? ' (projected)' : ''
  }; people: ${peopleText(f)}.`;
}

function eventNote(
  placed: readonly PlacedEvent[],
  visible: ReadonlySet<string>,
  event: string | null,
): string | null {
  const p = event ? placed.find((e) => e.event.id === event) : undefined;
  if (!p) return null;
  const what = `${p.event.when}: ${p.event.label} (at ${p.place.name})`;
  return visible.has(p.event.id)
    ? `Selected event (highlighted): ${what}.`
    : `Selected event, not drawn (outside the years and themes chosen): ${what}.`;
}
