import type { GeoJSON as LeafletGeoJSON, Path } from 'leaflet';
import { useEffect, useRef } from 'react';
import { GeoJSON, Tooltip } from 'react-leaflet';
import type { GeoLayers, GeoMeta, NeighbourProps } from '@/data/geo';
import type { BorderLength } from '@/data/schemas';
import { formatNumber } from '@/lib/format';
import { LayerTooltip } from './layer-tooltip';
import { BorderLengths } from './map-legend';
import { DURAND_HIT_STYLE, DURAND_STYLE, neighbourStyle } from './map-style';

/** The countries around Pakistan and Afghanistan, for context. */
export function NeighboursLayer({
  data,
  basemap,
}: {
  data: GeoLayers['neighbours'];
  basemap: boolean;
}) {
  const ref = useRef<LeafletGeoJSON>(null);
  const byId = new Map<string, NeighbourProps>(data.features.map((f) => [f.id, f.properties]));
  // Chromium makes any SVG element with a focus listener (Leaflet adds one for tooltips)
  // focusable; the neighbours are context, not stops on the way through the map.
  useEffect(() => {
    ref.current?.eachLayer((layer) =>
      (layer as Path).getElement?.()?.setAttribute('tabindex', '-1'),
    );
  }, []);
  return (
    <GeoJSON ref={ref} data={data} style={neighbourStyle(basemap)} bubblingMouseEvents={false}>
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
}

/** The Durand Line, dashed, with its documented lengths in a tooltip. */
export function DurandLayer({
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
      <GeoJSON data={data} style={DURAND_STYLE} interactive={false} />
      {/* A wide, invisible twin of the dashed line: the gaps between dashes answer the pointer too. */}
      <GeoJSON ref={ref} data={data} style={DURAND_HIT_STYLE} bubblingMouseEvents={false}>
        <Tooltip sticky pane="tooltipPane" className="map-tooltip" opacity={1}>
          <DurandDetails lengths={lengths} meta={meta} />
        </Tooltip>
      </GeoJSON>
    </>
  );
}

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
