import { useSuspenseQuery } from '@tanstack/react-query';
import { DataTable } from '@/components/data-table';
import { SourceRefs } from '@/components/source-refs';
import { placesQuery } from '@/data/queries';
import type { Place } from '@/data/schemas';
import type { ViewMode } from '@/features/filters/filter-config';
import { formatNumber } from '@/lib/format';

export function MapPanel(_: { mode: ViewMode }) {
  const { data } = useSuspenseQuery(placesQuery);
  return (
    <>
      <DataTable<Place>
        caption="Crossings and places named in the documents"
        rows={data.places}
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
      <SourceRefs refs={data.places} />
    </>
  );
}
