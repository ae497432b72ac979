import type { Feature } from 'geojson';
import type {
  GeoJSON as LeafletGeoJSON,
  LeafletEventHandlerFnMap,
  Path,
  PathOptions,
  Polygon,
} from 'leaflet';
import { useEffect, useRef } from 'react';
import { GeoJSON, useMap } from 'react-leaflet';
import type { GeoLayers } from '@/data/geo';
import { LayerTooltip } from './layer-tooltip';
import { provinceStyle } from './map-style';
import {
  type Choropleth,
  COUNTRY_NAMES,
  type ProvinceFigure,
  peopleText,
  shareText,
} from './select';

const NATURAL_EARTH_ATTRIBUTION =
  'Boundaries: <a href="#source-natural-earth">Natural Earth</a> (public domain)';

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
 * Provinces of both countries, one SVG path each, shaded by the choropleth. A new tier, year or
 * basemap gives a new style function, which react-leaflet applies with GeoJSON#setStyle.
 */
export function ProvincesLayer({
  data,
  choropleth,
  basemap,
  selected,
  onToggle,
}: {
  data: GeoLayers['provinces'];
  choropleth: Choropleth;
  basemap: boolean;
  selected: string | null;
  /** Selects the province, or clears it when it is the one selected. */
  onToggle: (id: string) => void;
}) {
  const map = useMap();
  const ref = useRef<LeafletGeoJSON>(null);
  const { byId, projected } = choropleth;
  const style = (feature?: Feature): PathOptions =>
    provinceStyle(byId.get(String(feature?.id)), { projected, basemap });

  // Clicks on any province reach the group.
  const handlers: LeafletEventHandlerFnMap = {
    click: (e) => {
      const id = provinceIdOf(e.propagatedFrom);
      if (id) onToggle(id);
    },
  };

  // Each path becomes a keyboard-reachable toggle button with a name that says its figure.
  useEffect(() => {
    ref.current?.eachLayer((layer) => {
      const el = (layer as Path).getElement?.();
      const id = provinceIdOf(layer);
      if (!el || !id) return;
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'button');
      el.setAttribute('data-province', id);
      el.setAttribute('aria-pressed', String(id === selected));
      el.setAttribute('data-selected', String(id === selected));
      el.setAttribute('aria-label', provinceAriaLabel(byId.get(id), projected));
    });
  }, [byId, projected, selected]);

  useEffect(() => {
    const pane = map.getPane('map-provinces');
    if (!pane) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as Element | null;
      const id = target?.getAttribute?.('data-province');
      if (!id || (e.key !== 'Enter' && e.key !== ' ')) return;
      e.preventDefault();
      onToggle(id);
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
  }, [map, onToggle]);

  return (
    <GeoJSON
      ref={ref}
      data={data}
      style={style}
      eventHandlers={handlers}
      attribution={NATURAL_EARTH_ATTRIBUTION}
      bubblingMouseEvents={false}
    >
      <LayerTooltip
        layer={ref}
        render={(id) => <ProvinceTooltip figure={byId.get(id)} choropleth={choropleth} />}
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
