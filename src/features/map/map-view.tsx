import 'leaflet/dist/leaflet.css';
import type { FitBoundsOptions, LatLngBoundsExpression } from 'leaflet';
import { useEffect, useId, useState, type CSSProperties } from 'react';
import { MapContainer, Pane, TileLayer, useMap } from 'react-leaflet';
import type { GeoLayers, GeoMeta } from '@/data/geo';
import type { BorderLength, Place } from '@/data/schemas';
import { MapLegend } from './map-legend';
import { EventMarker, PlaceMarker } from './map-markers';
import { projectedPatternId } from './map-style';
import { DurandLayer, NeighboursLayer } from './neighbours-durand';
import { PlaceLabels } from './place-labels';
import { ProjectedPatterns } from './projected-patterns';
import { ProvincesLayer } from './province-layers';
import { type Choropleth, inTabOrder, type PlacedEvent } from './select';
import { SelectionOutline } from './selection-outline';

/** Pakistan and Afghanistan (from the provinces' extent), with the map's padding around them. */
const PK_AF_BOUNDS: LatLngBoundsExpression = [
  [23.69, 60.49],
  [38.48, 77.05],
];
/** How far one can pan: the region and its neighbours, not the world. */
const MAX_BOUNDS: LatLngBoundsExpression = [
  [14, 44],
  [48, 94],
];
/** Clear of the zoom buttons' corner and the attribution line. */
const BOUNDS_OPTIONS: FitBoundsOptions = { paddingTopLeft: [6, 6], paddingBottomRight: [6, 20] };

const OSM_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

// Panes, bottom to top: neighbours, provinces, the Durand Line, the selection outline. They sit
// inside Leaflet's overlay pane, so markers and tooltips stay above them and, in the page's tab
// order, the provinces come first.
const PANE_NEIGHBOURS: CSSProperties = { zIndex: 380 };
const PANE_PROVINCES: CSSProperties = { zIndex: 400 };
const PANE_DURAND: CSSProperties = { zIndex: 420 };
const PANE_SELECTION: CSSProperties = { zIndex: 430 };

export interface MapViewProps {
  geo: GeoLayers;
  meta: GeoMeta;
  choropleth: Choropleth;
  places: readonly Place[];
  placed: readonly PlacedEvent[];
  lengths: readonly BorderLength[];
  /** The province and event selected on the dashboard. */
  province: string | null;
  event: string | null;
  /** The events the year range and themes show. */
  visibleEvents: ReadonlySet<string>;
  onToggleProvince: (id: string) => void;
  onToggleEvent: (id: string) => void;
}

/** The Leaflet map with its legend: loaded on demand, in its own chunk. */
export default function MapView({
  geo,
  meta,
  choropleth,
  places,
  placed,
  lengths,
  province,
  event,
  visibleEvents,
  onToggleProvince,
  onToggleEvent,
}: MapViewProps) {
  const [basemap, setBasemap] = useState(false);
  const hintId = useId();
  const legendId = useId();
  const selectedFigure = province ? choropleth.byId.get(province) : undefined;
  const mapLabel = `Map of Pakistan and Afghanistan: provinces shaded by ${
    choropleth.set
      ? 'share of Afghan refugees in Pakistan'
      : 'refugee share (no figures for this year)'
  }, the Durand Line, border crossings, places and events${
    selectedFigure ? `; selected: ${selectedFigure.label}` : ''
  }`;

  return (
    <div className="map-panel">
      <MapPatterns />
      <div className="map-panel__controls">
        <label className="map-panel__basemap">
          <input type="checkbox" checked={basemap} onChange={(e) => setBasemap(e.target.checked)} />
          Online basemap (OpenStreetMap)
        </label>
        <p className="map-panel__hint" id={hintId}>
          Scrolling moves the page: zoom with the + and − buttons or keys. Tab to a province or
          place; Enter selects a province or event.
        </p>
        <SkipMap to={legendId} />
      </div>
      <div className="map-panel__layout">
        <div className="map-panel__map">
          <MapContainer
            className="map-panel__leaflet"
            bounds={PK_AF_BOUNDS}
            boundsOptions={BOUNDS_OPTIONS}
            maxBounds={MAX_BOUNDS}
            maxBoundsViscosity={0.8}
            minZoom={3}
            maxZoom={10}
            zoomSnap={0.25}
            zoomDelta={0.5}
            scrollWheelZoom={false}
            keyboard
            preferCanvas={false}
          >
            <MapSetup label={mapLabel} describedBy={hintId} />
            {basemap ? (
              <TileLayer url={OSM_TILES} attribution={OSM_ATTRIBUTION} maxZoom={19} />
            ) : null}
            <Pane name="map-neighbours" pane="overlayPane" style={PANE_NEIGHBOURS}>
              <NeighboursLayer data={geo.neighbours} basemap={basemap} />
            </Pane>
            <Pane name="map-provinces" pane="overlayPane" style={PANE_PROVINCES}>
              <ProvincesLayer
                data={inTabOrder(geo.provinces)}
                choropleth={choropleth}
                basemap={basemap}
                selected={province}
                onToggle={onToggleProvince}
              />
            </Pane>
            <Pane name="map-durand" pane="overlayPane" style={PANE_DURAND}>
              <DurandLayer data={geo.durand} lengths={lengths} meta={meta} />
            </Pane>
            <Pane name="map-selection" pane="overlayPane" style={PANE_SELECTION}>
              <SelectionOutline data={geo.provinces} selected={province} />
            </Pane>
            {places.map((p) => (
              <PlaceMarker key={p.id} place={p} />
            ))}
            <PlaceLabels places={places} placed={placed} visibleEvents={visibleEvents} />
            {placed.map((p) => (
              <EventMarker
                key={p.event.id}
                placed={p}
                visible={visibleEvents.has(p.event.id)}
                selected={event === p.event.id}
                onToggle={onToggleEvent}
              />
            ))}
          </MapContainer>
        </div>
        <MapLegend
          choropleth={choropleth}
          meta={meta}
          lengths={lengths}
          eventsShown={visibleEvents.size}
          eventsTotal={placed.length}
          id={legendId}
        />
      </div>
    </div>
  );
}

/** The page's hatching for projected figures, named as provinceFill() refers to it. */
function MapPatterns() {
  return (
    <svg className="map-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <ProjectedPatterns idOf={projectedPatternId} />
    </svg>
  );
}

/**
 * The map holds a Tab stop per province, place and event: this link, shown when it has focus,
 * jumps past them all to the map's key.
 */
function SkipMap({ to }: { to: string }) {
  return (
    <a
      className="map-panel__skip"
      href={`#${to}`}
      onClick={(e) => {
        e.preventDefault();
        document.getElementById(to)?.focus();
      }}
    >
      Skip the map
    </a>
  );
}

/** Names the map for assistive technology and keeps Leaflet's size in step with its box. */
function MapSetup({ label, describedBy }: { label: string; describedBy: string }) {
  const map = useMap();
  useEffect(() => {
    const el = map.getContainer();
    el.setAttribute('role', 'region');
    el.setAttribute('aria-describedby', describedBy);
  }, [map, describedBy]);
  useEffect(() => {
    map.getContainer().setAttribute('aria-label', label);
  }, [map, label]);
  useEffect(() => {
    // Until someone pans or zooms, the view follows the box: a resized window or a turned phone
    // refits the two countries. After that, their view is theirs.
    let fitting = false;
    let follow = true;
    const fit = () => {
      fitting = true;
      map.fitBounds(PK_AF_BOUNDS, { ...BOUNDS_OPTIONS, animate: false });
      fitting = false;
    };
    const stopFollowing = () => {
      if (!fitting) follow = false;
    };
    map.on('movestart zoomstart', stopFollowing);
    const observer = new ResizeObserver(() => {
      map.invalidateSize({ pan: false });
      if (follow) fit();
    });
    observer.observe(map.getContainer());
    return () => {
      observer.disconnect();
      map.off('movestart zoomstart', stopFollowing);
    };
  }, [map]);
  return null;
}
