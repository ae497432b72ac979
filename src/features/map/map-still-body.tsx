import { useStill } from '@/components/still/still';
import type { GeoLayers, GeoMeta } from '@/data/geo';
import type { BorderLength, Place } from '@/data/schemas';
import type { Choropleth, PlacedEvent } from './select';
import { MapStillDrawing } from './still-map-drawing';
import { MapStillKey } from './still-map-key';
import { STILL_MAP_HEIGHT } from './still-projection';

interface MapStillProps {
  geo: GeoLayers;
  meta: GeoMeta;
  choropleth: Choropleth;
  places: readonly Place[];
  placed: readonly PlacedEvent[];
  lengths: readonly BorderLength[];
  province: string | null;
  event: string | null;
  visibleEvents: ReadonlySet<string>;
}

/** The still's body: the map, then its key, at the still's width. */
export function MapStill(props: MapStillProps) {
  const width = useStill()?.width ?? 760;
  const { choropleth, placed, visibleEvents, event } = props;
  return (
    <>
      <MapStillDrawing
        geo={props.geo}
        choropleth={choropleth}
        places={props.places}
        placed={placed}
        province={props.province}
        event={event}
        visibleEvents={visibleEvents}
        width={width}
        height={STILL_MAP_HEIGHT}
      />
      <MapStillKey
        choropleth={choropleth}
        meta={props.meta}
        lengths={props.lengths}
        eventsShown={visibleEvents.size}
        eventsTotal={placed.length}
        eventSelected={event !== null && visibleEvents.has(event)}
        width={width}
      />
    </>
  );
}
