import type { Feature } from 'geojson';
import type { GeoJSON as LeafletGeoJSON, LeafletEvent } from 'leaflet';
import { useEffect, useState, type ReactNode, type RefObject } from 'react';
import { Tooltip } from 'react-leaflet';

/**
 * One tooltip for a whole GeoJSON layer, showing the feature under the pointer or keyboard focus.
 * Its content is React (rendered into the tooltip through a portal), so data is never HTML.
 */
export function LayerTooltip({
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
