import type { Feature } from 'geojson';
import type { PathOptions } from 'leaflet';
import { GeoJSON } from 'react-leaflet';
import type { GeoLayers } from '@/data/geo';
import { NO_OUTLINE, SELECTED_OUTLINE } from './map-style';

/** The selected province's outline, above every province so no neighbour covers it. */
export function SelectionOutline({
  data,
  selected,
}: {
  data: GeoLayers['provinces'];
  selected: string | null;
}) {
  // A new style function restyles the drawn paths (react-leaflet calls GeoJSON#setStyle).
  const style = (feature?: Feature): PathOptions =>
    feature?.id !== undefined && String(feature.id) === selected ? SELECTED_OUTLINE : NO_OUTLINE;
  return <GeoJSON data={data} style={style} interactive={false} />;
}
