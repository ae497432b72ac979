import { DivIcon, type Marker as LeafletMarker } from 'leaflet';
import { useEffect, useRef } from 'react';
import { Marker, useMap } from 'react-leaflet';
import type { Place } from '@/data/schemas';
import {
  EVENT_LIFT,
  EVENT_SIZE,
  eventDx,
  LABEL_PRIORITY,
  labelGap,
  PLACE_RADIUS,
} from './map-style';
import { type LabelRequest, type PlacedEvent, placeLabels, type Rect } from './select';

/**
 * A name beside a place. The text goes in as a text node (textContent), never as HTML, and the
 * label is hidden from assistive technology: the marker itself carries the name. One icon per
 * place, kept: a new icon would give the marker a new element, without the side it was given.
 */
const labelIcons = new Map<string, DivIcon>();
function labelIcon(place: Place): DivIcon {
  let icon = labelIcons.get(place.id);
  if (!icon) {
    const text = document.createElement('span');
    text.className = 'map-label__text';
    text.textContent = place.name;
    text.setAttribute('aria-hidden', 'true');
    text.style.setProperty('--gap', String(labelGap(place.kind)));
    icon = new DivIcon({
      className: `map-label map-label--${place.kind}`,
      html: text,
      iconSize: [0, 0],
      iconAnchor: [0, 0],
    });
    labelIcons.set(place.id, icon);
  }
  return icon;
}

/** The element holding a place marker's name. */
function labelText(marker: LeafletMarker | undefined): HTMLElement | null {
  const text = marker?.getElement()?.firstElementChild;
  return text instanceof HTMLElement ? text : null;
}

/**
 * Place names, each on the side of its symbol where it covers no other symbol or name (hidden when
 * no side is free), laid out again after every zoom or move.
 */
export function PlaceLabels({
  places,
  placed,
  visibleEvents,
}: {
  places: readonly Place[];
  placed: readonly PlacedEvent[];
  visibleEvents: ReadonlySet<string>;
}) {
  const map = useMap();
  const markers = useRef(new Map<string, LeafletMarker>());

  useEffect(() => {
    const layout = () => {
      const container = map.getContainer();
      const box = container.getBoundingClientRect();
      const obstacles: Rect[] = [...container.querySelectorAll('.leaflet-control')].map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left - box.left, y: r.top - box.top, width: r.width, height: r.height };
      });
      for (const p of places) {
        const pt = map.latLngToContainerPoint([p.lat, p.lon]);
        const r = PLACE_RADIUS[p.kind];
        obstacles.push({ x: pt.x - r, y: pt.y - r, width: 2 * r, height: 2 * r });
      }
      for (const e of placed) {
        if (!visibleEvents.has(e.event.id)) continue;
        const pt = map.latLngToContainerPoint([e.place.lat, e.place.lon]);
        obstacles.push({
          x: pt.x + eventDx(e.index, e.count) - EVENT_SIZE / 2,
          y: pt.y - EVENT_SIZE - EVENT_LIFT,
          width: EVENT_SIZE,
          height: EVENT_SIZE,
        });
      }
      const requests: LabelRequest[] = [];
      for (const p of [...places].sort((a, b) => LABEL_PRIORITY[a.kind] - LABEL_PRIORITY[b.kind])) {
        const text = labelText(markers.current.get(p.id));
        if (!text) continue;
        const pt = map.latLngToContainerPoint([p.lat, p.lon]);
        requests.push({
          id: p.id,
          x: pt.x,
          y: pt.y,
          width: text.offsetWidth,
          height: text.offsetHeight,
          gap: labelGap(p.kind),
        });
      }
      const size = map.getSize();
      for (const [id, side] of placeLabels(requests, obstacles, {
        width: size.x,
        height: size.y,
      })) {
        labelText(markers.current.get(id))?.setAttribute('data-side', side ?? 'hidden');
      }
    };
    layout();
    map.on('zoomend moveend resize', layout);
    return () => {
      map.off('zoomend moveend resize', layout);
    };
  }, [map, places, placed, visibleEvents]);

  return (
    <>
      {places.map((p) => (
        <Marker
          key={p.id}
          ref={(m) => {
            if (m) markers.current.set(p.id, m);
            else markers.current.delete(p.id);
          }}
          position={[p.lat, p.lon]}
          icon={labelIcon(p)}
          interactive={false}
          keyboard={false}
          zIndexOffset={-1000}
        />
      ))}
    </>
  );
}
