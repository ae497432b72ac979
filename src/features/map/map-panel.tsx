import './map.css';
import { useQuery, useSuspenseQueries } from '@tanstack/react-query';
import { DataTable, StatusBadge } from '@/components/data-table';
import { usePanelData } from '@/components/panel-data';
import { SourceRefs } from '@/components/source-refs';
import type { GeoLayers, GeoMeta } from '@/data/geo';
import { discrepanciesQuery, sourcesQuery } from '@/data/queries';
import type { BorderLength, Place } from '@/data/schemas';
import type { ViewMode } from '@/features/filters/filter-config';
import { useFilterStore, usePanelFilters } from '@/features/filters/filter-store';
import { shortNamer } from '@/lib/citation';
import { formatNumber } from '@/lib/format';
import { MAP_QUERIES } from './datasets';
import { BorderLengths } from './map-legend';
import { mapSourceRefs, mapStill } from './map-still';
import {
  asOfText,
  buildChoropleth,
  type Choropleth,
  fullTable,
  placeEvents,
  type ProvinceInfo,
  type ProvinceRow,
  provinceRows,
  TIER_NAMES,
  visibleEventIds,
  visibleTable,
} from './select';

import { MapView } from './lazy';

function provinceInfos(geo: GeoLayers): ProvinceInfo[] {
  return geo.provinces.features.map((f) => ({
    id: f.id,
    name: f.properties.name,
    label: f.properties.label,
    country: f.properties.country,
    note: f.properties.note,
  }));
}

/**
 * The border map panel: the map with its legend, or (Table mode) the same figures as tables. The
 * one part of the map that reads the filters: the layers below get what they show as props.
 */
export default function MapPanel({ mode }: { mode: ViewMode }) {
  const [
    { data: geo },
    { data: meta },
    { data: refugees },
    { data: places },
    { data: border },
    { data: events },
  ] = useSuspenseQueries({ queries: MAP_QUERIES });
  const { data: sources } = useQuery(sourcesQuery);
  const { data: discrepancies } = useQuery(discrepanciesQuery);
  const { tier, year, province, event, range, themes } = usePanelFilters((s) => ({
    tier: s.tier,
    year: s.year,
    province: s.province,
    event: s.event,
    range: s.range,
    themes: s.themes,
  }));
  const toggleProvince = useFilterStore((s) => s.toggleProvince);
  const toggleEvent = useFilterStore((s) => s.toggleEvent);

  // Before anything the panel draws is derived (see usePanelData).
  usePanelData({
    visible: () =>
      visibleTable(buildChoropleth(provinceInfos(geo), refugees.provinceShares, tier, year)),
    full: () => fullTable(provinceInfos(geo), refugees.provinceShares),
    still: () =>
      mapStill({
        geo,
        meta,
        provinces: provinceInfos(geo),
        shares: refugees.provinceShares,
        places: places.places,
        lengths: border.lengths,
        events: events.events,
        tier,
        year,
        province,
        event,
        range,
        themes,
        shortName: shortNamer(sources),
        discrepancies,
      }),
  });

  const provinces = provinceInfos(geo);
  const choropleth = buildChoropleth(provinces, refugees.provinceShares, tier, year);
  const placed = placeEvents(events.events, places.places);

  const refs = mapSourceRefs(choropleth, border.lengths);

  return (
    <>
      {mode === 'table' ? (
        <MapTables
          choropleth={choropleth}
          selected={province}
          places={places.places}
          lengths={border.lengths}
          meta={meta}
        />
      ) : (
        <MapView
          geo={geo}
          meta={meta}
          choropleth={choropleth}
          places={places.places}
          placed={placed}
          lengths={border.lengths}
          province={province}
          event={event}
          visibleEvents={visibleEventIds(placed, range, themes)}
          // Picking the selected province or event again clears it.
          onToggleProvince={toggleProvince}
          onToggleEvent={toggleEvent}
        />
      )}
      <SourceRefs refs={refs} />
    </>
  );
}

function ProvincesCaption({ choropleth }: { choropleth: Choropleth }) {
  const { set } = choropleth;
  if (!set) {
    return (
      <>
        Refugees by province: no figures from {TIER_NAMES[choropleth.tier]} for {choropleth.year} or
        earlier
        {choropleth.earliestYear ? ` (the earliest are for ${choropleth.earliestYear})` : ''}
      </>
    );
  }
  return (
    <>
      Provinces of Pakistan and Afghanistan: {set.label} <StatusBadge status={set.status} />
      {choropleth.exactYear
        ? null
        : ` (latest before ${choropleth.year}: as of ${asOfText(set.asOf)})`}
    </>
  );
}

function MapTables({
  choropleth,
  selected,
  places,
  lengths,
  meta,
}: {
  choropleth: Choropleth;
  selected: string | null;
  places: readonly Place[];
  lengths: readonly BorderLength[];
  meta: GeoMeta;
}) {
  const rows = provinceRows(choropleth);
  return (
    <div className="map-tables">
      <DataTable<ProvinceRow>
        caption={<ProvincesCaption choropleth={choropleth} />}
        rows={rows}
        rowKey={(r) => r.id}
        isSelected={(r) => r.id === selected}
        columns={[
          { key: 'id', header: 'Id (ISO 3166-2)', cell: (r) => (r.id === 'other' ? '–' : r.id) },
          { key: 'name', header: 'Province', cell: (r) => r.name },
          { key: 'country', header: 'Country', cell: (r) => r.country },
          {
            key: 'share',
            header: 'Refugee share',
            numeric: true,
            cell: (r) => (
              <span
                className={r.status === 'value' || r.status === 'other' ? undefined : 'no-data'}
              >
                {r.share}
              </span>
            ),
          },
          {
            key: 'people',
            header: 'People (total × share)',
            numeric: true,
            cell: (r) => (
              <span
                className={r.status === 'value' || r.status === 'other' ? undefined : 'no-data'}
              >
                {r.people}
              </span>
            ),
          },
        ]}
      />
      <DataTable<Place>
        caption="Crossings and places named in the documents (approximate coordinates)"
        rows={places}
        rowKey={(p) => p.id}
        columns={[
          { key: 'name', header: 'Place', cell: (p) => p.name },
          { key: 'kind', header: 'Kind', cell: (p) => p.kind },
          {
            key: 'lat',
            header: 'Latitude',
            numeric: true,
            cell: (p) => formatNumber(p.lat, undefined, { maximumFractionDigits: 4 }),
          },
          {
            key: 'lon',
            header: 'Longitude',
            numeric: true,
            cell: (p) => formatNumber(p.lon, undefined, { maximumFractionDigits: 4 }),
          },
          { key: 'approx', header: 'Approximate', cell: (p) => (p.approximate ? 'yes' : 'no') },
        ]}
      />
      <div className="map-tables__border">
        <h3 className="map-legend__title">Durand Line length by source</h3>
        <BorderLengths lengths={lengths} meta={meta} />
      </div>
    </div>
  );
}
