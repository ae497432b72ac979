import { DivIcon, DomEvent, type Marker as LeafletMarker } from 'leaflet';
import { useEffect, useRef } from 'react';
import { Marker, Tooltip } from 'react-leaflet';
import type { Place } from '@/data/schemas';
import { THEME_LABELS } from '@/features/filters/filter-config';
import { formatNumber } from '@/lib/format';
import { EVENT_LIFT, EVENT_SIZE, eventDx } from './map-style';
import type { PlacedEvent } from './select';

const KIND_LABELS: Record<Place['kind'], string> = {
  crossing: 'border crossing',
  city: 'city or town',
  district: 'district',
  province: 'province (location of the province as a whole)',
};

// Marker icons hold no text: names go into aria-labels and React-rendered tooltips only.
const PLACE_ICONS: Record<Place['kind'], DivIcon> = {
  crossing: new DivIcon({
    className: 'map-marker map-marker--crossing',
    html: '',
    iconSize: [14, 14],
    iconAnchor: [7, 7],
    tooltipAnchor: [0, -9],
  }),
  city: new DivIcon({
    className: 'map-marker map-marker--city',
    html: '',
    iconSize: [12, 12],
    iconAnchor: [6, 6],
    tooltipAnchor: [0, -8],
  }),
  district: new DivIcon({
    className: 'map-marker map-marker--city',
    html: '',
    iconSize: [12, 12],
    iconAnchor: [6, 6],
    tooltipAnchor: [0, -8],
  }),
  province: new DivIcon({
    className: 'map-marker map-marker--area',
    html: '',
    iconSize: [22, 22],
    iconAnchor: [11, 11],
    tooltipAnchor: [0, -12],
  }),
};

// One icon per position in a fan, kept: a marker given a new icon gets a new element, without the
// attributes set on it when it was added.
const eventIcons = new Map<string, DivIcon>();
/** Event markers sit above their place. */
function eventIcon(index: number, count: number): DivIcon {
  const key = `${index}/${count}`;
  let icon = eventIcons.get(key);
  if (!icon) {
    const dx = eventDx(index, count);
    icon = new DivIcon({
      className: 'map-marker map-marker--event',
      html: '',
      iconSize: [EVENT_SIZE, EVENT_SIZE],
      iconAnchor: [EVENT_SIZE / 2 - dx, EVENT_SIZE + EVENT_LIFT],
      tooltipAnchor: [dx, -(EVENT_SIZE + EVENT_LIFT + 2)],
    });
    eventIcons.set(key, icon);
  }
  return icon;
}

/** A place named in the documents: a symbol by kind, its name and location in a tooltip. */
export function PlaceMarker({ place }: { place: Place }) {
  return (
    <Marker
      position={[place.lat, place.lon]}
      icon={PLACE_ICONS[place.kind]}
      keyboard
      eventHandlers={{
        add: (e) => {
          const el = (e.target as LeafletMarker).getElement();
          el?.setAttribute(
            'aria-label',
            `${place.name}: ${KIND_LABELS[place.kind]}${place.approximate ? ', approximate location' : ''}`,
          );
          el?.setAttribute('data-place', place.id);
          // Focus shows its tooltip; there is nothing to press, so it is not announced as a button.
          el?.setAttribute('role', 'img');
        },
      }}
    >
      <Tooltip direction="top" className="map-tooltip" opacity={1}>
        <strong>{place.name}</strong>{' '}
        <span className="map-tooltip__muted">{KIND_LABELS[place.kind]}</span>
        {place.note ? <span className="map-tooltip__line">{place.note}</span> : null}
        <span className="map-tooltip__line">
          {place.approximate ? 'Approximate location' : 'Location'}:{' '}
          {formatNumber(place.lat, undefined, { maximumFractionDigits: 2 })}° N,{' '}
          {formatNumber(place.lon, undefined, { maximumFractionDigits: 2 })}° E
        </span>
      </Tooltip>
    </Marker>
  );
}

/**
 * A timeline event at its place. It stays mounted: the year range and themes only hide or show it,
 * and the selected event is highlighted in place.
 */
export function EventMarker({
  placed,
  visible,
  selected,
  onToggle,
}: {
  placed: PlacedEvent;
  visible: boolean;
  selected: boolean;
  /** Selects the event, or clears it when it is the one selected. */
  onToggle: (id: string) => void;
}) {
  const ref = useRef<LeafletMarker>(null);
  const { event, place } = placed;

  useEffect(() => {
    const el = ref.current?.getElement();
    if (!el) return;
    el.setAttribute('aria-label', `Event, ${event.when}: ${event.label} (${place.name})`);
    el.setAttribute('data-event', event.id);
    // Leaflet makes the marker focusable but not pressable: Enter and Space select the event.
    const onKey = (ev: Event) => {
      const key = ev as KeyboardEvent;
      if (key.key !== 'Enter' && key.key !== ' ') return;
      DomEvent.preventDefault(key);
      onToggle(event.id);
    };
    DomEvent.on(el, 'keydown', onKey);
    return () => {
      DomEvent.off(el, 'keydown', onKey);
    };
  }, [event, place, onToggle]);

  useEffect(() => {
    const el = ref.current?.getElement();
    if (!el) return;
    el.classList.toggle('map-marker--hidden', !visible);
    el.classList.toggle('map-marker--selected', selected);
    el.setAttribute('aria-pressed', String(selected));
    el.setAttribute('data-selected', String(selected));
    el.setAttribute('data-visible', String(visible));
    if (!visible) ref.current?.closeTooltip();
  }, [visible, selected]);

  return (
    <Marker
      ref={ref}
      position={[place.lat, place.lon]}
      icon={eventIcon(placed.index, placed.count)}
      keyboard
      zIndexOffset={1000}
      eventHandlers={{ click: () => onToggle(event.id) }}
    >
      <Tooltip direction="top" className="map-tooltip" opacity={1}>
        <strong>{event.when}</strong> <span>{event.label}</span>
        <span className="map-tooltip__line map-tooltip__muted">
          {event.themes.map((t) => THEME_LABELS[t]).join(', ')} · at {place.name}
          {place.approximate ? ' (approximate location)' : ''}
        </span>
        {selected ? <span className="map-tooltip__line">Selected event</span> : null}
      </Tooltip>
    </Marker>
  );
}
