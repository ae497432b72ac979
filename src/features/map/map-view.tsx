import 'leaflet/dist/leaflet.css';
import type { Feature } from 'geojson';
import {
  Browser,
  DivIcon,
  DomEvent,
  type FitBoundsOptions,
  type GeoJSON as LeafletGeoJSON,
  type LatLngBoundsExpression,
  type LatLngTuple,
  type LayerEvent,
  type LeafletEvent,
  type LeafletEventHandlerFnMap,
  type Marker as LeafletMarker,
  type Path,
  type Polygon,
  type PathOptions,
} from 'leaflet';
import {
  memo,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type RefObject,
} from 'react';
import { GeoJSON, MapContainer, Marker, Pane, TileLayer, Tooltip, useMap } from 'react-leaflet';
import { useShallow } from 'zustand/react/shallow';
import type { GeoLayers, GeoMeta, NeighbourProps, ProvinceFeature } from '@/data/geo';
import type { BorderLength, Place } from '@/data/schemas';
import { THEME_LABELS } from '@/features/filters/filter-config';
import { useFilterStore } from '@/features/filters/filter-store';
import { formatNumber } from '@/lib/format';
import { BorderLengths, MapLegend } from './map-legend';
import { restylePath, setAttributeIfChanged } from './restyle';
import {
  DURAND_HIT_STYLE,
  DURAND_STYLE,
  NO_OUTLINE,
  neighbourStyle,
  provinceStyle,
  SELECTED_OUTLINE,
  projectedPatternId,
} from './map-style';
import {
  CHOROPLETH_COLOURS,
  type Choropleth,
  COUNTRY_NAMES,
  type LabelRequest,
  type PlacedEvent,
  placeLabels,
  type ProvinceFigure,
  type Rect,
  peopleText,
  shareText,
  visibleEventIds,
} from './select';

/** Pakistan and Afghanistan (from the provinces' extent), with the map's padding around them. */
// Leaflet places markers, labels and panes with translate3d(), which makes each of them a
// compositing layer of its own (about two dozen on this map), and every frame that changes the
// page then pays for layering them. With this flag Leaflet writes 2D translate() instead (its path
// for old Internet Explorer): the same positions, fractional zoom and zoom animation, a single
// layer for the markers.
Object.assign(Browser, { ie3d: true });

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

const NATURAL_EARTH_ATTRIBUTION =
  'Boundaries: <a href="#source-natural-earth">Natural Earth</a> (public domain)';
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

/** Half the size of each place symbol, for label placement. */
const PLACE_RADIUS: Record<Place['kind'], number> = {
  crossing: 7,
  city: 6,
  district: 6,
  province: 11,
};
const labelGap = (kind: Place['kind']) => PLACE_RADIUS[kind] + 3;
/** Who gets a label first when space is short: cities, then crossings, then the rest. */
const LABEL_PRIORITY: Record<Place['kind'], number> = {
  city: 0,
  crossing: 1,
  province: 2,
  district: 3,
};

/**
 * A name beside a place. The text goes in as a text node (textContent), never as HTML, and the
 * label is hidden from assistive technology: the marker itself carries the name.
 */
const labelIcons = new Map<string, DivIcon>();

/**
 * A place's position, the same array every time: react-leaflet moves a marker (setLatLng, a
 * transform and z-index write) whenever `position` is a new array, which every filter change did
 * to every marker.
 */
const positions = new WeakMap<Place, LatLngTuple>();
function positionOf(place: Place): LatLngTuple {
  let position = positions.get(place);
  if (!position) {
    position = [place.lat, place.lon];
    positions.set(place, position);
  }
  return position;
}

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

const EVENT_SIZE = 16;
const EVENT_LIFT = 10;
/** Horizontal offset of an event marker from its place: several at one place fan out. */
const eventDx = (index: number, count: number) => (index - (count - 1) / 2) * (EVENT_SIZE + 3);
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

const isActivationKey = (e: KeyboardEvent) => e.key === 'Enter' || e.key === ' ';

function toggleProvince(id: string) {
  const { province, selectProvince } = useFilterStore.getState();
  selectProvince(province === id ? null : id);
}

function toggleEvent(id: string) {
  const { event, selectEvent } = useFilterStore.getState();
  selectEvent(event === id ? null : id);
}

export interface MapViewProps {
  geo: GeoLayers;
  meta: GeoMeta;
  choropleth: Choropleth;
  places: readonly Place[];
  placed: readonly PlacedEvent[];
  lengths: readonly BorderLength[];
}

/** The Leaflet map with its legend: loaded on demand, in its own chunk. */
export default function MapView({ geo, meta, choropleth, places, placed, lengths }: MapViewProps) {
  const [basemap, setBasemap] = useState(false);
  const hintId = useId();
  const { province, event, range, themes } = useFilterStore(
    useShallow((s) => ({ province: s.province, event: s.event, range: s.range, themes: s.themes })),
  );
  const visibleEvents = useMemo(
    () => visibleEventIds(placed, range, themes),
    [placed, range, themes],
  );
  const provincesInTabOrder = useMemo(() => inTabOrder(geo.provinces), [geo]);
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
      <ProjectedPatterns />
      <div className="map-panel__controls">
        <BasemapToggle on={basemap} onChange={setBasemap} />
        <p className="map-panel__hint" id={hintId}>
          Scrolling moves the page: zoom with the + and − buttons or keys. Tab to a province or
          place; Enter selects a province or event.
        </p>
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
                data={provincesInTabOrder}
                choropleth={choropleth}
                basemap={basemap}
                selected={province}
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
        />
      </div>
    </div>
  );
}

/** Pakistan's provinces (the ones with refugee figures) first, then Afghanistan's, each by name. */
function inTabOrder(provinces: GeoLayers['provinces']): GeoLayers['provinces'] {
  const rank = (f: ProvinceFeature) => (f.properties.country === 'PK' ? 0 : 1);
  const features = [...provinces.features].sort(
    (a, b) => rank(a) - rank(b) || a.properties.name.localeCompare(b.properties.name, 'en'),
  );
  return { ...provinces, features };
}

/**
 * The basemap switch, memoised: React sets an input's attributes again whenever its props change,
 * and an inline handler would change them at every year step.
 */
const BasemapToggle = memo(function BasemapToggle({
  on,
  onChange,
}: {
  on: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <label className="map-panel__basemap">
      <input type="checkbox" checked={on} onChange={(e) => onChange(e.target.checked)} />
      Online basemap (OpenStreetMap)
    </label>
  );
});

/** Hatched versions of the class colours, for projected figures (the charts' convention). */
const ProjectedPatterns = memo(function ProjectedPatterns() {
  return (
    <svg className="map-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {CHOROPLETH_COLOURS.map((colour, i) => (
          <pattern
            key={colour}
            id={projectedPatternId(i)}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill={colour} />
            <rect width="2" height="6" fill="#ffffff" fillOpacity="0.8" />
          </pattern>
        ))}
      </defs>
    </svg>
  );
});

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

/**
 * One tooltip for a whole GeoJSON layer, showing the feature under the pointer or keyboard focus.
 * Its content is React (rendered into the tooltip through a portal), so data is never HTML.
 */
function LayerTooltip({
  layer,
  render,
}: {
  layer: RefObject<LeafletGeoJSON | null>;
  render: (id: string) => ReactNode;
}) {
  const [id, setId] = useState<string | null>(null);
  useEffect(() => {
    const group = layer.current;
    if (!group) return;
    const onOpen = (e: LeafletEvent) => {
      const source = (e.propagatedFrom ?? e.layer) as { feature?: Feature } | undefined;
      setId(source?.feature?.id === undefined ? null : String(source.feature.id));
    };
    group.on('tooltipopen', onOpen);
    return () => {
      group.off('tooltipopen', onOpen);
    };
  }, [layer]);
  return (
    <Tooltip sticky pane="tooltipPane" className="map-tooltip" opacity={1}>
      {id ? render(id) : null}
    </Tooltip>
  );
}

const NeighboursLayer = memo(function NeighboursLayer({
  data,
  basemap,
}: {
  data: GeoLayers['neighbours'];
  basemap: boolean;
}) {
  const ref = useRef<LeafletGeoJSON>(null);
  const style = useMemo(() => neighbourStyle(basemap), [basemap]);
  const byId = useMemo(
    () => new Map<string, NeighbourProps>(data.features.map((f) => [f.id, f.properties])),
    [data],
  );
  // Chromium makes any SVG element with a focus listener (Leaflet adds one for tooltips)
  // focusable; the neighbours are context, not stops on the way through the map.
  useEffect(() => {
    ref.current?.eachLayer((layer) =>
      (layer as Path).getElement?.()?.setAttribute('tabindex', '-1'),
    );
  }, []);
  return (
    <GeoJSON key="neighbours" ref={ref} data={data} style={style} bubblingMouseEvents={false}>
      <LayerTooltip
        layer={ref}
        render={(id) => {
          const p = byId.get(id);
          return p ? (
            <>
              <strong>{p.label}</strong>
              <span className="map-tooltip__muted"> (neighbouring country, for context)</span>
              {p.note ? <span className="map-tooltip__note">{p.note}</span> : null}
            </>
          ) : null;
        }}
      />
    </GeoJSON>
  );
});

const provinceIdOf = (layer: unknown): string | null => {
  const id = (layer as { feature?: Feature } | undefined)?.feature?.id;
  return id === undefined ? null : String(id);
};

function provinceAriaLabel(f: ProvinceFigure | undefined, projected: boolean): string {
  if (!f) return 'Province';
  const figure =
    f.status === 'value'
      ? `refugee share ${shareText(f)}${projected ? ' (projected)' : ''}`
      : f.status === 'no-data'
        ? 'refugee share: no data'
        : 'refugee share not applicable';
  return `${f.label}, ${COUNTRY_NAMES[f.country]}: ${figure}`;
}

/**
 * Provinces of both countries, one SVG path each. Created once; a new tier, year, selection or
 * basemap restyles the paths in place (restylePath).
 */
function ProvincesLayer({
  data,
  choropleth,
  basemap,
  selected,
}: {
  data: GeoLayers['provinces'];
  choropleth: Choropleth;
  basemap: boolean;
  selected: string | null;
}) {
  const map = useMap();
  const ref = useRef<LeafletGeoJSON>(null);
  // Only what the paths show: a new year within the same share set restyles nothing.
  const { byId, projected } = choropleth;
  const style = useMemo(() => {
    const options = { projected, basemap };
    return (feature?: Feature): PathOptions =>
      provinceStyle(byId.get(String(feature?.id)), options);
  }, [byId, projected, basemap]);
  // The paths are drawn with the first style, then restyled in place: only the attributes that
  // change are written (GeoJSON#setStyle would rewrite all of them on every path).
  const [initialStyle] = useState(() => style);
  useEffect(() => {
    ref.current?.eachLayer((layer) => {
      restylePath(layer as Path, style((layer as { feature?: Feature }).feature));
    });
  }, [style]);

  // Clicks on any province reach the group; handlers are stable so they are bound once.
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
      click: (e) => {
        const id = provinceIdOf(e.propagatedFrom);
        if (id) toggleProvince(id);
      },
    }),
    [],
  );

  // Each path becomes a keyboard-reachable toggle button with a name that says its figure.
  useEffect(() => {
    ref.current?.eachLayer((layer) => {
      const el = (layer as Path).getElement?.();
      const id = provinceIdOf(layer);
      if (!el || !id) return;
      setAttributeIfChanged(el, 'tabindex', '0');
      setAttributeIfChanged(el, 'role', 'button');
      setAttributeIfChanged(el, 'data-province', id);
      setAttributeIfChanged(el, 'aria-pressed', String(id === selected));
      setAttributeIfChanged(el, 'data-selected', String(id === selected));
      setAttributeIfChanged(el, 'aria-label', provinceAriaLabel(byId.get(id), projected));
    });
  }, [byId, projected, selected]);

  useEffect(() => {
    const pane = map.getPane('map-provinces');
    if (!pane) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as Element | null;
      const id = target?.getAttribute?.('data-province');
      if (!id || !isActivationKey(e)) return;
      e.preventDefault();
      toggleProvince(id);
    };
    // A province reached by Tab while zoomed in may be out of view: bring its centre in.
    const onFocus = (e: FocusEvent) => {
      const id = (e.target as Element | null)?.getAttribute?.('data-province');
      if (!id) return;
      ref.current?.eachLayer((layer) => {
        if (provinceIdOf(layer) !== id) return;
        const center = (layer as Polygon).getCenter();
        if (!map.getBounds().contains(center)) map.panTo(center);
      });
    };
    pane.addEventListener('keydown', onKey);
    pane.addEventListener('focusin', onFocus);
    return () => {
      pane.removeEventListener('keydown', onKey);
      pane.removeEventListener('focusin', onFocus);
    };
  }, [map]);

  return (
    <GeoJSON
      key="provinces"
      ref={ref}
      data={data}
      style={initialStyle}
      eventHandlers={handlers}
      attribution={NATURAL_EARTH_ATTRIBUTION}
      bubblingMouseEvents={false}
    >
      <LayerTooltip
        layer={ref}
        render={(id) => (
          <ProvinceTooltip figure={choropleth.byId.get(id)} choropleth={choropleth} />
        )}
      />
    </GeoJSON>
  );
}

function ProvinceTooltip({
  figure,
  choropleth,
}: {
  figure: ProvinceFigure | undefined;
  choropleth: Choropleth;
}) {
  if (!figure) return null;
  const { set } = choropleth;
  return (
    <>
      <strong>{figure.label}</strong>{' '}
      <span className="map-tooltip__muted">
        {COUNTRY_NAMES[figure.country]} · {figure.id}
      </span>
      {figure.status === 'not-applicable' ? (
        <span className="map-tooltip__line">
          Refugee share: not applicable (the figures are Afghan refugees hosted in Pakistan)
        </span>
      ) : set ? (
        <>
          <span className="map-tooltip__line">
            Share of registered refugees: <strong>{shareText(figure)}</strong>
            {figure.status === 'value' && choropleth.projected ? ' (projected)' : ''}
          </span>
          {figure.status === 'value' ? (
            <span className="map-tooltip__line">People: {peopleText(figure)}</span>
          ) : null}
          <span className="map-tooltip__muted map-tooltip__line">{set.label}</span>
        </>
      ) : (
        <span className="map-tooltip__line">Refugee share: no data for this year and tier</span>
      )}
      {figure.note ? <span className="map-tooltip__note">{figure.note}</span> : null}
    </>
  );
}

/** The selected province's outline, above every province so no neighbour covers it. */
const SelectionOutline = memo(function SelectionOutline({
  data,
  selected,
}: {
  data: GeoLayers['provinces'];
  selected: string | null;
}) {
  const style = useMemo(
    () =>
      (feature?: Feature): PathOptions =>
        feature?.id !== undefined && String(feature.id) === selected
          ? SELECTED_OUTLINE
          : NO_OUTLINE,
    [selected],
  );
  return <GeoJSON key="selection" data={data} style={style} interactive={false} />;
});

const DurandLayer = memo(function DurandLayer({
  data,
  lengths,
  meta,
}: {
  data: GeoLayers['durand'];
  lengths: readonly BorderLength[];
  meta: GeoMeta;
}) {
  const ref = useRef<LeafletGeoJSON>(null);
  // One tab stop for the line: focus opens the same tooltip as the pointer.
  useEffect(() => {
    const kms = lengths.map((l) => l.km);
    const range =
      kms.length > 0
        ? `documented as ${formatNumber(Math.min(...kms), 'km')} to ${formatNumber(Math.max(...kms), 'km')} depending on the source`
        : 'no documented length';
    ref.current?.eachLayer((layer) => {
      const el = (layer as Path).getElement?.();
      el?.setAttribute('tabindex', '0');
      el?.setAttribute('role', 'img');
      el?.setAttribute('aria-label', `Durand Line, the Pakistan–Afghanistan boundary: ${range}`);
    });
  }, [lengths]);
  return (
    <>
      <GeoJSON key="durand" data={data} style={DURAND_STYLE} interactive={false} />
      {/* A wide, invisible twin of the dashed line: the gaps between dashes answer the pointer too. */}
      <GeoJSON
        key="durand-hit"
        ref={ref}
        data={data}
        style={DURAND_HIT_STYLE}
        bubblingMouseEvents={false}
      >
        <Tooltip sticky pane="tooltipPane" className="map-tooltip" opacity={1}>
          <DurandDetails lengths={lengths} meta={meta} />
        </Tooltip>
      </GeoJSON>
    </>
  );
});

function DurandDetails({ lengths, meta }: { lengths: readonly BorderLength[]; meta: GeoMeta }) {
  return (
    <>
      <strong>Durand Line</strong>{' '}
      <span className="map-tooltip__muted">(Pakistan–Afghanistan boundary, drawn in 1893)</span>
      <span className="map-tooltip__line">Length as documented:</span>
      <BorderLengths lengths={lengths} meta={meta} />
      <span className="map-tooltip__note">{meta.durandLineStatus}</span>
    </>
  );
}

interface Size {
  width: number;
  height: number;
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
const PlaceLabels = memo(function PlaceLabels({
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
  /*
   * What the layout reads from the page: the controls' boxes and each name's size. Reading them
   * forces the browser to lay out the whole page, which after a filter change (new events on the
   * map) cost more than the rest of the change, so they are kept until they can have changed: the
   * map resized, zoomed or moved by someone, or a layer with an attribution (which widens the
   * attribution control) came or went.
   */
  const measured = useRef<{ controls: Rect[]; sizes: Map<string, Size>; complete: boolean } | null>(
    null,
  );

  useEffect(() => {
    const forget = () => {
      measured.current = null;
    };
    const onLayer = (e: LayerEvent) => {
      if (e.layer.getAttribution?.()) forget();
    };
    map.on('resize zoomend moveend', forget);
    map.on('layeradd layerremove', onLayer);
    return () => {
      map.off('resize zoomend moveend', forget);
      map.off('layeradd layerremove', onLayer);
    };
  }, [map]);

  useEffect(() => {
    const measure = () => {
      const container = map.getContainer();
      const box = container.getBoundingClientRect();
      const controls = [...container.querySelectorAll('.leaflet-control')].map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left - box.left, y: r.top - box.top, width: r.width, height: r.height };
      });
      const sizes = new Map<string, Size>();
      for (const p of places) {
        const text = labelText(markers.current.get(p.id));
        if (text) sizes.set(p.id, { width: text.offsetWidth, height: text.offsetHeight });
      }
      // Nothing laid out (hidden): measure again next time rather than keep zeros.
      const complete = box.width > 0 && [...sizes.values()].every((z) => z.width > 0);
      return { controls, sizes, complete };
    };
    const layout = () => {
      const now = measured.current ?? measure();
      measured.current = now.complete ? now : null;
      const { controls, sizes } = now;
      const obstacles: Rect[] = [...controls];
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
        const size = sizes.get(p.id);
        if (!size) continue;
        const pt = map.latLngToContainerPoint([p.lat, p.lon]);
        requests.push({ id: p.id, x: pt.x, y: pt.y, ...size, gap: labelGap(p.kind) });
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
          position={positionOf(p)}
          icon={labelIcon(p)}
          interactive={false}
          keyboard={false}
          zIndexOffset={-1000}
        />
      ))}
    </>
  );
});

const PlaceMarker = memo(function PlaceMarker({ place }: { place: Place }) {
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
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
    }),
    [place],
  );
  return (
    <Marker
      position={positionOf(place)}
      icon={PLACE_ICONS[place.kind]}
      keyboard
      eventHandlers={handlers}
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
});

/**
 * A timeline event at its place. It stays mounted: the year range and themes only hide or show it,
 * and the selected event is highlighted in place.
 */
const EventMarker = memo(function EventMarker({
  placed,
  visible,
  selected,
}: {
  placed: PlacedEvent;
  visible: boolean;
  selected: boolean;
}) {
  const ref = useRef<LeafletMarker>(null);
  const { event, place } = placed;
  const handlers = useMemo<LeafletEventHandlerFnMap>(
    () => ({
      add: (e) => {
        const el = (e.target as LeafletMarker).getElement();
        if (!el) return;
        el.setAttribute('aria-label', `Event, ${event.when}: ${event.label} (${place.name})`);
        el.setAttribute('data-event', event.id);
        // Leaflet makes the marker focusable but not pressable: Enter and Space select the event.
        DomEvent.on(el, 'keydown', (ev) => {
          const key = ev as KeyboardEvent;
          if (!isActivationKey(key)) return;
          DomEvent.preventDefault(key);
          toggleEvent(event.id);
        });
      },
      click: () => toggleEvent(event.id),
    }),
    [event, place],
  );

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
      position={positionOf(place)}
      icon={eventIcon(placed.index, placed.count)}
      keyboard
      zIndexOffset={1000}
      eventHandlers={handlers}
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
});
