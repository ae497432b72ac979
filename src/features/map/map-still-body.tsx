import { STILL_WIDTH, useStill } from '@/components/still/still';
import type { MapViewProps } from './map-view';
import { MapStillDrawing } from './still-map-drawing';
import { MapStillKey } from './still-map-key';
import { STILL_MAP_HEIGHT } from './still-projection';

/** What the live map draws from, without its handlers: a still is not clicked. */
type MapStillProps = Omit<MapViewProps, 'onToggleProvince' | 'onToggleEvent'>;

/** The still's body: the map, then its key, at the still's width. */
export function MapStill(props: MapStillProps) {
  const width = useStill()?.width ?? STILL_WIDTH;
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
